"""The build pipeline: parse -> check -> lower -> emit -> entry template -> bundle.

Each public function here runs the phases for one CLI command and returns ``False``/``None``
once a phase has logged an error; the CLI prints the logger.  Nothing is written to the
bundle path unless every phase succeeded (the bundler renames atomically).
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import libcst as cst

from . import names as N
from . import runtime_shim, templates
from .analyze import mentions
from .analyze.handlers import unused_handler_params
from .analyze.index import ProjectIndex, index_module
from .cache import (
    BuildInputs,
    ModuleCache,
    build_options,
    digest_of,
    module_key,
    remove_stamp,
    strings,
    up_to_date,
    write_stamp,
)
from .check import Registration, find_registration
from .check.awaits import check_awaits
from .check.bindings import check_bindings
from .deep import deep
from .diagnostics import Logger, Span
from .emit import emit_module, source_map_json
from .lower.module import lower_module
from .parse import (
    ParsedModule,
    imported_module_names,
    parse_file,
    read_source,
)
from .project import ProjectConfig
from .stdlib_source import stdlib_file
from .workers_surface import (
    ANY_ATTRIBUTE,
    BINDING_KINDS,
    EVENT_NAMES,
    EVENTS,
    VALUE_TYPES,
    WORKERS_EXTENSIONS,
    BindingKind,
)

RUNTIME_DIR = Path(runtime_shim.__file__).parent / "js"
TEMPLATES_DIR = Path(templates.__file__).parent


@dataclass
class CompiledProject:
    modules: dict[str, ParsedModule] = field(default_factory=dict)  # empty when cached
    durable_objects: list[str] = field(default_factory=list)
    module_count: int = 0
    cached: bool = False  # the bundle was up to date: nothing was compiled or bundled


# -- parse ---------------------------------------------------------------------------


def _explain_missing_registration(
    modules: dict[str, ParsedModule],
    entry: ParsedModule,
    logger: Logger,
    cache: ModuleCache | None,
) -> None:
    """A missing ``CloudflareWorkers(...)`` (CF311) is often a symptom: an entry written
    for another API (``from workers import ...``) fails to import first. The entry's own
    errors then replace CF311, so the real cause is what the user reads."""
    if [d.code for d in logger.errors] != ["CF311"]:
        return
    probe = Logger()
    index, method_names = project_index(modules, cache)
    lower_module(entry, index, probe, is_main=False, method_names=method_names)
    if probe.has_errors:
        logger.diagnostics[:] = [d for d in logger.diagnostics if d.code != "CF311"]
        for diag in probe.diagnostics:
            logger.add(diag)


def module_file(src_root: Path, name: str, inputs: BuildInputs | None = None) -> Path | None:
    """The file of local module ``name``; ``inputs`` records the candidates found absent
    (creating one of them later changes what the import means)."""
    base = src_root.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        # a symlink loop counts as found: reading it reports the loop (CF200)
        if candidate.is_file() or candidate.is_symlink():
            return candidate
        if inputs is not None:
            inputs.add_absent(candidate)
    return None


def discover_modules(
    entry: Path,
    logger: Logger,
    inputs: BuildInputs | None = None,
    cache: ModuleCache | None = None,
) -> dict[str, ParsedModule]:
    """Parse the entry module and every local module it (transitively) imports. With a
    ``cache``, a module whose source parsed before is not parsed again until its tree
    is needed (its imports come from the cache)."""
    src_root = entry.parent
    modules: dict[str, ParsedModule] = {}
    pending = [(entry.stem, entry, False)]
    while pending:
        name, path, stdlib = pending.pop()
        if name in modules:
            continue
        parsed, imports = _parse_cached(path, name, logger, cache)
        if parsed is None:
            continue
        parsed.stdlib = stdlib
        if inputs is not None:
            inputs.add_source(path, parsed.source)
        modules[name] = parsed
        for imported in imports:
            # A local module shadows the standard library's, as sys.path[0] does.
            found = module_file(src_root, imported, inputs)
            from_stdlib = found is None
            if found is None:
                found = stdlib_file(imported)
            if found is not None and imported not in modules:
                pending.append((imported, found, from_stdlib))
    return modules


def _parse_cached(
    path: Path, name: str, logger: Logger, cache: ModuleCache | None
) -> tuple[ParsedModule | None, list[str]]:
    """The module at ``path`` and the local-looking modules it imports."""
    if cache is not None:
        try:
            source = read_source(path)
        except (OSError, ValueError):
            source = None
        imports = cache.get_source_fact("imports", source, strings) if source is not None else None
        if imports is not None:
            return ParsedModule(name, path, source), imports  # type: ignore[arg-type]
    parsed = parse_file(path, name, logger)
    if parsed is None:
        return None, []
    imports = [imported for imported, _node in imported_module_names(parsed.module)]
    if cache is not None:
        cache.put_source_fact("imports", parsed.source, imports)
    return parsed, imports


# -- lower + emit --------------------------------------------------------------------


def project_index(
    modules: dict[str, ParsedModule], cache: ModuleCache | None = None
) -> tuple[ProjectIndex, frozenset[str]]:
    """The project index and the names of all methods of all project classes (their
    reads must bind ``self``). Both depend on each module's own source only, so with a
    ``cache`` they are computed once per module version."""
    index, method_names, _ = project_facts(modules, cache)
    return index, method_names


def project_facts(
    modules: dict[str, ParsedModule], cache: ModuleCache | None = None
) -> tuple[ProjectIndex, frozenset[str], frozenset[str]]:
    """``project_index`` plus the attribute names the project's code mentions (see
    ``analyze.mentions.attribute_names``)."""
    index = ProjectIndex()
    method_names: set[str] = set()
    attribute_names: set[str] = set()
    for name, parsed in modules.items():
        facts = cache.get_facts(parsed.source) if cache is not None else None
        if facts is None:
            facts = (
                index_module(parsed.module),
                mentions.method_names(parsed.module),
                mentions.attribute_names(parsed.module),
            )
            if cache is not None:
                cache.put_facts(parsed.source, facts)
        index.modules[name] = facts[0]
        if parsed.stdlib:
            index.stdlib.add(name)
        method_names.update(facts[1])
        attribute_names.update(facts[2])
    return index, frozenset(method_names), frozenset(attribute_names)


def write_modules(
    modules: dict[str, ParsedModule],
    out_dir: Path,
    logger: Logger,
    main: str | None,
    cache: ModuleCache | None = None,
    facts: tuple[ProjectIndex, frozenset[str]] | None = None,
) -> bool:
    """Lower and emit every module into ``out_dir`` (JS + source map per module). With a
    ``cache``, a module whose key (see transpiler/cache.py) is cached is not lowered."""
    index, method_names = facts if facts is not None else project_index(modules, cache)
    context = digest_of({"index": index, "method_names": method_names}) if cache else None
    outputs: dict[str, tuple[str, str]] = {}
    for name, parsed in modules.items():
        js_name = parsed.js_path
        source_name = _relative_source(out_dir / js_name, parsed.path)
        key = None
        if cache is not None:
            key = module_key(
                name=name,
                source=parsed.source,
                js_path=js_name,
                source_name=source_name,
                is_main=(name == main),
                context=context,
            )
            hit = cache.get(key)
            if hit is not None:
                outputs[js_name] = hit
                continue
        own = Logger() if parsed.stdlib else logger
        before = len(own.diagnostics)
        outputs[js_name] = _compile_module(parsed, index, method_names, name == main, source_name, own)
        if parsed.stdlib and own.has_errors:
            _report_stdlib_failure(modules, parsed, own, logger)
        elif key is not None and cache is not None and len(own.diagnostics) == before:
            cache.put(key, *outputs[js_name])  # a module that logged nothing
    if logger.has_errors:
        return False
    for js_name, (code, smap) in outputs.items():
        target = out_dir / js_name
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_if_changed(target, code)
        _write_if_changed(target.with_name(target.name + ".map"), smap)
    return True


def _report_stdlib_failure(
    modules: dict[str, ParsedModule], failed: ParsedModule, own: Logger, logger: Logger
) -> None:
    """CF210 at each project import that leads to compiled-stdlib module ``failed``,
    which used a construct cfpy cannot compile yet (the user cannot edit CPython's
    source, so the error belongs at their import line; the first cause is named)."""
    first = own.errors[0]
    where = f"{failed.path.name}:{first.span.line}" if first.span else failed.path.name
    reaches = _stdlib_reach(modules)
    reported = False
    for parsed in modules.values():
        if parsed.stdlib:
            continue
        for imported, node in imported_module_names(parsed.module):
            if failed.name not in reaches.get(imported, ()):
                continue
            start = parsed.start(node) or (1, 0)
            via = "" if imported == failed.name else f" (through `{imported}`)"
            logger.error(
                "CF210",
                f"`{failed.name}`{via} uses {_construct(first.message)}, "
                "which cfpy cannot compile yet",
                file=parsed.path,
                span=Span(start[0], start[1], start[0], start[1] + 1),
                source=parsed.source,
                hint=f"cfpy compiles `{failed.name}` from CPython's source; at {where}: "
                f"{first.code} {first.message}",
            )
            reported = True
    if not reported:  # (cannot happen: a stdlib module is only compiled when imported)
        for diag in own.diagnostics:
            logger.add(diag)


def _construct(message: str) -> str:
    """``message`` of a CF101 ("X is not supported by cfpy yet") as the construct X."""
    for tail in (" is not supported by cfpy yet", " are not supported by cfpy yet"):
        if message.endswith(tail):
            return message[: -len(tail)]
    return f"code cfpy refuses ({message})"


def _stdlib_reach(modules: dict[str, ParsedModule]) -> dict[str, set[str]]:
    """For each compiled-stdlib module, itself and the stdlib modules it imports,
    transitively."""
    direct = {
        name: {imported for imported, _ in imported_module_names(parsed.module)}
        for name, parsed in modules.items()
        if parsed.stdlib
    }
    reach: dict[str, set[str]] = {}
    for name in direct:
        seen, todo = {name}, [name]
        while todo:
            for imported in direct.get(todo.pop(), ()):
                if imported in direct and imported not in seen:
                    seen.add(imported)
                    todo.append(imported)
        reach[name] = seen
    return reach


def _compile_module(
    parsed: ParsedModule,
    index: ProjectIndex,
    method_names: frozenset[str],
    is_main: bool,
    source_name: str,
    logger: Logger,
) -> tuple[str, str]:
    """Lower and emit one module: (JS text, source map JSON)."""
    check_awaits(parsed, logger)
    marked, table = lower_module(
        parsed, index, logger, is_main=is_main, method_names=method_names
    )
    js_name = parsed.js_path
    emitted = emit_module(
        marked,
        table,
        source_name=source_name,
        source_text=parsed.source,
        out_name=Path(js_name).name,
    )
    map_name = Path(js_name).name + ".map"
    code = emitted.code + f"//# sourceMappingURL={map_name}\n"
    return code, source_map_json(emitted)


def _relative_source(js_file: Path, py_file: Path) -> str:
    import os

    return Path(os.path.relpath(py_file.resolve(), js_file.parent.resolve())).as_posix()


def _write_if_changed(path: Path, text: str) -> None:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.write_text(text, encoding="utf-8")


@deep
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


def registered_handlers(registration: Registration) -> set[str]:
    """The events the ``CloudflareWorkers(...)`` call passes a handler for (every event
    when the call spreads ``*args``/``**kwargs``); a literal ``None`` is no handler."""
    if registration.call is None:
        return set(registration.entrypoint_events)
    found: set[str] = set()
    for arg in registration.call.args:
        if arg.keyword is None:
            return set(EVENT_NAMES)
        name = arg.keyword.value
        if name in EVENT_NAMES and not (isinstance(arg.value, cst.Name) and arg.value.value == "None"):
            found.add(name)
    return found


def binding_kinds(config: ProjectConfig) -> list[BindingKind]:
    """The binding kinds whose Env wrappers the entry installs: those the config
    declares (workers_surface.BINDING_KINDS)."""
    declared = set(config.bindings.values())
    return [k for k in BINDING_KINDS if k.kind in declared and k.wrapper]


def _wrapped_kinds() -> set[str]:
    return {k.kind for k in BINDING_KINDS if k.wrapper}


def workers_extensions(attribute_names: frozenset[str]) -> list[str]:
    """The workers members (workers/members.js exports) the entry installs."""
    if ANY_ATTRIBUTE in attribute_names:
        wanted = set(WORKERS_EXTENSIONS)
    else:
        wanted = attribute_names & set(WORKERS_EXTENSIONS)
    return sorted({member for name in wanted for member in WORKERS_EXTENSIONS[name]})


def value_types_for(runtime_files: set[str]) -> list[str]:
    """The value types the entry hands to workers/values.js: those whose class the
    bundle contains anyway (none when it has no values.js)."""
    if "workers/values.js" not in runtime_files:
        return []
    return [name for name, (path, _) in VALUE_TYPES.items() if path in runtime_files]


def render_entry(
    js_path: str,
    registration: Registration,
    config: ProjectConfig,
    attribute_names: frozenset[str] = frozenset({ANY_ATTRIBUTE}),
    value_types: Iterable[str] = (),
    entry_module: cst.Module | None = None,
) -> str:
    """The generated entry module: imports only the handlers, Env wrappers, workers
    members and Durable Object glue this worker uses, so the bundler can drop the rest
    of the shim. ``value_types``: see ``value_types_for``; a queue consumer that reads
    message bodies gets every type (a producer may send anything). With the entry's
    ``entry_module``, a handler parameter its code never names gets None instead of a
    wrapped argument (analyze/handlers.py)."""
    types = set(value_types)
    if registration.call is None:
        return render_template(
            "entry_workers.js.j2",
            user_module=f"./modules/{js_path}",
            entrypoint=registration.entrypoint,
            durable_objects=registration.durable_objects,
            extensions=workers_extensions(attribute_names),
            value_types=[(name, *VALUE_TYPES[name]) for name in VALUE_TYPES if name in types],
        )
    handlers = registered_handlers(registration)
    if "queue" in handlers and ({"body", ANY_ATTRIBUTE} & attribute_names):
        types = set(VALUE_TYPES)
    unused = unused_handler_params(entry_module, registration.call) if entry_module else {}
    handler_args = {
        e.name: [None if i in unused.get(e.name, ()) else w for i, w in enumerate(e.wrappers)]
        for e in EVENTS
        if e.name in handlers
    }
    return render_template(
        "entry.js.j2",
        user_module=f"./modules/{js_path}",
        durable_objects=registration.durable_objects,
        events=EVENT_NAMES,
        handlers=handlers,
        handler_imports=[e.runtime_handler for e in EVENTS if e.name in handlers],
        handler_args=handler_args,
        wrapper_imports=sorted({w for args in handler_args.values() for w in args if w}),
        binding_kinds=binding_kinds(config),
        binding_names={n: k for n, k in config.bindings.items() if k in _wrapped_kinds()},
        extensions=workers_extensions(attribute_names),
        value_types=[(name, *VALUE_TYPES[name]) for name in VALUE_TYPES if name in types],
    )


@deep
def build_project(
    config: ProjectConfig, logger: Logger, *, minify: bool = True, sourcemap: bool = True
) -> CompiledProject | None:
    """``cfpy build``: compile the project and atomically write the bundle to ``main``.

    Returns at once when the build stamp shows that no input changed since the last clean
    build (see transpiler/cache.py); otherwise modules whose cache key is unchanged are
    taken from the module cache instead of being lowered again."""
    build_dir = config.build_dir
    options = build_options(config.root, config.entry, config.main, minify, sourcemap)
    count = up_to_date(build_dir, options, config.main)
    if count is not None:
        return CompiledProject(module_count=count, cached=True)
    inputs = BuildInputs(options)
    return _build(config, logger, minify, sourcemap, inputs)


def _build(
    config: ProjectConfig, logger: Logger, minify: bool, sourcemap: bool, inputs: BuildInputs
) -> CompiledProject | None:
    from .bundle import bundle, link_runtime
    from .toolchain import ensure_toolchain

    build_dir = config.build_dir
    cache = ModuleCache(build_dir)
    modules = discover_modules(config.entry, logger, inputs, cache)
    if logger.has_errors:
        return None
    entry = modules[config.entry.stem]
    registration = find_registration(entry, logger)
    if registration is None:
        _explain_missing_registration(modules, entry, logger, cache)
        return None
    if logger.has_errors:
        return None
    check_bindings(modules, entry, registration, config, logger, cache)
    if logger.has_errors:
        return None
    modules_dir = build_dir / "modules"
    index, method_names, attribute_names = project_facts(modules, cache)
    if not write_modules(
        modules, modules_dir, logger, main=None, cache=cache, facts=(index, method_names)
    ):
        return None
    cache.prune()
    entry_js = build_dir / "entry.js"
    _write_if_changed(
        entry_js,
        render_entry(entry.js_path, registration, config, attribute_names, (), entry.module),
    )

    def refine(runtime_files: set[str]) -> bool:
        # Second pass: hand workers/values.js the value types the bundle contains.
        types = value_types_for(runtime_files)
        if not types:
            return False
        _write_if_changed(
            entry_js,
            render_entry(
                entry.js_path, registration, config, attribute_names, types, entry.module
            ),
        )
        return True

    toolchain = ensure_toolchain(logger)
    if toolchain is None:
        return None
    inputs.esbuild = str(toolchain.esbuild)
    with _stamp_lock(build_dir):
        # The stamp written after this build must describe this bundle: a concurrent
        # build may not replace the bundle between our rename and our stamp.
        remove_stamp(build_dir)
        ok = bundle(
            entry_js,
            config.main,
            toolchain=toolchain,
            runtime_dir=link_runtime(build_dir, RUNTIME_DIR),
            sourcemap=sourcemap,
            minify=minify,
            logger=logger,
            refine=refine,
        )
        if ok and not logger.diagnostics:  # a build with warnings shows them every time
            inputs.modules = len(modules)
            write_stamp(build_dir, inputs, config.main, sourcemap)
    if not ok:
        return None
    return CompiledProject(modules, registration.durable_objects, module_count=len(modules))


@contextmanager
def _stamp_lock(build_dir: Path) -> Iterator[None]:
    """Serialise "bundle, then write the stamp" between concurrent builds."""
    build_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(build_dir / ".stamp.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@deep
def _compile_program(path: Path, build_dir: Path, logger: Logger) -> dict[str, ParsedModule] | None:
    """Compile the program at ``path`` and its local modules into ``build_dir/modules``."""
    modules = discover_modules(path, logger)
    if logger.has_errors:
        return None
    if not write_modules(modules, build_dir / "modules", logger, main=path.stem):
        return None
    return modules


def run_program(path: Path, args: list[str], logger: Logger) -> int | None:
    """``cfpy run``: compile a plain Python program and run it with node."""
    from .bundle import bundle, link_runtime
    from .serve import run_node_module
    from .toolchain import ensure_toolchain

    try:
        path = path.resolve()
    except (OSError, RuntimeError):  # 3.11: RuntimeError("Symlink loop from ...")
        logger.error("CF200", f"cannot read {path}: it is a symbolic link loop", file=path)
        return None
    with tempfile.TemporaryDirectory(prefix="cfpy-run-") as tmp:
        build_dir = Path(tmp)
        modules = _compile_program(path, build_dir, logger)
        if modules is None:
            return None
        entry_js = build_dir / "entry.js"
        entry_js.write_text(
            f'import "{N.RUNTIME_RUN}";\n'
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
