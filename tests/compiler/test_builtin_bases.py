"""Classes derived from builtin types: the compiler gives them the runtime's real bases
(lang/base_*.js), and refuses the builtins cfpy cannot derive from."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import compile_js

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("base", "js_base"),
    [
        ("list", "$ListBase"),
        ("dict", "$DictBase"),
        ("str", "$StrBase"),
        ("int", "$IntBase"),
        ("float", "$FloatBase"),
        ("tuple", "$TupleBase"),
        ("set", "$SetBase"),
        ("frozenset", "$FrozenSetBase"),
        ("object", "$PyObject"),
    ],
)
def test_a_builtin_base_is_the_runtime_base_for_it(tmp_path: Path, base: str, js_base: str) -> None:
    js = compile_js(tmp_path, f"class X({base}):\n    pass\n")
    assert f"class X extends {js_base} {{" in js


def test_a_rebound_builtin_name_is_an_ordinary_base(tmp_path: Path) -> None:
    js = compile_js(tmp_path, "class list:\n    pass\n\n\nclass X(list):\n    pass\n")
    assert "class X extends list {" in js


def test_only_classes_defining_new_or_setattr_use_the_general_construction(tmp_path: Path) -> None:
    plain = compile_js(tmp_path, "class A:\n    def __init__(self):\n        self.x = 1\n")
    assert "$newstyle" not in plain  # bundles without such classes leave pynew.js out
    for body in (
        "    def __new__(cls):\n        return super().__new__(cls)\n",
        "    def __setattr__(self, k, v):\n        super().__setattr__(k, v)\n",
        "    __setattr__ = object.__setattr__\n",
    ):
        js = compile_js(tmp_path, "class A:\n" + body)
        assert "$newstyle(A);" in js, body


def test_new_is_a_static_method(tmp_path: Path) -> None:
    js = compile_js(tmp_path, "class P(tuple):\n    def __new__(cls, a, b):\n        return super().__new__(cls, (a, b))\n")
    assert "static __new__(cls, a, b) {" in js


def _run(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "prog.py"
    path.write_text(source)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "cfpy_workers.cli", "run", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_a_builtin_reached_through_another_name_raises_a_clear_error(tmp_path: Path) -> None:
    p = _run(tmp_path, "L = list\n\n\nclass X(L):\n    pass\n\n\nprint(X())\n")
    assert p.returncode != 0
    assert "TypeError: cfpy: class X derives from the builtin type 'list' through another name" in p.stderr
    assert "class X(list)" in p.stderr


def test_the_same_with_several_bases(tmp_path: Path) -> None:
    p = _run(tmp_path, "D = dict\n\n\nclass M:\n    pass\n\n\nclass X(D, M):\n    pass\n")
    assert p.returncode != 0
    assert "TypeError: cfpy: a class derives from the builtin type 'dict' through another name" in p.stderr


def test_js_code_reads_an_instance_as_its_value(tmp_path: Path) -> None:
    """A JS function given an instance of a str/int subclass converts it as the value
    (docs/language.md, "Builtin subclasses")."""
    p = _run(
        tmp_path,
        "from js import Number, String\n\n\nclass Label(str):\n    pass\n\n\n"
        "class Cents(int):\n    pass\n\n\n"
        "print(String(Label('ab')), Number(Cents(5)) + 1)\n",
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout == "ab 6\n"
