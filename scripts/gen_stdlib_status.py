"""Rewrite the standard library status table of docs/language.md from the compiler's
tables (transpiler/names.py via cfpy_workers.stdlib_source.stdlib_status_table).

    python scripts/gen_stdlib_status.py            # rewrite the table
    python scripts/gen_stdlib_status.py --check    # exit 1 if it is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

from cfpy_workers.stdlib_source import STATUS_BEGIN, STATUS_END, stdlib_status_table

DOC = Path(__file__).resolve().parent.parent / "docs" / "language.md"


def rendered(text: str) -> str:
    """``text`` (docs/language.md) with its status table regenerated."""
    start = text.index(STATUS_BEGIN)
    end = text.index(STATUS_END) + len(STATUS_END)
    return text[:start] + stdlib_status_table() + text[end:]


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = rendered(text)
    if "--check" in argv:
        return 0 if new == text else 1
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
