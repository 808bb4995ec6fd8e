"""The compiler's phases depend one way (docs/design.md, "Pipeline"): `analyze/` reads only
`parse/`, the diagnostics and the tables (names, the Workers surface, the codes); `check/` reads `analyze/` and never
`lower/`. Read from the import statements, lazy ones included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TRANSPILER = Path(__file__).parents[2] / "transpiler"


def imported_packages(folder: str) -> set[str]:
    """The top-level compiler packages/modules the files of `folder` import (relative
    imports resolved: `from ..lower import x` in check/ gives `lower`)."""
    found: set[str] = set()
    for path in (TRANSPILER / folder).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level:
                if node.level == 1:
                    continue  # the folder's own modules
                target = (node.module or "").split(".")[0]
                found.update([target] if target else [a.name for a in node.names])
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("cfpy_workers."):
                found.add(node.module.split(".")[1])
    return found


def test_the_reader_sees_relative_imports() -> None:
    assert "parse" in imported_packages("analyze")


@pytest.mark.parametrize(
    ("folder", "allowed"),
    [
        ("analyze", {"parse", "diagnostics", "names", "workers_surface", "codes"}),
        ("check", {"analyze", "parse", "diagnostics", "names", "cache", "project", "workers_surface", "codes"}),
    ],
)
def test_phase_imports_point_one_way(folder: str, allowed: set[str]) -> None:
    assert imported_packages(folder) - allowed == set()
