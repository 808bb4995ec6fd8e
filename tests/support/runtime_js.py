"""Static reading of the JS runtime (runtime_shim/js) for structure tests: which modules
a module imports, which names it binds by import, its top-level statements, and the
import cycles of the module graph. Regex-level on purpose: the runtime is written in a
plain style (one import/export per statement, top-level code at column 0)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

RUNTIME = Path(__file__).parents[2] / "runtime_shim" / "js"

_FROM = re.compile(
    r"""^(?:import|export)\b[^'";]*?\bfrom\s*["']([^"']+)["']|^import\s*["']([^"']+)["']""",
    re.M | re.S,
)
_IMPORT_CLAUSE = re.compile(r"^import\s+([^'\";]*?)\s+from\s*[\"'][^\"']+[\"']", re.M | re.S)
_DECLARATION = re.compile(
    r"^(?:import|export|function|async function|class|const|let|var|//|/\*|\*|\}|\)|$)"
)


def modules() -> list[str]:
    """Every runtime module, as a path relative to runtime_shim/js."""
    return sorted(p.relative_to(RUNTIME).as_posix() for p in RUNTIME.rglob("*.js"))


@cache
def source(module: str) -> str:
    return (RUNTIME / module).read_text()


def imported_modules(module: str) -> set[str]:
    """The runtime modules `module` imports or re-exports from (relative specifiers)."""
    found = set()
    base = (RUNTIME / module).parent
    for m in _FROM.finditer(source(module)):
        spec = m.group(1) or m.group(2)
        if spec.startswith("."):
            found.add((base / spec).resolve().relative_to(RUNTIME).as_posix())
    return found


def imported_names(module: str) -> set[str]:
    """The local names `module` binds by import (`import { a as b }` binds b; `import * as
    N` binds N)."""
    names: set[str] = set()
    for m in _IMPORT_CLAUSE.finditer(source(module)):
        clause = m.group(1)
        star = re.search(r"\*\s+as\s+([\w$]+)", clause)
        if star:
            names.add(star.group(1))
        braces = re.search(r"\{(.*)\}", clause, re.S)
        if braces:
            for part in braces.group(1).split(","):
                part = part.strip()
                if part:
                    names.add(part.split(" as ")[-1].strip())
        default = re.match(r"([\w$]+)\s*(?:,|$)", clause)
        if default:
            names.add(default.group(1))
    return names


def top_level_statements(module: str) -> list[str]:
    """The top-level statements that are not declarations: code a module runs when it is
    imported (a statement starts at column 0; its continuation lines are indented)."""
    statements: list[str] = []
    current: list[str] | None = None
    for line in source(module).splitlines():
        starts = bool(line) and not line[0].isspace()
        if starts:
            if current is not None:
                statements.append("\n".join(current))
            current = None if _DECLARATION.match(line) else [line]
        elif current is not None:
            current.append(line)
    if current is not None:
        statements.append("\n".join(current))
    return statements


def graph() -> dict[str, set[str]]:
    return {m: imported_modules(m) for m in modules()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges.get(node, ()):
                    found.append(sorted(component))
    return found


_DECLARED_EXPORT = re.compile(r"^export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)", re.M)
_EXPORT_LIST = re.compile(r"^export\s*\{([^}]*)\}", re.M)


def exported_names(module: str) -> set[str]:
    """The names `module` exports (declarations and export lists; `a as b` exports b)."""
    text = source(module)
    names = set(_DECLARED_EXPORT.findall(text))
    for group in _EXPORT_LIST.findall(text):
        for part in group.split(","):
            if part.strip():
                names.add(part.split(" as ")[-1].strip())
    return names
