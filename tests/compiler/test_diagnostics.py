"""Compile errors: code, file:line:col, the source line with a caret, a hint — never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cfpy

CASES = [
    # (source, code, line, col, caret-width, words in the message)
    ("x = 1\ny = eval('x')\n", "CF102", 2, 5, 4, "eval"),
    ("import socket\n", "CF203", 1, 8, 6, "socket"),
    ("import numpy\n", "CF202", 1, 8, 5, "numpy"),
    # Outside a `try` that catches ImportError, a missing module stays a compile error
    # wherever the import stands (inside one, it raises ImportError at run time).
    ("def f():\n    import numpy\n", "CF202", 2, 12, 5, "numpy"),
    ("if True:\n    from numpy import array\n", "CF202", 2, 5, 23, "numpy"),
    ("try:\n    import numpy\nexcept KeyError:\n    pass\n", "CF202", 2, 12, 5, "numpy"),
    ("try:\n    pass\nexcept ImportError:\n    import numpy\n", "CF202", 4, 12, 5, "numpy"),
    ("x = [1]\ny = x[1:2, 0]\n", "CF101", 2, 7, 3, "slices inside a tuple subscript"),
    ("def f(:\n    pass\n", "CF100", 1, 7, 1, "syntax error"),
    ("from cloudflare_workers import Nope\n", "CF204", 1, 32, 4, "no name `Nope`"),
    ("class Flag(bool):\n    pass\n", "CF101", 1, 12, 4, "subclassing `bool`"),
    ("class Meta(type):\n    pass\n", "CF101", 1, 12, 4, "subclassing `type`"),
    ("class Blob(bytes):\n    pass\n", "CF101", 1, 12, 5, "subclassing `bytes`"),
    ("from enum import Flag\n", "CF101", 1, 18, 4, "`enum.Flag`"),
    ("import enum\nclass P(enum.IntFlag):\n    R = 1\n", "CF101", 2, 9, 12, "`enum.IntFlag`"),
    ("import asyncio\nloop = asyncio.get_event_loop()\n", "CF101", 2, 8, 22, "`asyncio.get_event_loop`"),
    ("x = 1\nb = __builtins__\n", "CF102", 2, 5, 12, "`__builtins__`"),
    ("x: list[int] = []\nprint(__annotations__)\n", "CF101", 1, 4, 9, "annotation"),
    ("class C:\n    v: int | None = None\nprint(C.__annotations__)\n", "CF101", 2, 8, 10, "annotation"),
]


@pytest.mark.parametrize(("source", "code", "line", "col", "width", "words"), CASES)
def test_positioned_error(
    tmp_path: Path, source: str, code: str, line: int, col: int, width: int, words: str
) -> None:
    path = tmp_path / "mod.py"
    path.write_text(source)
    result = cfpy("compile", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    head = next(i for i, text in enumerate(lines) if f" {code} " in text)
    assert lines[head].startswith(f"{path}:{line}:{col}: {code} ")
    assert words in lines[head]
    assert lines[head + 2].endswith(source.splitlines()[line - 1])
    caret_line = lines[head + 3]
    assert caret_line.split("| ", 1)[1] == " " * (col - 1) + "^" * width
    assert any(text.strip().startswith("hint:") for text in lines[head : head + 6])


def test_several_errors_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "mod.py"
    path.write_text("a = eval('1')\nb = exec('2')\n")
    result = cfpy("compile", str(path))
    assert result.returncode == 1
    assert ":1:5: CF102 `eval`" in result.stderr and ":2:5: CF102 `exec`" in result.stderr
    assert result.stderr.strip().endswith("2 errors")


def test_undefined_name_warns_and_raises_name_error_when_run(tmp_path: Path) -> None:
    path = tmp_path / "mod.py"
    path.write_text(
        "def f():\n    return undefined_thing\n\ntry:\n    f()\nexcept NameError as e:\n    print(e)\n"
    )
    compiled = cfpy("compile", str(path))
    assert compiled.returncode == 0
    assert f"{path}:2:12: CF110 undefined name `undefined_thing`" in compiled.stderr
    ran = cfpy("run", str(path))
    assert ran.stdout == "name 'undefined_thing' is not defined\n"


def test_compile_writes_es_module(tmp_path: Path) -> None:
    path = tmp_path / "mod.py"
    path.write_text("def add(a, b=2):\n    return a + b\n")
    out = tmp_path / "mod.js"
    result = cfpy("compile", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    js = out.read_text()
    assert "export function add(a, b = " in js
    assert "@cfpy/runtime/builtins/index.js" in js


def test_int_products_are_never_negative_zero(tmp_path: Path) -> None:
    path = tmp_path / "mz.py"
    path.write_text("x = 0\nprint(0 * -1, x * -3, [x * -3], -x, 0.0 * -1)\n")
    result = cfpy("run", str(path))
    assert result.stdout == "0 0 [0] 0 -0.0\n"
