"""Registration: the ``CloudflareWorkers(...)`` calls of a module, found through the
module's imports, so that ``CloudflareWorkers(...)``, an alias (``from cloudflare_workers
import CloudflareWorkers as CW``) and a namespace (``import cloudflare_workers as cf;
cf.CloudflareWorkers(...)``) are the same registration for the check phase (which
requires exactly one in the entry module) and for the lowering (which lays it out)."""

from __future__ import annotations

import libcst as cst

from ..parse import dotted_name
from ..parse.walk import walk
from ..workers_surface import WORKERS_MODULE

REGISTRATION = "CloudflareWorkers"


def registration_calls(module: cst.Module, unimported: bool = False) -> list[cst.Call]:
    """Every call of ``cloudflare_workers.CloudflareWorkers`` in ``module``, in order;
    with ``unimported``, also calls of a bare ``CloudflareWorkers`` the module does not
    import (for the check's hint)."""
    names, namespaces = _registration_imports(module)
    if unimported:
        names.add(REGISTRATION)
    calls: list[cst.Call] = []

    class _Find(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            func = node.func
            if isinstance(func, cst.Name) and func.value in names:
                calls.append(node)
            elif (
                isinstance(func, cst.Attribute)
                and isinstance(func.value, cst.Name)
                and func.value.value in namespaces
                and func.attr.value == REGISTRATION
            ):
                calls.append(node)

    if names or namespaces:
        walk(module, _Find())
    return calls


def _registration_imports(module: cst.Module) -> tuple[set[str], set[str]]:
    """(local names bound to ``CloudflareWorkers``, local names bound to the
    ``cloudflare_workers`` module) by the module's top-level imports."""
    imported = _imported_from(module, WORKERS_MODULE)
    names = {local for local, name in imported.items() if name == REGISTRATION}
    namespaces = {local for local, name in imported.items() if name == ""}
    return names, namespaces


def _local(alias: cst.ImportAlias, default: str) -> str:
    if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
        return alias.asname.name.value
    return default


# Cloudflare's Python Workers API (`from workers import WorkerEntrypoint, DurableObject`):
# the entry module's `class Default(WorkerEntrypoint)` handles the worker's events and its
# `DurableObject` subclasses are exported under their own names.
CF_PYTHON_MODULE = "workers"
ENTRYPOINT_CLASS = "Default"


def workers_classes(module: cst.Module) -> dict[str, list[cst.ClassDef]]:
    """Top-level classes deriving from a base imported from ``workers``, by base name
    (``WorkerEntrypoint``, ``DurableObject``, ``WorkflowEntrypoint``), in order."""
    bases = _imported_from(module, CF_PYTHON_MODULE)
    found: dict[str, list[cst.ClassDef]] = {}
    for stmt in module.body:
        if not isinstance(stmt, cst.ClassDef):
            continue
        for arg in stmt.bases:
            base = arg.value
            if isinstance(base, cst.Name) and base.value in bases:
                found.setdefault(bases[base.value], []).append(stmt)
            elif (
                isinstance(base, cst.Attribute)
                and isinstance(base.value, cst.Name)
                and bases.get(base.value.value) == ""
            ):
                found.setdefault(base.attr.value, []).append(stmt)
    return found


def _imported_from(module: cst.Module, source: str) -> dict[str, str]:
    """Local name -> imported name for ``from source import ...`` (the module itself,
    ``import source``, maps to "")."""
    names: dict[str, str] = {}
    for stmt in module.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else []:
            if isinstance(small, cst.Import):
                for alias in small.names:
                    if dotted_name(alias.name) == source:
                        names[_local(alias, source)] = ""
            elif (
                isinstance(small, cst.ImportFrom)
                and small.module is not None
                and not small.relative
                and dotted_name(small.module) == source
                and not isinstance(small.names, cst.ImportStar)
            ):
                for alias in small.names:
                    imported = dotted_name(alias.name)
                    names[_local(alias, imported)] = imported
    return names
