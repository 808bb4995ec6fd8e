"""A long module is parsed by libcst a few thousand lines at a time (parse/__init__.py,
``_parse_in_pieces``, to bound the native parser's memory): the joined tree must be the
very tree a whole parse gives, and a module that cannot be cut is parsed whole."""

from __future__ import annotations

import ast

import libcst as cst
import pytest
from cfpy_workers import parse

TRICKY = '''# header comment
"""doc"""
import os

x = 1; y = 2
def f():
    return 1
    # a comment indented into f's block (its footer): no cut before the next statement

# column-0 comment
@dec
@dec2(1,
      2)
def g(): pass
class C:
    a = 1
        # deeper
  # shallower

if x:
    pass
else:
    pass
# end comment


z = (1,
  2)
w = 3  # trailing
async def h():
    async with a as b:
        pass
s = """multi
# not a comment
line"""
'''


@pytest.mark.parametrize("piece_lines", [1, 2, 3, 5, 8])
@pytest.mark.parametrize(
    "source",
    [TRICKY, TRICKY.rstrip("\n"), TRICKY + "\n\n# final comment\n", TRICKY + "   \n"],
    ids=["plain", "no-final-newline", "final-comment", "final-blank"],
)
def test_pieces_join_into_the_whole_tree(
    monkeypatch: pytest.MonkeyPatch, piece_lines: int, source: str
) -> None:
    monkeypatch.setattr(parse, "_PIECE_LINES", piece_lines)
    joined = parse._parse_in_pieces(source, ast.parse(source))
    assert joined is not None, "the source has cut points"
    assert joined.code == source
    assert joined.deep_equals(cst.parse_module(source))


def test_cst_tree_uses_pieces_only_for_long_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = parse._parse_in_pieces

    def spy(source: str, tree: ast.Module | None) -> cst.Module | None:
        calls.append(source.count("\n"))
        return real(source, tree)

    monkeypatch.setattr(parse, "_parse_in_pieces", spy)
    monkeypatch.setattr(parse, "_PIECE_LINES", 10)
    short = "x = 1\n" * 5
    long = "".join(f"def f{i}():\n    return {i}\n\n" for i in range(20))
    assert parse.cst_tree(short).deep_equals(cst.parse_module(short))
    assert calls == []
    assert parse.cst_tree(long).deep_equals(cst.parse_module(long))
    assert calls == [long.count("\n")]


@pytest.mark.parametrize(
    "source",
    [
        "x = 1\r\ny = 2\r\n" * 10,  # \r: not cut (lines are split on \n only)
        "def f():\n    if x:\n        pass\n" * 10,  # one statement per 3 lines, all blocks
        "x = 1\n",  # nothing to cut
    ],
)
def test_uncuttable_or_short_sources_give_the_whole_tree(
    monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    monkeypatch.setattr(parse, "_PIECE_LINES", 2)
    assert parse.cst_tree(source).deep_equals(cst.parse_module(source))


def test_mixed_indentation_falls_back_to_a_whole_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # the first half indents by 2, the second by 4: libcst infers a default indent per
    # piece, and a block's indent is stored only when it differs from that default
    source = "def f():\n  return 1\n" * 3 + "def g():\n    return 2\n" * 3
    monkeypatch.setattr(parse, "_PIECE_LINES", 2)
    assert parse._parse_in_pieces(source, None) is None
    assert parse.cst_tree(source).deep_equals(cst.parse_module(source))
