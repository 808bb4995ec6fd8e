"""Module lowering: imports, module-level declarations and the final ES module text.

``lower_module`` is the entry point of the lower phase for one parsed module.  Imports are
resolved here (project module, runtime stdlib module, ``cloudflare_workers``, ``js``, or
an erased typing-only module); anything else is a CF202 error listing what is supported.
"""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass

import libcst as cst

from .. import names as N
from ..analyze.binder import Scope, collect_bindings
from ..analyze.classes import looks_like_dataclass
from ..analyze.flow import analyze_unbound
from ..analyze.index import ProjectIndex, function_returns, stdlib_result_types
from ..analyze.registration import registration_calls
from ..analyze.typer import infer_types
from ..diagnostics import Logger
from ..emit import PositionTable
from ..parse import ParsedModule, dotted_name, import_sites
from ..parse.walk import walk
from .base import js_string
from .context import ImportedName, ModuleContext
from .statements import StatementLowerer
from .stdlib_names import refusal


class Lowerer(StatementLowerer):
    """All lowering rules together; one instance lowers one module."""


def lower_module(
    parsed: ParsedModule,
    index: ProjectIndex,
    logger: Logger,
    *,
    is_main: bool = False,
    method_names: frozenset[str] = frozenset(),
) -> tuple[str, PositionTable]:
    """Lower ``parsed`` to marked JS text (see cfpy_workers.emit) and its position table."""
    positions = PositionTable()
    ctx = ModuleContext(parsed.name, is_main, index, logger, positions, method_names=method_names)
    ctx.module_scope = collect_bindings(list(parsed.module.body), Scope("module"))
    ctx.unbound = analyze_unbound(parsed.module, ctx.module_scope)
    ctx.annotations_used = _mentions_annotations(parsed.module)
    ctx.registration_calls = {id(call) for call in registration_calls(parsed.module)}

    lowerer = Lowerer(parsed, ctx)
    import_lines = _lower_imports(lowerer, parsed, index)
    module_index = index.modules.get(parsed.name)
    returns = function_returns(module_index) if module_index else {}
    returns.update(stdlib_result_types(parsed.module))
    ctx.module_types = infer_types(list(parsed.module.body), set(), returns)
    ctx.module_types.update(returns)
    # In an import cycle, a def below an import may be read before it is bound (ES
    # imports all run before the module body; a def above every import is bound first).
    cyclic, late = index.in_import_cycle(parsed.name), False
    for stmt in parsed.module.body:
        plain = not stmt.decorators if isinstance(stmt, cst.FunctionDef | cst.ClassDef) else False
        if isinstance(stmt, cst.ClassDef):
            plain = all(looks_like_dataclass(d) for d in stmt.decorators)
        if plain:
            sym = module_index.symbols.get(stmt.name.value) if module_index else None  # type: ignore[union-attr]
            maybe_unbound = stmt.name.value in ctx.unbound.init.get(id(parsed.module), set())
            # (a hoisted JS declaration would be callable above its `def`, also from a
            # module of an import cycle reading this one while it is partially initialized)
            if sym is not None and sym.kind in ("function", "class") and not maybe_unbound and not late:
                ctx.declared_defs.add(stmt.name.value)
        late = late or (cyclic and bool(import_sites(cst.Module(body=[stmt]))))
    body = lowerer.block(list(parsed.module.body))
    annotations: list[str] = []
    if ctx.annotations_used and "__annotations__" not in ctx.module_scope.bound:
        annotations.append(f"export const __annotations__ = {lowerer.lang('$dict_lit')}();")
    if "__name__" in ctx.module_scope.bound:  # rebound by the module: a variable
        body.insert(0, f"__name__ = {json.dumps('__main__' if is_main else parsed.name)};")
    variables = sorted(ctx.module_scope.bound - set(ctx.imported) - ctx.declared_defs)
    unbound = ctx.unbound.init.get(id(parsed.module), set())
    decls = [N.js_name(v) + (f" = {lowerer.lang('$U')}" if v in unbound else "") for v in variables]
    head: list[str] = []
    for path, names in sorted(ctx.runtime_imports.items()):
        specs = ", ".join(
            name if alias == name else f"{name} as {alias}" for name, alias in sorted(names)
        )
        head.append(f'import {{ {specs} }} from "{path}";')
    head.extend(import_lines)
    exported = [d for v, d in zip(variables, decls, strict=True) if N.js_name(v) == v]
    renamed = [d for v, d in zip(variables, decls, strict=True) if N.js_name(v) != v]
    if exported:
        head.append(f"export let {', '.join(exported)};")
    if renamed:
        head.append(f"let {', '.join(renamed)};")
    if ctx.module_temps:
        head.append(f"let {', '.join(ctx.module_temps)};")
    head.extend(annotations)
    tail = _module_tail(parsed.name, variables, ctx.declared_defs)
    return "\n".join(head + body + tail) + "\n", positions


def _module_tail(module: str, variables: list[str], defs: set[str]) -> list[str]:
    """The module's tail: its names that are JS reserved words (bound as `default$`)
    exported under their Python names (`import { default }`, `helpers.default`), and
    ``$loaded``, the module's name once it has run to the end (see runtime
    lang/modattr.js: a variable read before that may be an import cycle's)."""
    renamed = sorted(name for name in {*variables, *defs} if N.js_name(name) != name)
    lines = [f"export let $loaded = {json.dumps(module)};"]
    if renamed:
        specs = ", ".join(f"{N.js_name(name)} as {name}" for name in renamed)
        lines.append(f"export {{ {specs} }};")
    return lines


class _AnnotationsMention(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found = False

    def visit_Name(self, node: cst.Name) -> None:
        if node.value == "__annotations__":
            self.found = True


def _mentions_annotations(module: cst.Module) -> bool:
    """Does the module read ``__annotations__`` (a name or an attribute)?"""
    visitor = _AnnotationsMention()
    walk(module, visitor)
    return visitor.found


def _rebound_import_names(module: cst.Module) -> set[str]:
    """Names an import binds that are bound again (by another import or any statement).

    JS import bindings are constant, so such a name becomes a variable assigned from a
    hidden import binding at the import statement's position.
    """
    counts: dict[str, int] = {}
    others: list[cst.CSTNode] = []
    for stmt in module.body:
        smalls = stmt.body if isinstance(stmt, cst.SimpleStatementLine) else []
        imports = [s for s in smalls if isinstance(s, cst.Import | cst.ImportFrom)]
        if not imports:
            others.append(stmt)
            continue
        for small in imports:
            for name in collect_bindings(small, Scope("module")).bound:
                counts[name] = counts.get(name, 0) + 1
    rebound = {name for name, n in counts.items() if n > 1}
    other_bound = collect_bindings(others, Scope("module")).bound
    return rebound | (set(counts) & other_bound)


def _local_binding(
    lowerer: Lowerer, small: cst.CSTNode, local: str, rebound: set[str], nested: bool
) -> str:
    """The JS name an import binds for Python name ``local``: a hidden alias assigned to
    ``local`` at the statement when ``local`` is rebound or the import is not at the top
    level of the module (inside an `if`, a `try`, a def: Python binds it when it runs)."""
    if local not in rebound and not nested:
        return N.js_name(local)
    hidden = lowerer.ctx.fresh_name("im")
    lowerer.ctx.import_rebinds.setdefault(id(small), []).append(f"{N.js_name(local)} = {hidden};")
    return hidden


def _lower_imports(lowerer: Lowerer, parsed: ParsedModule, index: ProjectIndex) -> list[str]:
    lines: list[str] = []
    rebound = _rebound_import_names(parsed.module)
    lowerer.ctx.rebound_imports = rebound
    for site in import_sites(parsed.module):
        # Under `if __name__ == "__main__":` of an imported module, an import never runs.
        guarded = site.guarded or (site.main_only and not lowerer.ctx.is_main)
        where = _Where(not site.top_level, site.in_function, guarded)
        small = site.node
        if isinstance(small, cst.Import):
            for alias in small.names:
                lines.extend(_import_module(lowerer, parsed, index, alias, where))
        else:
            lines.extend(_import_from(lowerer, parsed, index, small, where))
    return lines


@dataclass(frozen=True)
class _Where:
    """Where an import statement stands (see ``cfpy_workers.parse.ImportSite``)."""

    nested: bool
    in_function: bool
    guarded: bool


def _missing_module(lowerer: Lowerer, node: cst.CSTNode, name: str) -> list[str]:
    """A module cfpy does not provide, imported inside `try: ... except ImportError`:
    the statement raises ModuleNotFoundError when it runs, as in CPython."""
    error = lowerer.ctx.use(N.RUNTIME_BUILTINS, "ModuleNotFoundError", "$ModuleNotFoundError")
    root = name.split(".")[0]
    message = js_string(f"No module named '{root}'")
    key = N.js_attr("name")  # the JS key of the Python attribute `name`
    throw = f"throw Object.assign(new {error}({message}), {{ {key}: {js_string(root)} }});"
    lowerer.ctx.import_rebinds.setdefault(id(node), []).insert(0, throw)
    return []


# HTTP client libraries a Python programmer reaches for; a Worker has `fetch` instead.
HTTP_CLIENTS = frozenset(
    {"requests", "httpx", "aiohttp", "urllib3", "urllib.request", "http.client", "pycurl"}
)


def _module_source(
    lowerer: Lowerer, index: ProjectIndex, name: str, node: cst.CSTNode, guarded: bool = False
) -> tuple[str, str] | None:
    """(kind, path) for an importable module; else None after logging CF202/CF203, or,
    for a ``guarded`` import, ("missing", name) (it raises ImportError at run time)."""
    if name in index.modules:
        return "project", name
    if name in N.STDLIB_MODULES:
        return "stdlib", N.STDLIB_MODULES[name]
    if name == N.WORKERS_MODULE:
        return "workers", N.RUNTIME_WORKERS
    if name == "js":
        return "js", "js"
    if name in N.ERASED_MODULES:
        return "erased", name
    if name in N.COMPILE_TIME_MODULES:
        return "compiletime", name
    if guarded:
        return "missing", name
    if name.split(".")[0] in N.REFUSED_MODULES:
        reason = N.REFUSED_MODULES[name.split(".")[0]]
        lowerer.error(
            node,
            "CF203",
            f"module `{name}` cannot be used in a Worker",
            reason,
        )
        return None
    supported = sorted(
        [*N.STDLIB_MODULES, *N.COMPILED_STDLIB, N.WORKERS_MODULE, "js", *N.ERASED_MODULES]
    )
    hint = "supported: " + ", ".join(supported) + ", and .py modules next to the entry module"
    if name in HTTP_CLIENTS or name.split(".")[0] in HTTP_CLIENTS:
        hint = (
            "a Worker makes HTTP requests with the runtime's fetch: "
            "`from cloudflare_workers import fetch`, then `response = await fetch(url)`"
        )
    lowerer.error(
        node,
        "CF202",
        f"cannot import `{name}`: it is neither a module of this project nor supported by cfpy",
        hint,
    )
    return None


def _relative(index: ProjectIndex, from_module: str, to_module: str) -> str:
    """The import specifier of module ``to_module``'s ES module from ``from_module``'s."""
    here = posixpath.dirname(index.js_path(from_module))
    rel = posixpath.relpath(index.js_path(to_module), here or ".")
    return rel if rel.startswith(".") else "./" + rel


def _import_module(
    lowerer: Lowerer,
    parsed: ParsedModule,
    index: ProjectIndex,
    alias: cst.ImportAlias,
    where: _Where = _Where(False, False, False),
) -> list[str]:
    name = dotted_name(alias.name)
    found = _module_source(lowerer, index, name, alias, where.guarded)
    if found is None:
        return []
    kind, path = found
    if kind == "missing":
        return _missing_module(lowerer, alias, name)
    if "." in name and alias.asname is None:
        # `import urllib.parse` binds `urllib`, an object whose `parse` is the module.
        root, rest = name.split(".", 1)
        if kind not in ("stdlib", "project") or "." in rest:
            lowerer.unsupported(alias, f"`import {name}`", f"write `from {name} import ...`")
            return []
        ns = lowerer.ctx.fresh_name("ns")
        target = _relative(index, parsed.name, path) if kind == "project" else path
        package = f"{{ {rest}: {ns} }}"
        if where.nested:
            rebind = f"{N.js_name(root)} = {package};"
            lowerer.ctx.import_rebinds.setdefault(id(alias), []).append(rebind)
            return [f'import * as {ns} from "{target}";']
        lowerer.ctx.imported[root] = ImportedName("namespace", name, None)
        return [
            f'import * as {ns} from "{target}";',
            f"const {N.js_name(root)} = {package};",
        ]
    local = alias.asname.name.value if alias.asname is not None else name  # type: ignore[union-attr]
    rebound = lowerer.ctx.rebound_imports
    static = kind in ("erased", "compiletime") and not where.in_function
    if static or (local not in rebound and not where.nested):
        lowerer.ctx.imported[local] = ImportedName(kind, path, None)
    if kind == "erased":
        return []  # nothing at run time
    js_local = _local_binding(lowerer, alias, local, rebound, where.nested and not static)
    if kind == "project":
        return [f'import * as {js_local} from "{_relative(index, parsed.name, path)}";']
    if kind == "js":
        return [f"const {js_local} = globalThis;"]
    if kind == "compiletime":
        return [f'import * as {js_local} from "{N.COMPILE_TIME_RUNTIME[name]}";']
    return [f'import * as {js_local} from "{path}";']


def _import_checks(
    lowerer: Lowerer, node: cst.ImportFrom, module: str, checks: list[tuple[str, str]]
) -> str:
    """Emit, where the `from` import stands, a check of each imported project variable
    (runtime lang/modattr.js); returns the JS name bound to the module's ``$loaded``."""
    loaded = lowerer.ctx.fresh_name("ld")
    helper = lowerer.lang("$modimport")
    lines = [
        f"{helper}({binding}, {json.dumps(module)}, {json.dumps(name)}, {loaded});"
        for binding, name in checks
    ]
    rebinds = lowerer.ctx.import_rebinds.setdefault(id(node), [])
    rebinds[:0] = lines  # before the rebound names are assigned
    return loaded


def _import_from(
    lowerer: Lowerer,
    parsed: ParsedModule,
    index: ProjectIndex,
    node: cst.ImportFrom,
    where: _Where = _Where(False, False, False),
) -> list[str]:
    if node.relative:
        lowerer.unsupported(
            node, "relative imports", "import the module by its name, e.g. `from helpers import f`"
        )
        return []
    assert node.module is not None
    name = dotted_name(node.module)
    found = _module_source(lowerer, index, name, node, where.guarded)
    if found is None:
        return []
    kind, path = found
    if kind == "missing":
        # (also `from _bisect import *` in a try: CPython's own modules do that)
        return _missing_module(lowerer, node, name)
    if isinstance(node.names, cst.ImportStar):
        lowerer.unsupported(node, "`import *`", "import the names you use explicitly")
        return []
    specs: list[str] = []
    lines: list[str] = []
    checks: list[tuple[str, str]] = []  # (JS binding, imported name)
    for alias in node.names:
        imported = dotted_name(alias.name)
        local = alias.asname.name.value if alias.asname is not None else imported  # type: ignore[union-attr]
        rebound = lowerer.ctx.rebound_imports
        # Typing-only and compile-time names are known statically wherever they are imported.
        static = kind in ("erased", "compiletime") and not where.in_function
        if static or (local not in rebound and not where.nested):
            lowerer.ctx.imported[local] = ImportedName(kind, path, imported)
        if kind == "workers" and imported not in N.WORKERS_NAMES:
            lowerer.error(
                alias,
                "CF204",
                f"`cloudflare_workers` has no name `{imported}`",
                "available: " + ", ".join(sorted(N.WORKERS_NAMES)),
            )
            continue
        refused = refusal(name, path, imported) if kind == "stdlib" else None
        if refused is not None:
            lowerer.error(alias, *refused)
            continue
        if kind == "workers" and imported in N.WORKERS_TYPE_ONLY:
            lowerer.ctx.imported[local] = ImportedName("erased", name, imported)
            continue
        if kind == "project":
            sym = index.lookup(path, imported)
            if sym is None:
                lowerer.error(
                    alias, "CF205", f"module `{path}` defines no top-level name `{imported}`"
                )
                continue
        if kind == "erased" or (kind == "compiletime" and imported in N.COMPILE_TIME_ONLY_NAMES):
            continue  # nothing at run time
        js_local = _local_binding(lowerer, node, local, rebound, where.nested and not static)
        if kind == "project" and (sym.kind not in ("function", "class") or index.in_import_cycle(path)):  # type: ignore[union-attr]
            # may be unbound here (an import cycle): ImportError at the statement
            checks.append((js_local, imported))
        if kind == "js":
            lines.append(f"const {js_local} = globalThis.{imported};")
        else:
            specs.append(imported if imported == js_local else f"{imported} as {js_local}")
    if checks:
        specs.append(f"$loaded as {_import_checks(lowerer, node, path, checks)}")
    if specs:
        target = _relative(index, parsed.name, path) if kind == "project" else path
        target = N.COMPILE_TIME_RUNTIME.get(target, target) if kind == "compiletime" else target
        lines.insert(0, f'import {{ {", ".join(specs)} }} from "{target}";')
    return lines
