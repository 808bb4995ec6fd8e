"""Which parameters of the registered event handlers their code never names.

The generated entry passes such a parameter None instead of its wrapper object
(``Request``, ``Env``, ``ExecutionContext``, ...), so a bundle carries no wrapper class
its worker never uses (the hello-world worker reads none of its three arguments). Nothing
can tell the difference: a parameter is reported only when its handler is a plain ``def``
of the entry module, without decorators, bound by that one top-level statement and by no
``global`` declaration, whose code never mentions the parameter's name; cfpy refuses
``locals()``/``globals()``/``vars()`` and frames, and a module's names cannot be rebound
from outside the module.
"""

from __future__ import annotations

import libcst as cst

from ..parse.walk import walk
from .binder import Scope, collect_bindings


def unused_handler_params(module: cst.Module, call: cst.Call) -> dict[str, frozenset[int]]:
    """For each event the ``CloudflareWorkers(...)`` ``call`` registers by keyword with
    the name of such a ``def``: the positions of the parameters its code never names."""
    found: dict[str, frozenset[int]] = {}
    for arg in call.args:
        if arg.keyword is None or arg.star or not isinstance(arg.value, cst.Name):
            continue
        fn = _only_binding(module, arg.value.value)
        if fn is not None:
            found[arg.keyword.value] = _unnamed_params(fn)
    return found


def _only_binding(module: cst.Module, name: str) -> cst.FunctionDef | None:
    """The undecorated ``def name`` when it is the only statement of ``module`` that binds
    ``name`` and no function declares ``global name``."""
    binders = [s for s in module.body if name in collect_bindings([s], Scope("module")).bound]
    if len(binders) != 1:
        return None
    fn = binders[0]
    if not isinstance(fn, cst.FunctionDef) or fn.decorators or fn.name.value != name:
        return None
    finder = _Names()
    walk(module, finder)
    return None if name in finder.globals_ else fn


def _unnamed_params(fn: cst.FunctionDef) -> frozenset[int]:
    """Positions of ``fn``'s plain positional parameters that no code in ``fn`` names
    (its body, nested scopes, the other parameters' defaults and annotations, the return
    annotation); none when ``fn`` takes ``*args`` or ``**kwargs``."""
    params = fn.params
    if not isinstance(params.star_arg, cst.MaybeSentinel) or params.star_kwarg is not None:
        return frozenset()
    positional = [*params.posonly_params, *params.params]
    own = {id(p.name) for p in [*positional, *params.kwonly_params]}
    finder = _Names(skip=own)
    walk(fn.params, finder)
    walk(fn.body, finder)
    if fn.returns is not None:
        walk(fn.returns, finder)
    return frozenset(i for i, p in enumerate(positional) if p.name.value not in finder.names)


class _Names(cst.CSTVisitor):
    """Every identifier mentioned (``Name`` nodes, except those in ``skip``) and every
    name declared ``global``."""

    def __init__(self, skip: frozenset[int] | set[int] = frozenset()) -> None:
        self.skip = skip
        self.names: set[str] = set()
        self.globals_: set[str] = set()

    def visit_Name(self, node: cst.Name) -> None:
        if id(node) not in self.skip:
            self.names.add(node.value)

    def visit_Global(self, node: cst.Global) -> None:
        self.globals_.update(item.name.value for item in node.names)
