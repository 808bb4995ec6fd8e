"""Check: what must hold about a worker project before it is lowered.

Finds the ``CloudflareWorkers(...)`` registration in the entry module and the Durable
Object class names it exports (string-literal keys of ``durable_objects=``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from ..analyze.registration import (
    ENTRYPOINT_CLASS,
    registration_calls,
    workers_classes,
)
from ..diagnostics import Logger
from ..parse import ParsedModule, string_value


@dataclass
class Registration:
    # the CloudflareWorkers(...) call; None for Cloudflare's own API (`entrypoint`)
    call: cst.Call | None
    durable_objects: list[str] = field(default_factory=list)
    # `class Default(WorkerEntrypoint)` (from workers import ...): its name and the events
    # it handles
    entrypoint: str | None = None
    entrypoint_events: list[str] = field(default_factory=list)


def find_registration(entry: ParsedModule, logger: Logger) -> Registration | None:
    """The single ``CloudflareWorkers(...)`` call of the entry module (CF311/CF312), or
    the ``WorkerEntrypoint`` class of Cloudflare's own Python API."""
    calls = registration_calls(entry.module)
    if not calls:
        found = _workers_entrypoint(entry)
        if found is not None:
            return found
        unimported = registration_calls(entry.module, unimported=True)
        logger.error(
            "CF311",
            "the entry module never calls `CloudflareWorkers(...)`",
            file=entry.path,
            span=entry.span(unimported[0]) if unimported else None,
            source=entry.source if unimported else None,
            hint="import it: from cloudflare_workers import CloudflareWorkers"
            if unimported
            else "register handlers: CloudflareWorkers(fetch=fetch) at module level",
        )
        return None
    if len(calls) > 1:
        logger.error(
            "CF312",
            "`CloudflareWorkers(...)` is called more than once",
            file=entry.path,
            span=entry.span(calls[1]),
            source=entry.source,
            hint="register all handlers in one call",
        )
        return None
    registration = Registration(calls[0])
    for arg in calls[0].args:
        if arg.keyword is not None and arg.keyword.value == "durable_objects":
            registration.durable_objects = _durable_object_keys(entry, arg.value, logger)
    return registration


def _workers_entrypoint(entry: ParsedModule) -> Registration | None:
    """The registration of an entry written against ``workers`` (Cloudflare's API):
    ``class Default(WorkerEntrypoint)`` and the ``DurableObject`` subclasses."""
    classes = workers_classes(entry.module)
    entrypoints = [c for c in classes.get("WorkerEntrypoint", []) if c.name.value == ENTRYPOINT_CLASS]
    objects = [c.name.value for c in classes.get("DurableObject", [])]
    if not entrypoints and not objects:
        return None
    events: list[str] = []
    if entrypoints:
        body = entrypoints[0].body.body if isinstance(entrypoints[0].body, cst.IndentedBlock) else []
        methods = {s.name.value for s in body if isinstance(s, cst.FunctionDef)}
        events = [e for e in ("fetch", "scheduled", "queue") if e in methods]
    return Registration(
        None,
        durable_objects=objects,
        entrypoint=ENTRYPOINT_CLASS if entrypoints else None,
        entrypoint_events=events,
    )


def _durable_object_keys(
    entry: ParsedModule, value: cst.BaseExpression, logger: Logger
) -> list[str]:
    if isinstance(value, cst.Name) and value.value == "None":
        return []
    if not isinstance(value, cst.Dict):
        logger.error(
            "CF310",
            "`durable_objects=` must be a dict literal",
            file=entry.path,
            span=entry.span(value),
            source=entry.source,
            hint='write durable_objects={"ClassName": ClassName}: the build exports one class per key',
        )
        return []
    keys: list[str] = []
    for el in value.elements:
        key = el.key if isinstance(el, cst.DictElement) else None
        if isinstance(key, cst.SimpleString) and isinstance(string_value(key), str):
            keys.append(string_value(key))
        else:
            logger.error(
                "CF310",
                "`durable_objects=` keys must be string literals",
                file=entry.path,
                span=entry.span(el),
                source=entry.source,
                hint="use the class_name from wrangler.toml as a string key",
            )
    return keys
