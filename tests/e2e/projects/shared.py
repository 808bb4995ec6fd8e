"""Build the test worker projects (and other expensive, read-only set-up) once per test
run, also when pytest-xdist splits a test module across its workers.

``once(key, tmp_path_factory, make)`` calls ``make(directory)`` in only one process of a
run (under a file lock) and returns that directory to every process.
``built_project(source, tmp_path_factory)`` builds a worker project that way with the
real `cfpy build` and returns this process's own copy of it, so each dev server keeps its
state in its own folder.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from support.project import build


def once(key: str, tmp_path_factory: pytest.TempPathFactory, make: Callable[[Path], None]) -> Path:
    """The directory ``make`` filled, made by one process of this test run only."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        directory = tmp_path_factory.mktemp(key)
        make(directory)
        return directory
    root = tmp_path_factory.getbasetemp().parent / "cfpy-shared"  # shared by the workers
    root.mkdir(exist_ok=True)
    directory = root / key
    with open(root / f"{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not (root / f"{key}.done").exists():
                shutil.rmtree(directory, ignore_errors=True)
                directory.mkdir()
                make(directory)
                (root / f"{key}.done").touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return directory


def built_project(
    source: Path,
    tmp_path_factory: pytest.TempPathFactory,
    prepare: Callable[[Path], None] | None = None,
) -> Path:
    """A copy of the worker project ``source`` (changed by ``prepare`` before the build),
    built by `cfpy build`, for this process."""

    def make(directory: Path) -> None:
        project = directory / source.name
        shutil.copytree(source, project, ignore=shutil.ignore_patterns("build", ".cfpy"))
        if prepare is not None:
            prepare(project)
        build(project)

    built = once(f"build-{source.name}", tmp_path_factory, make) / source.name
    own = tmp_path_factory.mktemp("bindings") / source.name
    shutil.copytree(built, own)
    return own
