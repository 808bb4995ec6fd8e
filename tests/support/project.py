"""Build a worker project with the real `cfpy build` and serve it in workerd."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cfpy_workers.dev import server_options
from cfpy_workers.diagnostics import Logger
from cfpy_workers.project import load_project

from support.workerd import WorkerHandle, running_worker, shared_toolchain


def build(project: Path) -> None:
    from conftest import cfpy

    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr
    assert "cfpy: built" in result.stderr


@contextmanager
def serve(project: Path) -> Iterator[WorkerHandle]:
    """Serve an already built project on a free port with its own state dir."""
    config = load_project(project, Logger())
    assert config is not None
    with running_worker(shared_toolchain(), server_options(config, 0)) as worker:  # type: ignore[arg-type]
        yield worker
