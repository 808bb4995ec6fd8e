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


def module_graph() -> dict[str, set[str]]:
    """Compiler module -> the compiler modules it imports (relative imports, lazy ones in
    functions included; `from . import x` counts x when x is a module)."""
    modules = {
        ".".join(p.relative_to(TRANSPILER).with_suffix("").parts).removesuffix(".__init__"): p
        for p in TRANSPILER.rglob("*.py")
    }
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.ImportFrom) and node.level):
                continue
            base = package.split(".") if package else []
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            for alias in node.names:
                child = f"{target}.{alias.name}" if target else alias.name
                found.add(child if child in modules else target)
        edges[name] = {t for t in found if t in modules and t != name}
    return edges


def test_no_import_cycle_among_compiler_modules() -> None:
    from tests.support.runtime_js import cycles

    graph = module_graph()
    assert {"pipeline", "analyze.binder", "lower.module"} <= set(graph)
    assert "analyze.index" in graph["pipeline"]
    assert cycles(graph) == []
