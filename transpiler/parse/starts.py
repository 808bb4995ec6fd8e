"""Cheap start positions of statements and calls, for source-map marks.

libcst's PositionProvider re-generates the whole module's code to compute the range of
every node, which cost a large share of a build. Source maps only need where statements
and calls start, and CPython's own parser (C, fast) records exactly that. The nodes of one
kind (e.g. every call) appear in the same order in both trees: libcst visits a tree in
source order and a node starts no earlier than its parent of the same kind, so the i-th
libcst call is the i-th ``ast.Call`` ordered by position (calls starting at the same
place, ``f(x)(y)``, share the position).

Positions are libcst's: 1-based line, 0-based column in characters. A kind whose node
counts differ between the two trees is left out (``ParsedModule.start`` then falls back
to PositionProvider), and so is a whole module whose identifiers libcst NFKC-normalizes or
whose line breaks libcst and CPython might count differently.
"""

from __future__ import annotations

import ast

import libcst as cst

from .walk import walk

Start = tuple[int, int]

# libcst node class -> the kind its ast counterparts are filed under
_CST_KINDS: dict[type[cst.CSTNode], str] = {
    cst.Expr: "Expr",
    cst.Assign: "Assign",
    cst.AnnAssign: "AnnAssign",
    cst.AugAssign: "AugAssign",
    cst.Return: "Return",
    cst.Raise: "Raise",
    cst.Assert: "Assert",
    cst.Del: "Delete",
    cst.Pass: "Pass",
    cst.Break: "Break",
    cst.Continue: "Continue",
    cst.Import: "Import",
    cst.ImportFrom: "ImportFrom",
    cst.Global: "Global",
    cst.Nonlocal: "Nonlocal",
    cst.If: "If",
    cst.While: "While",
    cst.For: "For",
    cst.Try: "Try",
    cst.TryStar: "TryStar",
    cst.With: "With",
    cst.Match: "Match",
    cst.FunctionDef: "FunctionDef",
    cst.ClassDef: "ClassDef",
    cst.Call: "Call",
}
_AST_KINDS: dict[type[ast.AST], str] = {
    getattr(ast, name): name
    for name in (
        "Expr Assign AnnAssign AugAssign Return Raise Assert Delete Pass Break Continue "
        "Import ImportFrom Global Nonlocal If While For Try TryStar With Match "
        "FunctionDef ClassDef Call"
    ).split()
    if hasattr(ast, name)
}
_AST_KINDS[ast.AsyncFor] = "For"
_AST_KINDS[ast.AsyncWith] = "With"
_AST_KINDS[ast.AsyncFunctionDef] = "FunctionDef"


class _Collect(cst.CSTVisitor):
    def __init__(self) -> None:
        self.nodes: dict[str, list[cst.CSTNode]] = {}

    def on_visit(self, node: cst.CSTNode) -> bool:
        kind = _CST_KINDS.get(type(node))
        if kind is not None:
            self.nodes.setdefault(kind, []).append(node)
        return True


def statement_and_call_starts(module: cst.Module, source: str) -> dict[cst.CSTNode, Start]:
    """Start positions of the statements and calls of ``module`` (parsed from ``source``);
    empty when this shortcut does not apply."""
    if not source.isascii() or "\r" in source or "\f" in source or "\x0c" in source:
        return {}
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return {}
    found: dict[str, list[Start]] = {}
    for node in ast.walk(tree):
        kind = _AST_KINDS.get(type(node))
        if kind is not None:
            found.setdefault(kind, []).append((node.lineno, node.col_offset))  # type: ignore[attr-defined]
    collect = _Collect()
    walk(module, collect)
    starts: dict[cst.CSTNode, Start] = {}
    for kind, nodes in collect.nodes.items():
        positions = sorted(found.get(kind, ()))
        if len(positions) != len(nodes):
            continue
        starts.update(zip(nodes, positions, strict=True))
    return starts
