"""Build a worker project with the real `cfpy build` (or in-process, through the same
pipeline call the CLI makes) and serve it in workerd."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cfpy_workers import pipeline
from cfpy_workers.dev import server_options
from cfpy_workers.diagnostics import Logger
from cfpy_workers.project import load_project

from support.workerd import WorkerHandle, running_worker, shared_toolchain


def build(project: Path) -> None:
    from conftest import cfpy

    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr
    assert "cfpy: built" in result.stderr


def build_in_process(root: Path) -> pipeline.CompiledProject:
    """Build the project at ``root`` in this process (``cfpy build`` without the CLI);
    fails the test with the diagnostics if the build fails."""
    logger = Logger()
    config = load_project(root, logger, None)
    assert config is not None
    result = pipeline.build_project(config, logger)
    assert result is not None, [d.render() for d in logger.diagnostics]
    return result


@contextmanager
def serve(project: Path) -> Iterator[WorkerHandle]:
    """Serve an already built project on a free port with its own state dir."""
    config = load_project(project, Logger())
    assert config is not None
    with running_worker(shared_toolchain(), server_options(config, 0)) as worker:  # type: ignore[arg-type]
        yield worker
