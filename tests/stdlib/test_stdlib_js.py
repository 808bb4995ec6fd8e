"""The stdlib runtime (runtime_shim/js/stdlib/): node:test suites and compiled programs.

* ``tests/stdlib/*.test.mjs`` compare every module against CPython outputs stored in
  ``tests/stdlib/expected/`` (regenerate with ``node tests/stdlib/gen_expected.mjs``
  and ``python3 tests/stdlib/gen_re_fuzz.py``).
* ``tests/stdlib/programs/*.py`` are compiled with ``cfpy run`` and must print exactly
  what CPython prints.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cfpy

HERE = Path(__file__).parent
SUITES = sorted(HERE.glob("*.test.mjs"))
PROGRAMS = sorted((HERE / "programs").glob("*.py"))

# Programs that need compiler support which is not there yet.
XFAIL: dict[str, str] = {}

needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


@needs_node
@pytest.mark.parametrize("suite", SUITES, ids=[p.name for p in SUITES])
def test_node_suite(suite: Path) -> None:
    proc = subprocess.run(
        ["node", "--test", str(suite)], capture_output=True, text=True, timeout=600
    )
    if proc.returncode != 0:
        failed = [line for line in proc.stdout.splitlines() if line.startswith("not ok")]
        pytest.fail("\n".join(failed) + "\n\n" + proc.stdout[-20000:] + proc.stderr[-5000:])


@needs_node
@pytest.mark.parametrize("program", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_program(program: Path, tmp_path: Path) -> None:
    if program.name in XFAIL:
        pytest.xfail(XFAIL[program.name])
    want = subprocess.run(
        [sys.executable, str(program)], capture_output=True, text=True, timeout=120
    )
    got = cfpy("run", str(program), cwd=tmp_path, timeout=300)
    assert got.returncode == want.returncode, got.stderr
    assert got.stdout == want.stdout
