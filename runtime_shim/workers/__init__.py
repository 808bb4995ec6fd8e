"""Cloudflare's own Python Workers API (the ``workers`` module of Pyodide workers), as
``cfpy build`` compiles it: code written for Cloudflare's Python Workers builds unchanged.

This module is the typed face of the API for editors and type checkers; it never runs.
``self.env`` and ``self.ctx`` are the native JavaScript objects, so bindings keep
Cloudflare's camelCase method names (``await self.env.KV.get(key)``,
``self.env.COUNTER.idFromName(name)``); they are typed ``Any``.
``Request``, ``Response``, ``Headers`` and ``fetch`` are those of ``cloudflare_workers``.
"""

from __future__ import annotations

from typing import Any

from cloudflare_workers import Headers, Request, Response, fetch

__all__ = [
    "DurableObject",
    "Headers",
    "Request",
    "Response",
    "WorkerEntrypoint",
    "WorkflowEntrypoint",
    "fetch",
]


class WorkerEntrypoint:
    """Subclass it as ``class Default(WorkerEntrypoint)`` in the entry module: its
    ``fetch(self, request)``, ``scheduled(self, controller, env, ctx)`` and
    ``queue(self, batch, env, ctx)`` methods handle the worker's events."""

    ctx: Any
    env: Any

    def __init__(self, ctx: Any = None, env: Any = None) -> None:
        self.ctx = ctx
        self.env = env


class DurableObject:
    """Base class of Durable Objects: ``self.ctx`` (``self.ctx.storage``, ...) and
    ``self.env``; public methods are callable over RPC from a stub."""

    ctx: Any
    env: Any

    def __init__(self, ctx: Any = None, env: Any = None) -> None:
        self.ctx = ctx
        self.env = env


class WorkflowEntrypoint:
    """Base class of Workflows (``self.ctx``, ``self.env``)."""

    ctx: Any
    env: Any

    def __init__(self, ctx: Any = None, env: Any = None) -> None:
        self.ctx = ctx
        self.env = env
