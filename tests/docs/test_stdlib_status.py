"""docs/language.md's standard library status table is the compiler's tables, rendered."""

from __future__ import annotations

from pathlib import Path

from cfpy_workers import names as N
from cfpy_workers.stdlib_source import (
    STATUS_BEGIN,
    STATUS_END,
    stdlib_status_rows,
    stdlib_status_table,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "language.md"


def test_the_doc_table_is_the_generated_one() -> None:
    text = DOC.read_text(encoding="utf-8")
    start, end = text.index(STATUS_BEGIN), text.index(STATUS_END) + len(STATUS_END)
    assert text[start:end] == stdlib_status_table(), "run scripts/gen_stdlib_status.py"


def test_every_module_has_one_status() -> None:
    names = [name for name, _, _ in stdlib_status_rows()]
    assert len(names) == len(set(names))
    assert N.COMPILED_STDLIB <= set(names) and set(N.NOT_YET_STDLIB) <= set(names)
    assert not set(N.NOT_YET_STDLIB) & (N.COMPILED_STDLIB | set(N.STDLIB_MODULES))
