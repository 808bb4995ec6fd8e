"""Fast read-only traversal of libcst trees.

``node.visit(visitor)`` and ``node.children`` rebuild (and re-validate) every node they
pass, even for a read-only ``CSTVisitor``; that machinery cost most of a build. ``walk``
runs a ``cst.CSTVisitor`` over a tree without rebuilding anything: the same
``visit_X``/``leave_X`` (or ``on_visit``/``on_leave``) calls in the same order, except that
whitespace, comments, brackets, punctuation and operator tokens (``TRIVIA``) are not
visited, and a visitor that only handles statements (``STATEMENT_ONLY``) does not enter
expressions. ``visit_X_attr`` attribute hooks are not supported (nothing uses them).

The field order of each node class is taken once from libcst itself: its
``_visit_and_replace_children`` announces each field (``on_visit_attribute``) in source
order, so ``children(node)`` lists what ``node.children`` lists, minus trivia.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import libcst as cst

_T = TypeVar("_T")

# Nodes no analysis looks at: layout and punctuation (their subtrees are layout too).
TRIVIA: tuple[type[cst.CSTNode], ...] = (
    cst.BaseParenthesizableWhitespace,
    cst.EmptyLine,
    cst.TrailingWhitespace,
    cst.Newline,
    cst.Comment,
    cst.LeftParen,
    cst.RightParen,
    cst.LeftSquareBracket,
    cst.RightSquareBracket,
    cst.LeftCurlyBrace,
    cst.RightCurlyBrace,
    cst.Comma,
    cst.Colon,
    cst.Dot,
    cst.Semicolon,
    cst.AssignEqual,
    cst.BaseBinaryOp,
    cst.BaseBooleanOp,
    cst.BaseCompOp,
    cst.BaseUnaryOp,
    cst.BaseAugOp,
    cst.ImportStar,
    cst.Asynchronous,
)

# node class -> the names of its fields that hold non-trivia children, in source order
_FIELDS: dict[type[cst.CSTNode], tuple[str, ...]] = {}
_IS_TRIVIA: dict[type[cst.CSTNode], bool] = {}
# A class whose _visit_and_replace_children skips a field when it is None would be
# recorded without it; libcst has one (tests/compiler/test_walk.py checks them all on a
# corpus), so its (non-trivia) fields are given here.
_FIELDS[cst.FormattedStringExpression] = ("expression", "format_spec")


class _FieldRecorder(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: list[str] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        return False

    def on_visit_attribute(self, node: cst.CSTNode, attribute: str) -> None:
        if attribute not in self.names:
            self.names.append(attribute)


# Fields that only ever hold trivia, by name (besides ``whitespace*``): not even read.
_TRIVIA_FIELDS = frozenset(
    {
        "lpar",
        "rpar",
        "lbracket",
        "rbracket",
        "lbrace",
        "rbrace",
        "comma",
        "semicolon",
        "equal",
        "colon",
        "dot",
        "operator",
        "leading_lines",
        "lines_after_decorators",
        "header",
        "footer",
        "asynchronous",
        "relative",
    }
)


def _fields(node: cst.CSTNode) -> tuple[str, ...]:
    cls = type(node)
    found = _FIELDS.get(cls)
    if found is None:
        recorder = _FieldRecorder()
        node._visit_and_replace_children(recorder)
        found = _FIELDS[cls] = _useful(recorder.names)
    return found


def _useful(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(n for n in names if n not in _TRIVIA_FIELDS and not n.startswith("whitespace"))


def is_trivia(node: object) -> bool:
    cls = type(node)
    found = _IS_TRIVIA.get(cls)
    if found is None:
        # (MaybeSentinel, the "no value" of some fields, counts as trivia)
        found = _IS_TRIVIA[cls] = not issubclass(cls, cst.CSTNode) or issubclass(cls, TRIVIA)
    return found


def children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The direct children of ``node`` in source order, without trivia."""
    out: list[cst.CSTNode] = []
    trivia = _IS_TRIVIA
    fields = _FIELDS.get(type(node))
    for name in fields if fields is not None else _fields(node):
        value = getattr(node, name)
        if value is None:
            continue
        kind = type(value)
        if kind is tuple or kind is list:
            for item in value:
                skip = trivia.get(type(item))
                if skip is None:
                    skip = is_trivia(item)
                if not skip:
                    out.append(item)
            continue
        skip = trivia.get(kind)
        if skip is None:
            skip = is_trivia(value)
        if not skip:
            out.append(value)
    return out


_Handler = Callable[[Any, cst.CSTNode], Any] | None
_Entry = tuple[_Handler, _Handler, bool]  # visit, leave, descend into the node at all
_DISPATCH = "_cfpy_walk_dispatch"
_STATEMENT_LEVEL = "_cfpy_walk_statement_level"

# Nodes that only occur outside expressions: a visitor that handles nothing else need not
# walk into expressions (Python's grammar puts no statement inside an expression).
STATEMENT_ONLY: tuple[type[cst.CSTNode], ...] = (
    cst.BaseCompoundStatement,
    cst.BaseSmallStatement,
    cst.ExceptHandler,
    cst.ExceptStarHandler,
)


def _dispatch(vcls: type) -> dict[type, _Entry]:
    table = vcls.__dict__.get(_DISPATCH)
    if table is None:
        table = {}
        setattr(vcls, _DISPATCH, table)
        setattr(vcls, _STATEMENT_LEVEL, _is_statement_level(vcls))
    return table


def _own_handlers(vcls: type) -> set[str]:
    """``visit_X``/``leave_X`` names defined by the visitor's own classes (libcst's
    ``CSTVisitor`` defines a no-op one for every node type)."""
    names: set[str] = set()
    for klass in vcls.__mro__:
        if klass is cst.CSTVisitor:
            break
        names.update(n for n in klass.__dict__ if n.startswith(("visit_", "leave_")))
    return names


def _is_statement_level(vcls: type) -> bool:
    if vcls.on_visit is not cst.CSTVisitor.on_visit or vcls.on_leave is not cst.CSTVisitor.on_leave:
        return False
    for name in _own_handlers(vcls):
        node_cls = getattr(cst, name.split("_", 1)[1], None)
        if not (isinstance(node_cls, type) and issubclass(node_cls, STATEMENT_ONLY)):
            return False
    return True


def _handlers(vcls: type, cls: type) -> _Entry:
    if getattr(vcls, _STATEMENT_LEVEL) and issubclass(cls, cst.BaseExpression):
        return None, None, False
    own = _own_handlers(vcls)
    if vcls.on_visit is not cst.CSTVisitor.on_visit:
        visit: _Handler = vcls.on_visit
    else:
        name = "visit_" + cls.__name__
        visit = getattr(vcls, name) if name in own else None
    if vcls.on_leave is not cst.CSTVisitor.on_leave:
        leave: _Handler = vcls.on_leave
    else:
        name = "leave_" + cls.__name__
        leave = getattr(vcls, name) if name in own else None
    return visit, leave, True


def walk(node: cst.CSTNode, visitor: cst.CSTVisitor) -> None:
    """``node.visit(visitor)`` without rebuilding the tree (trivia not visited)."""
    vcls = type(visitor)
    table = _dispatch(vcls)
    _walk(node, visitor, vcls, table)


def _walk(
    node: cst.CSTNode,
    visitor: cst.CSTVisitor,
    vcls: type,
    table: dict[type, _Entry],
) -> None:
    cls = type(node)
    entry = table.get(cls)
    if entry is None:
        entry = table[cls] = _handlers(vcls, cls)
    visit, leave, descend = entry
    if not descend:
        return
    if visit is None or visit(visitor, node) is not False:
        for child in children(node):
            _walk(child, visitor, vcls, table)
    if leave is not None:
        leave(visitor, node)


_MEMO_LIMIT = 100_000


def memo_by_node(fn: Callable[..., _T]) -> Callable[..., _T]:
    """Cache ``fn(node, *args)`` per node identity (``args`` hashable). libcst nodes take
    no weak references: an entry holds its node, so the id cannot be reused while it is
    cached, and the cache is dropped whole when it grows past ``_MEMO_LIMIT`` (a long
    ``cfpy dev`` session parses new trees on every save). Callers must not mutate a
    cached result."""
    cache: dict[tuple[Any, ...], tuple[cst.CSTNode, _T]] = {}

    @functools.wraps(fn)
    def wrapper(node: cst.CSTNode, *args: Any) -> _T:
        key = (id(node), *args)
        hit = cache.get(key)
        if hit is not None and hit[0] is node:
            return hit[1]
        if len(cache) >= _MEMO_LIMIT:
            cache.clear()
        value = fn(node, *args)
        cache[key] = (node, value)
        return value

    return wrapper
