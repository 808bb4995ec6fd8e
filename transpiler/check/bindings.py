"""Build-time checks of the worker against its wrangler configuration.

- a string-literal name passed to an ``Env`` getter (``get_kv_namespace``, ``get_var``,
  ``get_d1_database``, ... : workers_surface.BINDING_KINDS) must be declared (CF320-CF322,
  CF325, with "did you mean" and the TOML to add), and as a binding of that kind (CF326);
- ``env.NAME`` must name a declared binding or variable (CF327);
- every ``durable_objects.bindings[].class_name`` needs a key in ``durable_objects=`` (CF323);
- handlers and Durable Object methods must accept what the runtime passes (CF324);
- a Durable Object class without a migration gets a warning with the TOML to paste (CF330).
"""

from __future__ import annotations

import difflib

import libcst as cst

from ..analyze.index import Signature
from ..cache import ModuleCache
from ..diagnostics import Logger
from ..parse import ParsedModule, string_value
from ..parse.walk import walk
from ..project import ProjectConfig, dev_vars
from ..workers_surface import (
    DURABLE_OBJECT_METHODS,
    ENV_METHODS,
    EVENTS,
    GETTERS,
    KINDS,
    declaration_hint,
)
from . import Registration

# handler keyword -> (positional parameters the runtime passes, their names)
_HANDLERS = {e.name: (len(e.params), ", ".join(e.params)) for e in EVENTS}


def check_bindings(
    modules: dict[str, ParsedModule],
    entry: ParsedModule,
    registration: Registration,
    config: ProjectConfig,
    logger: Logger,
    cache: ModuleCache | None = None,
) -> None:
    declared = declared_names(config)
    declared["env"] = list(_binding_kinds(config))
    for parsed in modules.values():
        names = (
            cache.get_source_fact("bindings", parsed.source, _getter_pairs)
            if cache is not None
            else None
        )
        if names is not None and all(n in declared.get(g, ()) for g, n in names):
            continue  # (a module of an earlier build: no need for its tree)
        names = _check_getters(parsed, config, logger)
        if cache is not None:
            cache.put_source_fact("bindings", parsed.source, names)
    _check_registration(entry, registration, config, logger)
    _check_migrations(entry, registration, config, logger)


def _getter_pairs(data: object) -> list[tuple[str, str]]:
    """The cached binding uses of a module: a JSON list of [getter or "env", name] pairs."""
    if not isinstance(data, list):
        raise ValueError("expected a list")
    pairs = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)):
            raise ValueError("expected [getter, name] pairs")
        pairs.append((item[0], item[1]))
    return pairs


def declared_names(config: ProjectConfig) -> dict[str, list[str]]:
    """Env getter -> the names the config declares for its kind (secrets count as vars)."""
    secrets = list(dev_vars(config.root / ".dev.vars"))
    declared: dict[str, list[str]] = {getter: [] for getter in GETTERS}
    for name, kind in config.bindings.items():
        declared[KINDS[kind].getter].append(name)
    declared["get_var"] += [s for s in secrets if s not in config.bindings]
    return declared


def _binding_kinds(config: ProjectConfig) -> dict[str, str]:
    """Every name ``env.NAME`` may read -> its kind (secrets from .dev.vars are vars)."""
    found = dict.fromkeys(dev_vars(config.root / ".dev.vars"), "var")
    found.update(config.bindings)
    return found


def _check_getters(
    parsed: ParsedModule, config: ProjectConfig, logger: Logger
) -> list[tuple[str, str]]:
    """Check the getter calls of one module; returns them as (getter, name) pairs."""
    declared = declared_names(config)
    kinds = _binding_kinds(config)
    calls: list[tuple[str, cst.SimpleString]] = []
    reads: list[cst.Name] = []

    class _Find(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            func = node.func
            if isinstance(func, cst.Attribute) and func.attr.value in GETTERS and node.args:
                arg = node.args[0].value
                if isinstance(arg, cst.SimpleString) and isinstance(string_value(arg), str):
                    calls.append((func.attr.value, arg))

        def visit_Attribute(self, node: cst.Attribute) -> None:
            if _is_env(node.value) and _is_binding_name(node.attr.value):
                reads.append(node.attr)

    walk(parsed.module, _Find())
    for getter, arg in calls:
        name = string_value(arg)
        assert isinstance(name, str)
        if name in declared[getter]:
            continue
        if name in kinds:
            _wrong_kind(parsed, arg, name, getter, kinds[name], config, logger)
            continue
        kind = GETTERS[getter]
        close = difflib.get_close_matches(name, declared[getter], n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        logger.error(
            kind.code,
            f"{kind.what} `{name}` is not declared in {config.config_path.name}",
            file=parsed.path,
            span=parsed.span(arg),
            source=parsed.source,
            hint=hint + declaration_hint(GETTERS[getter], name, config.config_path.name),
        )
    for attr in reads:
        if attr.value not in kinds:
            _undeclared_attribute(parsed, attr, kinds, config, logger)
    return [(getter, str(string_value(arg))) for getter, arg in calls] + [
        ("env", attr.value) for attr in reads
    ]


def _is_env(node: cst.BaseExpression) -> bool:
    """Is this the worker's Env as code usually names it: ``env`` or ``<x>.env``?"""
    if isinstance(node, cst.Name):
        return node.value == "env"
    return isinstance(node, cst.Attribute) and node.attr.value == "env"


def _is_binding_name(name: str) -> bool:
    """Is ``env.NAME`` surely a binding read? Binding names are upper-case by convention;
    an undeclared lower-case name may be another object called ``env`` (``env.items()``)
    and is left to the runtime, whose AttributeError names it."""
    return name not in ENV_METHODS and not any(c.islower() for c in name)


def _wrong_kind(
    parsed: ParsedModule,
    arg: cst.SimpleString,
    name: str,
    getter: str,
    declared_kind: str,
    config: ProjectConfig,
    logger: Logger,
) -> None:
    wanted, actual = GETTERS[getter], KINDS[declared_kind]
    logger.error(
        "CF326",
        f"`{name}` is declared in {config.config_path.name} as {_a(actual.what)}, "
        f"not {_a(wanted.what)}",
        file=parsed.path,
        span=parsed.span(arg),
        source=parsed.source,
        hint=f'use env.{actual.getter}("{name}") (or env.{name})',
    )


def _a(what: str) -> str:
    """``what`` with its article ("an R2 bucket", "a D1 database")."""
    return f"{'an' if what[0] in 'AEIOaeioR' else 'a'} {what}"


def _undeclared_attribute(
    parsed: ParsedModule,
    attr: cst.Name,
    kinds: dict[str, str],
    config: ProjectConfig,
    logger: Logger,
) -> None:
    close = difflib.get_close_matches(attr.value, list(kinds), n=1)
    hint = f"did you mean env.{close[0]}? " if close else ""
    logger.error(
        "CF327",
        f"`env.{attr.value}`: no binding or variable `{attr.value}` is declared in "
        f"{config.config_path.name}",
        file=parsed.path,
        span=parsed.span(attr),
        source=parsed.source,
        hint=hint + "declare it as a binding (kv_namespaces, d1_databases, r2_buckets, "
        "queues.producers, durable_objects.bindings, ...) or under [vars]",
    )


def _check_registration(
    entry: ParsedModule, registration: Registration, config: ProjectConfig, logger: Logger
) -> None:
    call = registration.call
    if call is None:
        return  # Cloudflare's own API: classes, no registration call (check/__init__.py)
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
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value in DURABLE_OBJECT_METHODS:
            method = DURABLE_OBJECT_METHODS[stmt.name.value]
            low, high, expected = method.low, method.high, method.expected
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
