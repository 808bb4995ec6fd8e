"""The JS runtime's module graph has no import cycles: each module can be read, tested
and tree-shaken on its own, and evaluation order never decides whether a binding is
initialised. Mutually recursive pieces live in one module or meet in a leaf module."""

from __future__ import annotations

from tests.support import runtime_js as R


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a.js": {"b.js"}, "b.js": {"c.js"}, "c.js": {"a.js"}, "d.js": {"a.js"}}
    assert R.cycles(edges) == [["a.js", "b.js", "c.js"]]
    assert R.cycles({"a.js": {"b.js"}, "b.js": set()}) == []


def test_the_import_reader_sees_multi_line_imports() -> None:
    assert "builtins/exceptions.js" in R.imported_modules("builtins/builtins.js")
    assert len(R.graph()) > 100


def test_runtime_modules_import_each_other_without_cycles() -> None:
    assert R.cycles(R.graph()) == []
