"""Signatures of the ``cloudflare_workers`` constructors, read from the typed API.

A call such as ``CloudflareWorkers(fetch=fetch)`` or ``Response(body, status=404)`` is
laid out at compile time (``new Response(body, 404)``) instead of going through the
generic keyword call (``$call``), which would pull the whole call machinery (dicts,
hashing, repr) into every bundle. Only constructors whose JS ``__init__`` takes the
stub's parameters in the stub's order are listed (tests/compiler/test_bundle_contents.py
checks them against the runtime's ``sigs(...)`` specs).
"""

from __future__ import annotations

import inspect
from functools import cache

import cloudflare_workers as _api

from ..analyze.index import Signature
from ..workers_surface import LAID_OUT_CONSTRUCTORS


@cache
def constructor_signature(name: str) -> Signature | None:
    """The Python signature of ``cloudflare_workers.<name>(...)`` (without ``self``)."""
    if name not in LAID_OUT_CONSTRUCTORS:
        return None
    params = list(inspect.signature(getattr(_api, name).__init__).parameters.values())[1:]
    positional = [
        p
        for p in params
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    kwonly = [p for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY]
    return Signature(
        positional=tuple(p.name for p in positional),
        posonly=sum(1 for p in positional if p.kind is inspect.Parameter.POSITIONAL_ONLY),
        required=sum(1 for p in positional if p.default is inspect.Parameter.empty),
        vararg=any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params),
        kwonly=tuple(p.name for p in kwonly),
        kwonly_required=frozenset(p.name for p in kwonly if p.default is inspect.Parameter.empty),
        varkw=any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params),
    )
