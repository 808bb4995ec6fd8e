"""The diagnostic-code registry (transpiler/codes.py) is the one list of codes: the
compiler reports no other code, docs/errors.md's table is the registry's, and the doc
mentions no code the registry lacks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cfpy_workers.codes import CODES, UnknownCode, codes_table
from cfpy_workers.diagnostics import Logger

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "errors.md"
CODE = re.compile(r"\bCF\d{3}\b")


def test_every_code_the_compiler_reports_is_registered() -> None:
    used: dict[str, str] = {}
    for path in (ROOT / "transpiler").rglob("*.py"):
        for code in CODE.findall(path.read_text(encoding="utf-8")):
            used.setdefault(code, str(path.relative_to(ROOT)))
    unknown = {code: where for code, where in used.items() if code not in CODES}
    assert not unknown, f"codes used but not registered in transpiler/codes.py: {unknown}"


def test_the_docs_table_is_the_registry() -> None:
    text = DOC.read_text(encoding="utf-8")
    found = re.search(r"<!-- codes:begin -->\n(.*?)\n<!-- codes:end -->", text, re.S)
    assert found, "docs/errors.md lost its codes:begin/codes:end markers"
    assert found.group(1) == codes_table(), "regenerate the table from transpiler/codes.py"


def test_the_docs_mention_only_registered_codes_and_their_anchors_exist() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert set(CODE.findall(text)) <= set(CODES)
    headings = {_anchor(h) for h in re.findall(r"^#+ (.*)$", text, re.M)}
    missing = {c.code: c.anchor for c in CODES.values() if c.anchor not in headings}
    assert not missing, f"anchors with no heading in docs/errors.md: {missing}"


def _anchor(heading: str) -> str:
    """GitHub's anchor for a Markdown heading."""
    slug = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return slug.replace(" ", "-")


def test_the_logger_refuses_an_unregistered_code() -> None:
    with pytest.raises(UnknownCode):
        Logger().error("CF999", "not a code")
