"""Shared test set-up: make `support` importable and give tests the cfpy command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
EXAMPLES = ROOT / "examples"
sys.path.insert(0, str(TESTS))

os.environ.setdefault("WRANGLER_SEND_METRICS", "false")
os.environ.setdefault("CLOUDFLARE_CF_FETCH_ENABLED", "false")


def cfpy(
    *args: str, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run the real `cfpy` command line (the installed console script's module)."""
    return subprocess.run(
        [sys.executable, "-m", "cfpy_workers", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def compile_js(tmp_path: Path, source: str) -> str:
    """The ES module cfpy compiles ``source`` (one module, written to ``tmp_path``) to."""
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import compile_source_file

    path = tmp_path / "mod.py"
    path.write_text(source)
    logger = Logger()
    js = compile_source_file(path, logger)
    assert js is not None, logger.diagnostics
    return js


@pytest.fixture
def example_copy(tmp_path: Path):
    """Copy an example project into a temp dir (builds never write into the repo)."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(EXAMPLES / name, target, ignore=shutil.ignore_patterns("build", ".cfpy"))
        return target

    return copy


# Test files that run built workers in workerd (miniflare, `cfpy dev`, wrangler): the
# `workerd` tier. `pytest -m "not workerd"` is the fast tier (compiler, runtime,
# conformance under node); plain `pytest` runs both, as CI does.
WORKERD_TESTS = (
    "e2e/",
    "docs/test_guide.py",
    "dx/test_dev_loop.py",
    "dx/test_first_hour.py",
    "dx/test_init.py",
    "dx/test_wrangler.py",
    "reliability/test_builds.py",
    "reliability/test_load.py",
    "reliability/test_storage_faults.py",
    "toolchain/test_serve.py",
    "toolchain/test_wrangler_install.py",
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "workerd: runs built workers in workerd (miniflare)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        where = Path(str(item.fspath)).relative_to(TESTS).as_posix()
        if where.startswith(WORKERD_TESTS):
            item.add_marker(pytest.mark.workerd)
