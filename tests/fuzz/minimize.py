"""Shrink a program while it still shows the same bug (same finding signature).

Passes, repeated until nothing shrinks or the budget is spent:

1. re-print through ``ast.unparse`` (drops comments, odd whitespace, redundant parens);
2. delete chunks of lines (delta debugging);
3. on the libcst tree: delete a statement, replace a compound statement by its body,
   replace an expression by one of its sub-expressions or by ``0``.

Every candidate must still parse with ``ast.parse`` before the (slower) predicate runs.
"""

from __future__ import annotations

import ast
import time
import warnings
from collections.abc import Callable, Iterator

import libcst as cst


class _Budget:
    def __init__(self, seconds: float, calls: int) -> None:
        self.deadline = time.monotonic() + seconds
        self.calls = calls

    def spent(self) -> bool:
        return self.calls <= 0 or time.monotonic() > self.deadline

    def take(self) -> None:
        self.calls -= 1


def _parses(source: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def minimize(
    source: str,
    still_fails: Callable[[str], bool],
    *,
    seconds: float = 60.0,
    max_calls: int = 3000,
    require_parse: bool | None = None,
) -> str:
    """The smallest program found that ``still_fails``; ``source`` itself if none is.

    ``require_parse`` (default: whether ``source`` parses) skips candidates that do not.
    """
    if require_parse is None:
        require_parse = _parses(source)
    budget = _Budget(seconds, max_calls)
    best = source

    def try_candidate(candidate: str) -> bool:
        nonlocal best
        if budget.spent() or len(candidate) >= len(best) or candidate == best:
            return False
        if require_parse and not _parses(candidate):
            return False
        budget.take()
        try:
            failed = still_fails(candidate)
        except RecursionError:
            return False
        if failed:
            best = candidate
        return failed

    while not budget.spent():
        before = best
        _unparse_pass(best, try_candidate)
        _line_pass(best, try_candidate, budget)
        _cst_pass(lambda: best, try_candidate, budget)
        if best == before:
            break
    return best


def _unparse_pass(source: str, attempt: Callable[[str], bool]) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            printed = ast.unparse(ast.parse(source))
    except Exception:  # noqa: BLE001 - unparse has its own bugs; just skip the pass
        return
    attempt(printed + "\n")


def _line_pass(source: str, attempt: Callable[[str], bool], budget: _Budget) -> None:
    lines = source.splitlines(keepends=True)
    chunk = max(1, len(lines) // 2)
    while chunk >= 1 and not budget.spent():
        i = 0
        while i < len(lines) and not budget.spent():
            candidate = lines[:i] + lines[i + chunk :]
            if candidate and attempt("".join(candidate)):
                lines = candidate
            else:
                i += chunk
        chunk //= 2


def _cst_pass(current: Callable[[], str], attempt: Callable[[str], bool], budget: _Budget) -> None:
    """Try every tree edit once, restarting on the shrunk tree after each success."""
    progress = True
    while progress and not budget.spent():
        progress = False
        try:
            module = cst.parse_module(current())
        except Exception:  # noqa: BLE001
            return
        for candidate in _edits(module):
            if budget.spent():
                return
            if attempt(candidate):
                progress = True
                break


def _nodes(module: cst.Module) -> list[cst.CSTNode]:
    found: list[cst.CSTNode] = []

    class _All(cst.CSTVisitor):
        def on_visit(self, node: cst.CSTNode) -> bool:
            found.append(node)
            return True

    module.visit(_All())
    return found


_ZERO = cst.Integer("0")


def _edits(module: cst.Module) -> Iterator[str]:
    nodes = _nodes(module)
    # Statements first (big wins), outermost first.
    for node in nodes:
        if isinstance(node, cst.BaseStatement | cst.BaseSmallStatement):
            yield from _render(lambda n=node: module.deep_remove(n))
    for node in nodes:
        body = _compound_body(node)
        if body:
            yield from _render(lambda n=node, b=body: module.deep_replace(n, cst.FlattenSentinel(b)))
    for node in nodes:
        if isinstance(node, cst.BaseExpression) and not isinstance(node, cst.Name | cst.Integer):
            for child in node.children:
                if isinstance(child, cst.BaseExpression):
                    yield from _render(lambda n=node, c=child: module.deep_replace(n, c))
            yield from _render(lambda n=node: module.deep_replace(n, _ZERO))
    for node in nodes:
        if isinstance(node, cst.Arg | cst.Element | cst.Param | cst.DictElement | cst.MatchCase | cst.ExceptHandler | cst.Decorator):
            yield from _render(lambda n=node: module.deep_remove(n))


def _compound_body(node: cst.CSTNode) -> list[cst.BaseStatement]:
    body = getattr(node, "body", None)
    if not isinstance(node, cst.BaseCompoundStatement) or not isinstance(body, cst.IndentedBlock):
        return []
    return list(body.body)


def _render(make: Callable[[], cst.CSTNode | cst.RemovalSentinel]) -> Iterator[str]:
    try:
        new = make()
        if isinstance(new, cst.Module):
            yield new.code
    except Exception:  # noqa: BLE001 - libcst refuses some edits (e.g. empty required lists)
        return
