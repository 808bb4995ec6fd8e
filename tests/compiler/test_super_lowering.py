"""``super()`` stays JS's ``super`` unless some class of the project has several bases."""

from __future__ import annotations

from pathlib import Path

from conftest import compile_js

SINGLE = """
class A:
    def f(self, x, k=0):
        return x + k


class B(A):
    def f(self, x, k=0):
        return super().f(x, k=k) + super().f(x)
"""

MULTI = SINGLE + """

class C:
    pass


class D(B, C):
    pass
"""


def test_single_inheritance_keeps_js_super(tmp_path: Path) -> None:
    js = compile_js(tmp_path, SINGLE)
    assert "super.f(x)" in js
    assert "$super(" not in js and "$mi(" not in js


def test_multiple_bases_make_super_follow_the_mro(tmp_path: Path) -> None:
    js = compile_js(tmp_path, MULTI)
    assert "super.f" not in js
    assert '$super(B, this, "f").call(this, x)' in js
    assert "$mi(" in js and "$mi_done(D, " in js
