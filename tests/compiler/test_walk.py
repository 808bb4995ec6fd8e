"""transpiler/parse/walk.py visits what libcst's own (slow) traversal visits, in order."""

from __future__ import annotations

import functools
from pathlib import Path

import libcst as cst
import pytest
from cfpy_workers.parse.walk import children, is_trivia, walk

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted(
    p
    for folder in ("tests/conformance", "examples", "transpiler", "bench")
    for p in (ROOT / folder).rglob("*.py")
)
# Syntax libcst has and the corpus may lack: match, try*, walrus, decorators, lambdas, ...
EXTRA = '''
import a.b as c, d
from .x import (y as z, w)
from m import *
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=3, **kw) -> list[int]:
    global g
    x = lambda q=1, *r, **s: (yield q)
    async with a as (b, c), d:
        pass
    async for i in range(3):
        await f(*args, **kw)
    del a[0], b.c
    match x:
        case [1, *rest] | {"k": v, **others} if v > 0:
            pass
        case Point(x=0, y=_) as p:
            pass
        case -1 | 1+2j | "s" | None:
            pass
    try:
        raise E from None
    except* (A, B) as e:
        pass
    return [u async for u in g() if (w := u)]
class C[T](B, metaclass=M):
    x: int = 1; y = 2
    def m[U](self) -> "C": return f"{self!r:>{w}} {x=}"
assert a, b
while not a and b or c:
    a @= b ** -c
    if a: break
    elif b: continue
    else: ...
print(*{**d}, {1, 2}, {k: v for k, v in d.items()}, (i for i in x), a if b else c, x[1:2:3])
'''


@functools.cache
def _trees() -> list[tuple[str, cst.Module]]:
    trees = [("extra", cst.parse_module(EXTRA))]
    for path in CORPUS:
        source = path.read_text(encoding="utf-8")
        try:
            trees.append((str(path.relative_to(ROOT)), cst.parse_module(source)))
        except cst.ParserSyntaxError:
            continue  # the conformance suite has deliberately broken programs
    return trees


class _Record(cst.CSTVisitor):
    def __init__(self) -> None:
        self.events: list[tuple[str, int]] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if not is_trivia(node):
            self.events.append(("visit", id(node)))
        return True

    def on_leave(self, original_node: cst.CSTNode) -> None:
        if not is_trivia(original_node):
            self.events.append(("leave", id(original_node)))


class _All(cst.CSTVisitor):
    def __init__(self) -> None:
        self.nodes: list[cst.CSTNode] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        self.nodes.append(node)
        return True


def test_corpus_is_not_empty() -> None:
    assert len(CORPUS) > 100


@pytest.mark.parametrize("chunk", range(4))
def test_walk_and_children_match_libcst(chunk: int) -> None:
    trees = _trees()
    for label, tree in trees[chunk::4]:
        slow, fast = _Record(), _Record()
        tree.visit(slow)
        walk(tree, fast)
        assert fast.events == slow.events, label
        everything = _All()
        tree.visit(everything)
        for node in everything.nodes:
            expected = [c for c in node.children if not is_trivia(c)]
            assert [id(c) for c in children(node)] == [id(c) for c in expected], (
                label,
                type(node).__name__,
            )


def test_visit_false_skips_children_and_leave_still_runs() -> None:
    tree = cst.parse_module("def f():\n    x = 1\ny = 2\n")
    seen: list[str] = []

    class _V(cst.CSTVisitor):
        def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
            seen.append("def")
            return False

        def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
            seen.append("/def")

        def visit_Name(self, node: cst.Name) -> None:
            seen.append(node.value)

    walk(tree, _V())
    assert seen == ["def", "/def", "y"]


class _Statements(cst.CSTVisitor):
    """Handles statement-level nodes only: ``walk`` does not enter expressions for it."""

    def __init__(self) -> None:
        self.seen: list[int] = []

    def visit_Del(self, node: cst.Del) -> None:
        self.seen.append(id(node))

    def visit_Return(self, node: cst.Return) -> None:
        self.seen.append(id(node))

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        self.seen.append(id(node))

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self.seen.append(id(node))

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self.seen.append(id(original_node))


def test_statement_level_visitor_sees_every_statement() -> None:
    for label, tree in _trees()[::3]:
        slow, fast = _Statements(), _Statements()
        tree.visit(slow)
        walk(tree, fast)
        assert fast.seen == slow.seen, label


def test_statement_and_call_starts_match_position_provider() -> None:
    """parse/starts.py: CPython's positions of statements and calls are libcst's."""
    from cfpy_workers.parse.starts import statement_and_call_starts
    from libcst.metadata import MetadataWrapper, PositionProvider

    covered = 0
    for label, tree in _trees()[::2]:
        starts = statement_and_call_starts(tree, tree.code)
        if not starts:
            continue
        positions = MetadataWrapper(tree, unsafe_skip_copy=True).resolve(PositionProvider)
        for node, start in starts.items():
            rng = positions[node]
            assert (rng.start.line, rng.start.column) == start, (label, type(node).__name__)
        covered += len(starts)
    assert covered > 5000
