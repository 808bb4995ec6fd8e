"""Diagnostics: the one logger every phase writes to, and how diagnostics are rendered.

A diagnostic has a stable code (registered in transpiler/codes.py), a position, a message
and a hint.  Rendering follows ruff/rustc: ``file:line:col: CODE message``, the source
line, a caret under the span, then ``hint: ...``.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TextIO, TypeVar

from .codes import check_code


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Span:
    """A 1-based line and 0-based column range inside one file (libcst's convention)."""

    line: int
    col: int
    end_line: int
    end_col: int


@dataclass(frozen=True)
class Diagnostic:
    code: str
    message: str
    severity: Severity = Severity.ERROR
    file: Path | None = None
    span: Span | None = None
    hint: str | None = None
    # Text of the file, used to show the offending line; None for non-source problems.
    source: str | None = field(default=None, repr=False, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def location(self) -> str:
        if self.file is None:
            return ""
        if self.span is None:
            return f"{self.file}"
        return f"{self.file}:{self.span.line}:{self.span.col + 1}"

    def render(self, color: bool = False) -> str:
        return "\n".join(_render_lines(self, color))

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "file": str(self.file) if self.file else None,
            "line": self.span.line if self.span else None,
            "column": self.span.col + 1 if self.span else None,
            "end_line": self.span.end_line if self.span else None,
            "end_column": self.span.end_col + 1 if self.span else None,
            "hint": self.hint,
        }


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _render_lines(diag: Diagnostic, color: bool) -> Iterator[str]:
    label_color = "1;31" if diag.is_error else "1;33"
    location = diag.location()
    head = f"{location}: " if location else ""
    yield f"{_paint(head, '1', color)}{_paint(diag.code, label_color, color)} {diag.message}"
    if diag.span is not None and diag.source is not None:
        lines = diag.source.splitlines()
        if 0 < diag.span.line <= len(lines):
            text = lines[diag.span.line - 1].expandtabs(1)
            gutter = str(diag.span.line)
            pad = " " * len(gutter)
            end = diag.span.end_col if diag.span.end_line == diag.span.line else len(text)
            width = max(1, end - diag.span.col)
            yield f"{pad} |"
            yield f"{gutter} | {text}"
            caret = " " * diag.span.col + "^" * width
            yield f"{pad} | {_paint(caret, label_color, color)}"
    if diag.hint:
        yield f"  {_paint('hint', '1;36', color)}: {diag.hint}"


class Logger:
    """Collects diagnostics from every phase; the CLI decides how to print them."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def add(self, diag: Diagnostic) -> None:
        check_code(diag.code)
        self.diagnostics.append(diag)

    def error(self, code: str, message: str, **kw: object) -> None:
        self.add(Diagnostic(code, message, Severity.ERROR, **kw))  # type: ignore[arg-type]

    def warning(self, code: str, message: str, **kw: object) -> None:
        self.add(Diagnostic(code, message, Severity.WARNING, **kw))  # type: ignore[arg-type]

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    def print(self, stream: TextIO | None = None, fmt: str = "text") -> None:
        out = stream or sys.stderr
        if fmt == "json":
            json.dump([d.to_json() for d in self.diagnostics], out, indent=2)
            out.write("\n")
            return
        color = out.isatty()
        for diag in sorted(self.diagnostics, key=lambda d: d.is_error):
            out.write(diag.render(color) + "\n")
        if self.errors:
            n = len(self.errors)
            out.write(f"{n} error{'s' if n != 1 else ''}\n")


T = TypeVar("T")


def guarded(logger: Logger, action: Callable[[], T]) -> T | None:
    """``action()``, with any exception it raises logged as CF900 (an internal error: a
    user must never see a Python traceback). ``CFPY_DEBUG=1`` lets it propagate."""
    try:
        return action()
    except KeyboardInterrupt:
        raise
    except Exception as err:  # noqa: BLE001 - the user must never see a traceback
        if os.environ.get("CFPY_DEBUG"):
            raise
        logger.error(
            "CF900",
            f"internal error in cfpy: {type(err).__name__}: {err}",
            hint="please report this with the file that triggered it",
        )
        return None
