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
        [sys.executable, "-m", "transpiler.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def compile_js(tmp_path: Path, source: str) -> str:
    """The ES module cfpy compiles ``source`` (one module, written to ``tmp_path``) to."""
    from transpiler.diagnostics import Logger
    from transpiler.pipeline import compile_source_file

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
