"""Lowering context: per-module and per-function state shared by every lowering rule.

Holds what a rule needs besides the node itself: the module being lowered, the project
index, the runtime names the module imports, temporaries, the stack of function scopes
(for name resolution), loop labels and the exception variable of the innermost handler.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import libcst as cst

from ..analyze.binder import Scope
from ..analyze.flow import UnboundInfo
from ..analyze.index import ProjectIndex, Signature, Symbol
from ..diagnostics import Logger
from ..emit import PositionTable


@dataclass
class JS:
    """A lowered expression: JS source plus the statically known Python type, if any.

    ``code`` is always a Python value. For a ``"float"`` expression, ``raw`` may hold a
    cheaper form that is only number-like (a raw JS number, even when integral, or a
    ``Float`` box): fast paths (JS arithmetic, comparisons, float printing) use ``fast``,
    everything else ``code``, where an integral float is boxed (runtime
    ``builtins/floatbox.js``).
    """

    code: str
    type: str | None = None
    raw: str | None = None

    @property
    def fast(self) -> str:
        return self.raw if self.raw is not None else self.code


@dataclass
class TempPool:
    """Expression temporaries (``$tN``) of one function: those in use by the statement
    being lowered, and those free again. An expression temporary lives only while its
    simple statement runs, so the next statement may reuse it: a function of a thousand
    statements declares a handful, not a thousand (V8 optimises it far sooner)."""

    busy: list[str] = field(default_factory=list)
    free: list[str] = field(default_factory=list)


@dataclass
class FunctionState:
    scope: Scope
    is_async: bool = False
    is_generator: bool = False
    is_method: bool = False
    temps: list[str] = field(default_factory=list)
    loop_labels: list[str | None] = field(default_factory=list)
    exc_vars: list[str] = field(default_factory=list)
    class_name: str | None = None  # for methods: the enclosing class
    self_name: str | None = None  # for methods: the Python name of `self` (or `cls`)
    cls_param: str | None = None  # for classmethods: the name of the class parameter
    types: dict[str, str | None] = field(default_factory=dict)  # see transpiler/analyze/typer.py
    temp_pool: TempPool = field(default_factory=lambda: TempPool())

    @property
    def awaits_by_yield(self) -> bool:
        """Is ``await`` here a ``yield*`` (a coroutine body is a generator, stdlib/_coro.js)
        rather than a JS ``await`` (an async generator)?"""
        return self.is_async and not self.is_generator


@dataclass
class ImportedName:
    """A module-level name bound by an import: where it comes from."""

    source: str  # "project" | "runtime" | "workers" | "stdlib" | "js" | "erased"
    module: str  # dotted module name, or runtime path
    name: str | None  # imported attribute; None for `import m` (namespace)


@dataclass
class ModuleContext:
    module_name: str
    is_main: bool
    index: ProjectIndex
    logger: Logger
    positions: PositionTable
    # runtime import path -> {(exported name, local alias)}
    runtime_imports: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    imported: dict[str, ImportedName] = field(default_factory=dict)
    method_names: frozenset[str] = frozenset()
    temp_counter: int = 0
    functions: list[FunctionState] = field(default_factory=list)
    module_scope: Scope = field(default_factory=lambda: Scope("module"))
    module_types: dict[str, str | None] = field(default_factory=dict)
    module_temps: list[str] = field(default_factory=list)
    module_temp_pool: TempPool = field(default_factory=TempPool)
    module_loop_labels: list[str | None] = field(default_factory=list)
    # Class bodies being lowered (innermost last): their names read as `this.NAME` in
    # static initialisers, and are invisible to the methods (Python's class scope rule).
    class_scopes: list[tuple[Scope, int]] = field(default_factory=list)  # (scope, depth)
    module_exc_vars: list[str] = field(default_factory=list)
    # Module-level defs/classes emitted as (exported) JS declarations.
    declared_defs: set[str] = field(default_factory=set)
    # Imported names bound more than once: assigned at the import statement (module.py).
    rebound_imports: set[str] = field(default_factory=set)
    import_rebinds: dict[int, list[str]] = field(default_factory=dict)
    # JS class name -> dataclass fields, so a dataclass subclass inherits its base's fields.
    dataclass_fields: dict[str, list[Any]] = field(default_factory=dict)
    # ids of the module's CloudflareWorkers(...) calls (transpiler/analyze/registration.py)
    registration_calls: set[int] = field(default_factory=set)
    # Reads the compiler cannot prove bound (transpiler/analyze/flow.py).
    unbound: UnboundInfo = field(default_factory=UnboundInfo)
    # The module mentions `__annotations__`: annotations of the module and of its class
    # bodies are then evaluated into those dicts, as Python does (else they are erased).
    annotations_used: bool = False

    def use(self, path: str, name: str, alias: str | None = None) -> str:
        local = alias or name
        self.runtime_imports.setdefault(path, set()).add((name, local))
        return local

    def new_temp(self, prefix: str = "t") -> str:
        """A temporary of the current function. The default kind (``$tN``) is for one
        expression evaluation only (it is reused by later statements: release_temps);
        other prefixes name temporaries that live longer (a `try`'s flag, a `with`'s
        manager, a loop counter)."""
        pool = self.temp_pool
        if prefix == "t" and pool.free:
            name = pool.free.pop()
            pool.busy.append(name)
            return name
        self.temp_counter += 1
        name = f"${prefix}{self.temp_counter}"
        if self.functions:
            self.functions[-1].temps.append(name)
        else:
            self.module_temps.append(name)
        if prefix == "t":
            pool.busy.append(name)
        return name

    @property
    def temp_pool(self) -> TempPool:
        return self.functions[-1].temp_pool if self.functions else self.module_temp_pool

    def temps_mark(self) -> int:
        """Where the current statement's expression temporaries begin (release_temps)."""
        return len(self.temp_pool.busy)

    def release_temps(self, mark: int) -> None:
        """The statement that began at ``mark`` is lowered: its temporaries are free."""
        pool = self.temp_pool
        pool.free.extend(reversed(pool.busy[mark:]))
        del pool.busy[mark:]

    def fresh_name(self, prefix: str) -> str:
        """A unique `$` name that the caller declares itself (consts, labels)."""
        self.temp_counter += 1
        return f"${prefix}{self.temp_counter}"

    @property
    def fn(self) -> FunctionState | None:
        return self.functions[-1] if self.functions else None

    def module_symbol(self, name: str) -> Symbol | None:
        return self.index.lookup(self.module_name, name)

    def signature_of_project_name(self, name: str) -> tuple[str, Symbol] | None:
        """For a module-level name bound to a project def/class (here or imported)."""
        imported = self.imported.get(name)
        if imported is not None:
            if imported.source == "project" and imported.name is not None:
                sym = self.index.lookup(imported.module, imported.name)
                return (imported.module, sym) if sym else None
            return None
        sym = self.module_symbol(name)
        return (self.module_name, sym) if sym else None


def node_is_async_generator(fn: cst.FunctionDef) -> tuple[bool, bool]:
    """(contains yield, is async) for a def, looking only at its own body."""
    from ..analyze.binder import contains_in_scope

    return contains_in_scope(fn.body, cst.Yield), fn.asynchronous is not None


def signature_flags(sig: Signature) -> str:
    """The JS literal describing a signature for the runtime's `$sig`."""
    names = "[" + ", ".join(f'"{n}"' for n in sig.positional) + "]"
    flags: list[str] = []
    if sig.vararg:
        flags.append("va: true")
    if sig.kwonly:
        flags.append("ko: [" + ", ".join(f'"{n}"' for n in sig.kwonly) + "]")
    if sig.varkw:
        flags.append("vk: true")
    if sig.required:
        flags.append(f"nreq: {sig.required}")
    if sig.posonly:
        flags.append(f"po: {sig.posonly}")
    if sig.kwonly_required:
        flags.append("koreq: [" + ", ".join(f'"{n}"' for n in sorted(sig.kwonly_required)) + "]")
    return names + (", {" + ", ".join(flags) + "}" if flags else "")
