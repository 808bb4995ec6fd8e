"""Build-time checks of the worker against its wrangler configuration.

- a string-literal name passed to ``get_kv_namespace``, ``get_durable_object_namespace`` or
  ``get_var`` must be declared (CF320-CF322, with "did you mean" and the TOML to add);
- every ``durable_objects.bindings[].class_name`` needs a key in ``durable_objects=`` (CF323);
- handlers and Durable Object methods must accept what the runtime passes (CF324);
- a Durable Object class without a migration gets a warning with the TOML to paste (CF330).
"""

from __future__ import annotations

import difflib

import libcst as cst

from transpiler.analyze.index import Signature
from transpiler.cache import ModuleCache
from transpiler.check import Registration
from transpiler.diagnostics import Logger
from transpiler.parse import ParsedModule, string_value
from transpiler.parse.walk import walk
from transpiler.project import ProjectConfig, dev_vars

_GETTERS = {
    "get_kv_namespace": ("KV namespace", "CF320"),
    "get_durable_object_namespace": ("Durable Object namespace", "CF321"),
    "get_var": ("variable", "CF322"),
}
# handler keyword -> (positional parameters the runtime passes, their names)
_HANDLERS = {
    "fetch": (3, "request, env, ctx"),
    "scheduled": (3, "event, env, ctx"),
    "email": (3, "message, env, ctx"),
    "queue": (3, "batch, env, ctx"),
}
# Durable Object method -> allowed positional parameter counts after self
_DO_METHODS = {"fetch": (1, 2), "alarm": (0, 1)}


def check_bindings(
    modules: dict[str, ParsedModule],
    entry: ParsedModule,
    registration: Registration,
    config: ProjectConfig,
    logger: Logger,
    cache: ModuleCache | None = None,
) -> None:
    declared = declared_names(config)
    for parsed in modules.values():
        names = (
            cache.get_source_fact("getters", parsed.source, _getter_pairs)
            if cache is not None
            else None
        )
        if names is not None and all(n in declared.get(g, ()) for g, n in names):
            continue  # (a module of an earlier build: no need for its tree)
        names = _check_getters(parsed, config, logger)
        if cache is not None:
            cache.put_source_fact("getters", parsed.source, names)
    _check_registration(entry, registration, config, logger)
    _check_migrations(entry, registration, config, logger)


def _getter_pairs(data: object) -> list[tuple[str, str]]:
    """The cached getter calls of a module: a JSON list of [getter, name] string pairs."""
    if not isinstance(data, list):
        raise ValueError("expected a list")
    pairs = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise ValueError("expected [getter, name] pairs")
        pairs.append((item[0], item[1]))
    return pairs


def declared_names(config: ProjectConfig) -> dict[str, list[str]]:
    secrets = list(dev_vars(config.root / ".dev.vars"))
    return {
        "get_kv_namespace": list(config.kv_namespaces),
        "get_durable_object_namespace": [b.name for b in config.durable_objects],
        "get_var": list(config.vars) + secrets,
    }


def _check_getters(
    parsed: ParsedModule, config: ProjectConfig, logger: Logger
) -> list[tuple[str, str]]:
    """Check the getter calls of one module; returns them as (getter, name) pairs."""
    declared = declared_names(config)
    calls: list[tuple[str, cst.SimpleString]] = []

    class _Find(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            func = node.func
            if isinstance(func, cst.Attribute) and func.attr.value in _GETTERS and node.args:
                arg = node.args[0].value
                if isinstance(arg, cst.SimpleString) and isinstance(string_value(arg), str):
                    calls.append((func.attr.value, arg))

    walk(parsed.module, _Find())
    for getter, arg in calls:
        name = string_value(arg)
        assert isinstance(name, str)
        if name in declared[getter]:
            continue
        what, code = _GETTERS[getter]
        close = difflib.get_close_matches(name, declared[getter], n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        logger.error(
            code,
            f"{what} `{name}` is not declared in {config.config_path.name}",
            file=parsed.path,
            span=parsed.span(arg),
            source=parsed.source,
            hint=hint + _declaration_hint(getter, name, config),
        )
    return [(getter, str(string_value(arg))) for getter, arg in calls]


def _declaration_hint(getter: str, name: str, config: ProjectConfig) -> str:
    file = config.config_path.name
    toml = config.config_path.suffix == ".toml"
    if getter == "get_kv_namespace":
        # An array-of-tables header is valid wherever it is pasted (an inline
        # `kv_namespaces = [...]` appended after [vars] would land inside [vars]); no id:
        # `wrangler deploy` creates the namespace and writes its id (wrangler >= 4.45).
        return (
            f'add to {file} (anywhere, e.g. at the end):\n\n[[kv_namespaces]]\nbinding = "{name}"\n\n'
            "`wrangler deploy` creates the namespace and writes its id; "
            'to bind an existing one add id = "..."'
            if toml
            else f'add {{"binding": "{name}"}} to "kv_namespaces" in {file} '
            '(`wrangler deploy` creates the namespace; add "id" to bind an existing one)'
        )
    if getter == "get_durable_object_namespace":
        return (
            f'add to {file} (anywhere, e.g. at the end):\n\n[[durable_objects.bindings]]\n'
            f'name = "{name}"\nclass_name = "<YourClass>"\n'
            if toml
            else f'add {{"name": "{name}", "class_name": "<YourClass>"}} to "durable_objects.bindings" in {file}'
        )
    return (
        f'add to {file} under [vars]: {name} = "..." (or put secrets in .dev.vars)'
        if toml
        else f'add "{name}" to "vars" in {file} (or put secrets in .dev.vars)'
    )


def _check_registration(
    entry: ParsedModule, registration: Registration, config: ProjectConfig, logger: Logger
) -> None:
    call = registration.call
    for binding in config.durable_objects:
        if binding.class_name not in registration.durable_objects:
            logger.error(
                "CF323",
                f"Durable Object class `{binding.class_name}` (binding {binding.name} in "
                f"{config.config_path.name}) has no key in `durable_objects=`",
                file=entry.path,
                span=entry.span(call),
                source=entry.source,
                hint=_class_name_hint(binding.class_name, registration.durable_objects, config),
            )
    defs = _module_defs(entry.module)
    for arg in call.args:
        if arg.keyword is None:
            continue
        key = arg.keyword.value
        if key in _HANDLERS and isinstance(arg.value, cst.Name) and arg.value.value in defs:
            fn = defs[arg.value.value]
            if isinstance(fn, cst.FunctionDef):
                count, params = _HANDLERS[key]
                expected = f"{fn.name.value}({params})"
                sig = Signature.of(fn.params)
                _check_arity(entry, fn, sig, count, count, f"the `{key}` handler", expected, logger)
        if key == "durable_objects" and isinstance(arg.value, cst.Dict):
            for el in arg.value.elements:
                cls_name = _class_name_of(el.value) if isinstance(el, cst.DictElement) else None
                cls = defs.get(cls_name) if cls_name else None
                if isinstance(cls, cst.ClassDef):
                    _check_do_methods(entry, cls, logger)


def _class_name_hint(class_name: str, registered: list[str], config: ProjectConfig) -> str:
    """A typo in `class_name` gets "did you mean"; otherwise how to register the class."""
    close = difflib.get_close_matches(class_name, registered, n=1)
    if close:
        return (
            f"did you mean {close[0]}? class_name = \"{class_name}\" in "
            f"{config.config_path.name} must be a key of durable_objects="
        )
    return f'pass durable_objects={{"{class_name}": {class_name}}}'


def _class_name_of(value: cst.BaseExpression) -> str | None:
    if isinstance(value, cst.Name):
        return value.value
    if (
        isinstance(value, cst.Lambda)
        and isinstance(value.body, cst.Call)
        and isinstance(value.body.func, cst.Name)
    ):
        return value.body.func.value
    return None


def _check_do_methods(entry: ParsedModule, cls: cst.ClassDef, logger: Logger) -> None:
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else []
    for stmt in body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value in _DO_METHODS:
            low, high = _DO_METHODS[stmt.name.value]
            expected = (
                "fetch(self, request) or fetch(self, request, env)"
                if stmt.name.value == "fetch"
                else "alarm(self)"
            )
            sig = Signature.of(stmt.params, drop_first=True)
            _check_arity(
                entry,
                stmt,
                sig,
                low,
                high,
                f"`{cls.name.value}.{stmt.name.value}`",
                expected,
                logger,
            )


def _check_arity(
    entry: ParsedModule,
    fn: cst.FunctionDef,
    sig: Signature,
    low: int,
    high: int,
    what: str,
    expected: str,
    logger: Logger,
) -> None:
    takes_max = len(sig.positional)
    accepts = sig.vararg or takes_max >= low
    too_demanding = sig.required > high or bool(sig.kwonly_required)
    if accepts and not too_demanding:
        return
    logger.error(
        "CF324",
        f"{what} takes {sig.required if too_demanding else takes_max} positional parameter"
        f"{'s' if (sig.required if too_demanding else takes_max) != 1 else ''}, "
        f"but the runtime calls it with {low if low == high else f'{low} or {high}'}",
        file=entry.path,
        span=entry.span(fn.params) or entry.span(fn),
        source=entry.source,
        hint=f"declare it as {expected}",
    )


def _module_defs(module: cst.Module) -> dict[str, cst.FunctionDef | cst.ClassDef]:
    return {s.name.value: s for s in module.body if isinstance(s, cst.FunctionDef | cst.ClassDef)}


def _check_migrations(
    entry: ParsedModule, registration: Registration, config: ProjectConfig, logger: Logger
) -> None:
    bound = {b.class_name for b in config.durable_objects}
    missing = [
        c for c in registration.durable_objects if c in bound and c not in config.migrated_classes
    ]
    if not missing:
        return
    tag = f"v{len(config.raw.get('migrations', [])) + 1}"
    classes = ", ".join(f'"{c}"' for c in missing)
    logger.warning(
        "CF330",
        f"Durable Object class{'es' if len(missing) > 1 else ''} {', '.join(missing)} "
        f"{'have' if len(missing) > 1 else 'has'} no migration in {config.config_path.name}; "
        "wrangler deploy will refuse it",
        file=config.config_path,
        hint=f'paste into {config.config_path.name}:\n\n[[migrations]]\ntag = "{tag}"\nnew_sqlite_classes = [{classes}]\n',
    )
