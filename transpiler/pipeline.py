"""The build pipeline: parse -> check -> lower -> emit -> entry template -> bundle.

Each public function here runs the phases for one CLI command and returns ``False``/``None``
once a phase has logged an error; the CLI prints the logger.  Nothing is written to the
bundle path unless every phase succeeded (the bundler renames atomically).
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import cfpy_templates
import jinja2
import libcst as cst

import runtime_shim
from transpiler.check import find_registration
from transpiler.check.bindings import check_bindings
from transpiler.diagnostics import Logger
from transpiler.emit import emit_module, source_map_json
from transpiler.lower.index import ProjectIndex, index_module
from transpiler.lower.module import lower_module
from transpiler.parse import ParsedModule, imported_module_names, parse_file
from transpiler.project import ProjectConfig

RUNTIME_DIR = Path(runtime_shim.__file__).parent / "js"
TEMPLATES_DIR = Path(cfpy_templates.__file__).parent


@dataclass
class CompiledProject:
    modules: dict[str, ParsedModule] = field(default_factory=dict)
    durable_objects: list[str] = field(default_factory=list)


# -- parse ---------------------------------------------------------------------------


def module_file(src_root: Path, name: str) -> Path | None:
    base = src_root.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def discover_modules(entry: Path, logger: Logger) -> dict[str, ParsedModule]:
    """Parse the entry module and every local module it (transitively) imports."""
    src_root = entry.parent
    modules: dict[str, ParsedModule] = {}
    pending = [(entry.stem, entry)]
    while pending:
        name, path = pending.pop()
        if name in modules:
            continue
        parsed = parse_file(path, name, logger)
        if parsed is None:
            continue
        modules[name] = parsed
        for imported, _node in imported_module_names(parsed.module):
            found = module_file(src_root, imported)
            if found is not None and imported not in modules:
                pending.append((imported, found))
    return modules


# -- lower + emit --------------------------------------------------------------------


def project_index(modules: dict[str, ParsedModule]) -> tuple[ProjectIndex, frozenset[str]]:
    index = ProjectIndex({name: index_module(m.module) for name, m in modules.items()})
    return index, _method_names(modules.values())


def _method_names(modules: object) -> frozenset[str]:
    """Names of all methods of all project classes (their reads must bind ``self``)."""
    found: set[str] = set()

    class _Methods(cst.CSTVisitor):
        def visit_ClassDef(self, node: cst.ClassDef) -> None:
            body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
            for stmt in body:
                if isinstance(stmt, cst.FunctionDef) and not stmt.decorators:
                    if not (stmt.name.value.startswith("__") and stmt.name.value.endswith("__")):
                        found.add(stmt.name.value)
                    elif stmt.name.value == "__getattr__":
                        found.add("__getattr__")  # method calls must consult it (lower/calls.py)

    for parsed in modules:  # type: ignore[attr-defined]
        parsed.module.visit(_Methods())
    return frozenset(found)


def write_modules(
    modules: dict[str, ParsedModule], out_dir: Path, logger: Logger, main: str | None
) -> bool:
    """Lower and emit every module into ``out_dir`` (JS + source map per module)."""
    index, method_names = project_index(modules)
    outputs: dict[str, tuple[str, str]] = {}
    for name, parsed in modules.items():
        marked, table = lower_module(
            parsed, index, logger, is_main=(name == main), method_names=method_names
        )
        js_name = parsed.js_path
        emitted = emit_module(
            marked,
            table,
            source_name=_relative_source(out_dir / js_name, parsed.path),
            source_text=parsed.source,
            out_name=Path(js_name).name,
        )
        map_name = Path(js_name).name + ".map"
        code = emitted.code + f"//# sourceMappingURL={map_name}\n"
        outputs[js_name] = (code, source_map_json(emitted))
    if logger.has_errors:
        return False
    for js_name, (code, smap) in outputs.items():
        target = out_dir / js_name
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_if_changed(target, code)
        _write_if_changed(target.with_name(target.name + ".map"), smap)
    return True


def _relative_source(js_file: Path, py_file: Path) -> str:
    import os

    return Path(os.path.relpath(py_file.resolve(), js_file.parent.resolve())).as_posix()


def _write_if_changed(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.write_text(text, encoding="utf-8")


def compile_source_file(path: Path, logger: Logger) -> str | None:
    """``cfpy compile``: one module to ES module text (local imports stay imports)."""
    modules = discover_modules(path.resolve(), logger)
    if logger.has_errors:
        return None
    index, method_names = project_index(modules)
    parsed = modules[path.stem]
    marked, table = lower_module(parsed, index, logger, is_main=False, method_names=method_names)
    if logger.has_errors:
        return None
    emitted = emit_module(
        marked, table, source_name=path.name, source_text=parsed.source, out_name=path.stem + ".js"
    )
    return emitted.code


# -- templates + bundle ----------------------------------------------------------------


def render_template(name: str, **variables: object) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["tojson"] = lambda v: json.dumps(v)
    return env.get_template(name).render(**variables)


def build_project(
    config: ProjectConfig, logger: Logger, *, minify: bool = True, sourcemap: bool = True
) -> CompiledProject | None:
    """``cfpy build``: compile the project and atomically write the bundle to ``main``."""
    from transpiler.bundle import bundle, link_runtime
    from transpiler.toolchain import ensure_toolchain

    modules = discover_modules(config.entry, logger)
    if logger.has_errors:
        return None
    entry = modules[config.entry.stem]
    registration = find_registration(entry, logger)
    if registration is None or logger.has_errors:
        return None
    check_bindings(modules, entry, registration, config, logger)
    if logger.has_errors:
        return None
    build_dir = config.build_dir
    modules_dir = build_dir / "modules"
    if not write_modules(modules, modules_dir, logger, main=None):
        return None
    entry_js = build_dir / "entry.js"
    _write_if_changed(
        entry_js,
        render_template(
            "entry.js.j2",
            user_module=f"./modules/{entry.js_path}",
            durable_objects=registration.durable_objects,
        ),
    )
    toolchain = ensure_toolchain(logger)
    if toolchain is None:
        return None
    ok = bundle(
        entry_js,
        config.main,
        toolchain=toolchain,
        runtime_dir=link_runtime(build_dir, RUNTIME_DIR),
        sourcemap=sourcemap,
        minify=minify,
        logger=logger,
    )
    if not ok:
        return None
    return CompiledProject(modules, registration.durable_objects)


def run_program(path: Path, args: list[str], logger: Logger) -> int | None:
    """``cfpy run``: compile a plain Python program and run it with node."""
    from transpiler.bundle import bundle, link_runtime
    from transpiler.serve import run_node_module
    from transpiler.toolchain import ensure_toolchain

    path = path.resolve()
    modules = discover_modules(path, logger)
    if logger.has_errors:
        return None
    with tempfile.TemporaryDirectory(prefix="cfpy-run-") as tmp:
        build_dir = Path(tmp)
        if not write_modules(modules, build_dir / "modules", logger, main=path.stem):
            return None
        entry_js = build_dir / "entry.js"
        entry_js.write_text(
            'import "@cfpy/runtime/builtins/run.js";\n'
            f'import "./modules/{modules[path.stem].js_path}";\n',
            encoding="utf-8",
        )
        toolchain = ensure_toolchain(logger)
        if toolchain is None:
            return None
        out = build_dir / "program.mjs"
        if not bundle(
            entry_js,
            out,
            toolchain=toolchain,
            runtime_dir=link_runtime(build_dir, RUNTIME_DIR),
            sourcemap=True,
            minify=False,
            logger=logger,
        ):
            return None
        return run_node_module(toolchain, out, args)
