"""An uncaught AttributeError ends with CPython's "Did you mean: 'status'?" (issue 17);
str(e) stays without it, as in CPython."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cfpy

PROGRAM = """\
class Resp:
    def __init__(self) -> None:
        self.status = 200

    def text(self) -> str:
        return "x"


r = Resp()
try:
    r.staus
except AttributeError as e:
    print(e)
print(r.{name})
"""


@pytest.mark.parametrize("name", ["staus", "Status", "txet", "nothing_like_it"])
def test_uncaught_attribute_error_suggests_like_cpython(tmp_path: Path, name: str) -> None:
    program = tmp_path / "prog.py"
    program.write_text(PROGRAM.format(name=name))
    expected = subprocess.run([sys.executable, str(program)], capture_output=True, text=True)
    got = cfpy("run", str(program))
    assert got.returncode == expected.returncode == 1
    assert got.stdout == expected.stdout == "'Resp' object has no attribute 'staus'\n"
    assert got.stderr.splitlines()[-1] == expected.stderr.splitlines()[-1], got.stderr
