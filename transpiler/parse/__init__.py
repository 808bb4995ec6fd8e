"""Parse: read Python modules with libcst, resolve positions once (lazily), find local imports.

A ``ParsedModule`` is the unit every later phase works on.  Syntax errors become CF100
diagnostics with the parser's position; no libcst exception escapes this module.
"""

from __future__ import annotations

import ast
import errno
import functools
import io
import re
import subprocess
import sys
import tokenize
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from ..diagnostics import Logger, Span
from ..names import module_js_path


@dataclass
class ParsedModule:
    name: str  # dotted module name, e.g. "worker" or "lib.util"
    path: Path
    source: str
    # None: not parsed yet (a module known to parse, from the build cache); see ``module``
    _module: cst.Module | None = field(default=None, repr=False)
    _positions: dict[cst.CSTNode, CodeRange] | None = field(default=None, repr=False)
    _starts: dict[cst.CSTNode, tuple[int, int]] | None = field(default=None, repr=False)
    # A module of CPython's standard library compiled by cfpy (names.COMPILED_STDLIB).
    stdlib: bool = False

    @property
    def module(self) -> cst.Module:
        """The libcst tree; parsed on first use when the module came from the build
        cache (an unchanged module of a rebuild often needs no tree at all)."""
        if self._module is None:
            self._module = cst_tree(self.source)
        return self._module

    @property
    def positions(self) -> dict[cst.CSTNode, CodeRange]:
        """Source ranges of every node, resolved once on first use (a module whose
        compiled output comes from the build cache never needs them)."""
        if self._positions is None:
            # PositionProvider directly: ``wrapper.resolve`` would also walk the whole
            # tree once more for batchable providers, even with none to run.
            wrapper = MetadataWrapper(self.module, unsafe_skip_copy=True)
            self._positions = dict(PositionProvider()._gen(wrapper))
        return self._positions

    @property
    def js_path(self) -> str:
        """Path of the generated ES module, relative to the build's modules folder."""
        return module_js_path(self.name, self.stdlib)

    def start(self, node: cst.CSTNode) -> tuple[int, int] | None:
        """(line, column) where ``node`` starts, as ``span`` has it: for statements and
        calls (what source maps mark) from CPython's parser, which is much cheaper than
        resolving every node's range (see parse/starts.py)."""
        if self._starts is None:
            from .starts import statement_and_call_starts

            self._starts = statement_and_call_starts(self.module, self.source)
        found = self._starts.get(node)
        if found is not None:
            return found
        rng = self.positions.get(node)
        return None if rng is None else (rng.start.line, rng.start.column)

    def span(self, node: cst.CSTNode) -> Span | None:
        rng = self.positions.get(node)
        if rng is None:
            return None
        return Span(rng.start.line, rng.start.column, rng.end.line, rng.end.column)


def parse_source(source: str, path: Path, name: str, logger: Logger) -> ParsedModule | None:
    checked = _python_syntax_ok(source, path, logger)
    if checked is None:
        return None
    try:
        tree = cst_tree(source, checked)
    except cst.ParserSyntaxError as err:
        line, col = err.raw_line, err.raw_column
        logger.error(
            "CF100",
            f"syntax error: {_first_line(err.message)}",
            file=path,
            span=Span(line, col, line, col + 1),
            source=source,
            hint="cfpy accepts the Python 3.11 grammar; fix the syntax and build again",
        )
        return None
    return ParsedModule(name, path, source, tree)


def cst_tree(source: str, python_tree: ast.Module | None = None) -> cst.Module:
    """libcst's tree of ``source`` (identifiers NFKC-normalized, as CPython reads them).
    ``python_tree``: CPython's tree of ``source`` when the caller has it (a long module is
    parsed in pieces along its top-level statements)."""
    tree = _parse_in_pieces(source, python_tree) if source.count("\n") > _PIECE_LINES else None
    if tree is None:
        tree = cst.parse_module(source)
    if not source.isascii():
        tree = tree.visit(_NfkcNames())
    return tree


# libcst's native parser needs about 17 KB per line while it parses, freed afterwards but
# kept by the process (a 50,000-line module peaked above 1 GB), several times what the
# tree it returns holds: a long module is parsed a few thousand lines at a time.
_PIECE_LINES = 4000


def _parse_in_pieces(source: str, python_tree: ast.Module | None) -> cst.Module | None:
    """The tree of ``source`` parsed piece by piece and joined, or None to parse it whole
    (no cut found, a source with ``\\r``, or pieces that disagree on the indentation
    libcst infers). The result is the tree a whole parse gives (tests/compiler/
    test_parse_pieces.py): cuts are made only between top-level statements separated by
    nothing but empty lines and column-0 comments, which a whole parse also hands to the
    next statement (lines indented deeper can belong to the previous block's footer)."""
    if "\r" in source:
        return None
    if python_tree is None:
        python_tree = ast.parse(source)
    lines = source.split("\n")
    cuts = _piece_cuts(python_tree.body, lines)
    if len(cuts) < 2:
        return None
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    ends = [*(offsets[c] for c in cuts[1:]), len(source)]
    try:
        spans = zip(cuts, ends, strict=True)
        pieces = [cst.parse_module(source[offsets[c] : end]) for c, end in spans]
    except cst.ParserSyntaxError:
        return None  # reported, with the right line, by the whole parse
    first = pieces[0]
    if any(
        (p.default_indent, p.default_newline) != (first.default_indent, first.default_newline)
        for p in pieces
    ):
        return None
    body = list(first.body)
    footer = list(first.footer)
    for piece in pieces[1:]:
        between = [*footer, *piece.header]  # the lines between the two statements
        statements = list(piece.body)
        if statements:
            head = statements[0]
            statements[0] = head.with_changes(leading_lines=[*between, *head.leading_lines])
            footer = list(piece.footer)
        else:
            footer = [*between, *piece.footer]
        body.extend(statements)
    return first.with_changes(
        body=body, footer=footer, has_trailing_newline=pieces[-1].has_trailing_newline
    )


def _piece_cuts(statements: list[ast.stmt], lines: list[str]) -> list[int]:
    """0-based line numbers where pieces start (the first is 0)."""
    cuts = [0]
    for prev, nxt in zip(statements, statements[1:], strict=False):
        end = prev.end_lineno or prev.lineno
        if end - cuts[-1] < _PIECE_LINES:
            continue
        decorators = getattr(nxt, "decorator_list", [])
        start = min([nxt.lineno, *(d.lineno for d in decorators)])
        gap = lines[end : start - 1]
        if start > end and all(line == "" or line.startswith("#") for line in gap):
            cuts.append(end)
    return cuts


class _NfkcNames(cst.CSTTransformer):
    """CPython reads identifiers NFKC-normalized (`ℌ` is `H`, `ﬁx` is `fix`); so does cfpy.
    Positions are resolved on the normalized tree (a shorter or longer name shifts the
    columns after it on its line)."""

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        value = updated_node.value
        if value.isascii():
            return updated_node
        return updated_node.with_changes(value=unicodedata.normalize("NFKC", value))


def _python_syntax_ok(source: str, path: Path, logger: Logger) -> ast.Module | None:
    """CPython's tree of ``source``, or None after reporting its syntax error (CPython's
    own parser gives the most precise syntax-error positions and messages)."""
    tree: ast.Module | None = None
    try:
        tree = compile(source, str(path), "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        # compile() also runs CPython's symbol-table checks (`return` outside a function,
        # `nonlocal` at module level, duplicate parameters, ...), which ast.parse skips.
        compile(tree, str(path), "exec", dont_inherit=True)
        too_deep = _cpython_refuses_depth(source, tree)
    except (RecursionError, MemoryError) as err:
        too_deep = f"{type(err).__name__}: {err}"
    except SyntaxError as err:
        line = err.lineno or 1
        col = max(0, (err.offset or 1) - 1)
        end_col = (err.end_offset or 0) - 1 if err.end_lineno == line else col + 1
        if not 1 <= line <= max(1, len(source.splitlines())):
            # CPython 3.11 reports some compiler-stage errors at line -1 (`break` in an
            # `except*` block): point at the first such block instead.
            line, col = _fallback_position(source, err.msg)
            end_col = col + 1
        logger.error(
            "CF100",
            f"syntax error: {err.msg}",
            file=path,
            span=Span(line, col, line, max(end_col, col + 1)),
            source=source,
            hint="cfpy accepts the Python 3.11 grammar; fix the syntax and build again",
        )
        return None
    except ValueError as err:  # e.g. NUL bytes in the source
        logger.error("CF100", f"syntax error: {err}", file=path, source=source)
        return None
    if too_deep is None:
        return tree
    line, col = _deepest_statement(tree)
    logger.error(
        "CF100",
        f"syntax error: nested too deeply: CPython refuses this statement ({too_deep})",
        file=path,
        span=Span(line, col, line, col + 1),
        source=source,
        hint="split the expression or the if/elif chain, e.g. with a helper function, "
        "a dict or a loop",
    )
    return None


# CPython's default recursion limit lets compile() nest about 3000 levels; the compiler
# runs with a higher limit (transpiler/deep.py), so a deeper module asks CPython itself.
_ASK_CPYTHON_DEPTH = 1000
_CPYTHON_COMPILE = (
    "import sys; compile(sys.stdin.buffer.read().decode(), 'module', 'exec', dont_inherit=True)"
)


def _cpython_refuses_depth(source: str, tree: ast.Module) -> str | None:
    """CPython's error when it refuses ``source`` as nested too deeply: a module nested
    deeper than ``_ASK_CPYTHON_DEPTH`` is compiled by a ``python`` process with the
    default recursion limit (compile only: nothing of the module runs)."""
    if _ast_depth(tree) <= _ASK_CPYTHON_DEPTH:
        return None
    checked = subprocess.run(
        [sys.executable, "-I", "-S", "-c", _CPYTHON_COMPILE],
        input=source.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if checked.returncode == 0:
        return None
    lines = checked.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "maximum recursion depth exceeded during compilation"


def _ast_depth(tree: ast.AST) -> int:
    """The depth of the deepest node of ``tree`` (walked without recursion)."""
    deepest = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def _deepest_statement(tree: ast.Module | None) -> tuple[int, int]:
    """(line, column) of the top-level statement holding the deepest node of ``tree``,
    or the start of the file."""
    best, where = -1, (1, 0)
    for statement in tree.body if tree is not None else []:
        depth = _ast_depth(statement)
        if depth > best:
            best, where = depth, (statement.lineno, statement.col_offset)
    return where


def _fallback_position(source: str, message: str) -> tuple[int, int]:
    """(line, column) for a syntax error CPython did not position: the first `except*`
    when the message is about one, else the start of the file."""
    if "except*" in message:
        for number, text in enumerate(source.splitlines(), start=1):
            found = re.match(r"\s*except\s*\*", text)
            if found:
                return number, len(text) - len(text.lstrip())
    return 1, 0


def read_source(path: Path) -> str:
    """A module's text, decoded as CPython decodes a source file: UTF-8 unless a BOM or a
    PEP 263 ``coding`` declaration says otherwise (the BOM is dropped), newlines
    universal. Raises OSError, or ValueError for bytes the encoding cannot decode or an
    unknown encoding."""
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as err:  # an unknown encoding, or a BOM with another declaration
        raise ValueError(err.msg) from None
    text = data.decode(encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _is_loop(err: Exception) -> bool:
    return isinstance(err, OSError) and err.errno == errno.ELOOP


def parse_file(path: Path, name: str, logger: Logger) -> ParsedModule | None:
    try:
        source = read_source(path)
    except (OSError, ValueError) as err:
        problem = "it is a symbolic link loop" if _is_loop(err) else str(err)
        logger.error("CF200", f"cannot read module {name!r}: {problem}", file=path)
        return None
    return parse_source(source, path, name, logger)


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "invalid syntax"


@dataclass(frozen=True)
class ImportSite:
    """One ``import`` / ``from ... import`` statement and where it stands."""

    node: cst.Import | cst.ImportFrom
    top_level: bool  # directly in the module body (an ES import binds it)
    in_function: bool  # inside a def: it binds locals of that function
    # Inside the body of a `try` with a handler that catches ImportError: a module cfpy
    # does not provide raises ImportError there at run time, as in CPython.
    guarded: bool
    # Inside `if __name__ == "__main__":`, which runs only in the entry module.
    main_only: bool = False


def import_sites(module: cst.Module) -> list[ImportSite]:
    """Every import statement of the module, at any depth, in source order; imports under
    ``if TYPE_CHECKING:`` are left out (Python never runs them)."""
    found: list[ImportSite] = []

    def visit(
        body: Sequence[cst.BaseStatement], top: bool, in_fn: bool, guarded: bool, main: bool
    ) -> None:
        for stmt in body:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, cst.Import | cst.ImportFrom):
                        found.append(ImportSite(small, top, in_fn, guarded, main))
                continue
            inner_main = main or (isinstance(stmt, cst.If) and _is_main_test(stmt.test))
            for block, inner_fn, inner_guard in _blocks(stmt, in_fn, guarded):
                visit(block, False, inner_fn, inner_guard, inner_main)

    visit(module.body, True, False, False, False)
    return found


def _is_main_test(test: cst.BaseExpression) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, cst.Comparison) and len(test.comparisons) == 1):
        return False
    if not isinstance(test.comparisons[0].operator, cst.Equal):
        return False
    sides = [test.left, test.comparisons[0].comparator]
    return any(isinstance(x, cst.Name) and x.value == "__name__" for x in sides) and any(
        isinstance(x, cst.SimpleString) and x.value[1:-1] == "__main__" for x in sides
    )


def _blocks(
    stmt: cst.BaseStatement, in_fn: bool, guarded: bool
) -> list[tuple[Sequence[cst.BaseStatement], bool, bool]]:
    """The statement blocks nested in ``stmt`` with their (in function, guarded) state."""

    def body(node: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
        return node.body if isinstance(node, cst.IndentedBlock) else [cst.SimpleStatementLine(node.body)]  # type: ignore[attr-defined]

    if isinstance(stmt, cst.FunctionDef):
        return [(body(stmt.body), True, False)]  # runs later, outside any try around it
    if isinstance(stmt, cst.ClassDef):
        return [(body(stmt.body), in_fn, guarded)]
    if isinstance(stmt, cst.If):
        blocks = [] if _is_type_checking(stmt.test) else [(body(stmt.body), in_fn, guarded)]
        orelse = stmt.orelse
        if isinstance(orelse, cst.If):
            blocks.append(([orelse], in_fn, guarded))
        elif orelse is not None:
            blocks.append((body(orelse.body), in_fn, guarded))
        return blocks
    if isinstance(stmt, cst.Try | cst.TryStar):
        catches = guarded or any(_catches_import_error(h.type) for h in stmt.handlers)
        blocks = [(body(stmt.body), in_fn, catches)]
        blocks += [(body(h.body), in_fn, guarded) for h in stmt.handlers]
        for extra in (stmt.orelse, stmt.finalbody):
            if extra is not None:
                blocks.append((body(extra.body), in_fn, guarded))
        return blocks
    if isinstance(stmt, cst.For | cst.While):
        blocks = [(body(stmt.body), in_fn, guarded)]
        if stmt.orelse is not None:
            blocks.append((body(stmt.orelse.body), in_fn, guarded))
        return blocks
    if isinstance(stmt, cst.With):
        return [(body(stmt.body), in_fn, guarded)]
    if isinstance(stmt, cst.Match):
        return [(body(case.body), in_fn, guarded) for case in stmt.cases]
    return []


_IMPORT_ERROR_CATCHERS = frozenset({"ImportError", "ModuleNotFoundError", "Exception", "BaseException"})


def _catches_import_error(kind: cst.BaseExpression | None) -> bool:
    """Does an ``except`` clause of this type catch ImportError (bare, or by a name)?"""
    if kind is None:
        return True
    if isinstance(kind, cst.Tuple):
        return any(_catches_import_error(el.value) for el in kind.elements)
    return isinstance(kind, cst.Name) and kind.value in _IMPORT_ERROR_CATCHERS


def _is_type_checking(test: cst.BaseExpression) -> bool:
    """``TYPE_CHECKING`` / ``typing.TYPE_CHECKING``."""
    if isinstance(test, cst.Name):
        return test.value == "TYPE_CHECKING"
    return isinstance(test, cst.Attribute) and test.attr.value == "TYPE_CHECKING"


def imported_module_names(module: cst.Module) -> list[tuple[str, cst.CSTNode]]:
    """The module names of every ``import x`` / ``from x import y``, with the node for
    errors."""
    found: list[tuple[str, cst.CSTNode]] = []
    for site in import_sites(module):
        small = site.node
        if isinstance(small, cst.Import):
            for alias in small.names:
                found.append((dotted_name(alias.name), alias))
        elif small.module is not None and not small.relative:
            found.append((dotted_name(small.module), small))
    return found


def dotted_name(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{dotted_name(node.value)}.{node.attr.value}"
    raise TypeError(f"not a dotted name: {node!r}")


def string_value(node: cst.SimpleString) -> str | bytes:
    """``node.evaluated_value``, computed once per literal text (libcst runs
    ``ast.literal_eval`` on every call)."""
    return _literal_value(node.value)


@functools.lru_cache(maxsize=8192)
def _literal_value(text: str) -> str | bytes:
    value: str | bytes = ast.literal_eval(text)
    return value
