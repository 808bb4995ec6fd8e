"""Project index: the top-level functions and classes of every module, with signatures.

Built once from all parsed modules before lowering, so a call site in one module can lay
out keyword arguments at compile time and knows to use ``new`` for a class from another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import libcst as cst

from .. import names as N
from ..parse import dotted_name, imported_module_names
from ..parse.walk import walk
from .binder import target_names
from .classes import field_specs, looks_like_dataclass
from .typer import infer_types, return_type


@dataclass(frozen=True)
class Signature:
    positional: tuple[str, ...]  # positional-or-keyword names (posonly first)
    posonly: int  # how many leading names are positional-only
    required: int  # how many positional names have no default
    vararg: bool
    kwonly: tuple[str, ...]
    kwonly_required: frozenset[str]
    varkw: bool

    @property
    def takes_kw_object(self) -> bool:
        return bool(self.kwonly) or self.varkw

    @staticmethod
    def of(params: cst.Parameters, drop_first: bool = False) -> Signature:
        positional = [p for p in list(params.posonly_params) + list(params.params)]
        posonly = len(params.posonly_params)
        if drop_first and positional:
            positional = positional[1:]
            posonly = max(0, posonly - 1)
        required = sum(1 for p in positional if p.default is None)
        return Signature(
            positional=tuple(p.name.value for p in positional),
            posonly=posonly,
            required=required,
            vararg=isinstance(params.star_arg, cst.Param),
            kwonly=tuple(p.name.value for p in params.kwonly_params),
            kwonly_required=frozenset(
                p.name.value for p in params.kwonly_params if p.default is None
            ),
            varkw=params.star_kwarg is not None,
        )


@dataclass
class Symbol:
    kind: str  # "function" | "class" | "value" | "module"
    signature: Signature | None = None  # functions; classes: __init__ without self
    is_async: bool = False
    returns: str | None = None  # static type of the function's result (transpiler/analyze/typer.py)


@dataclass
class ModuleIndex:
    symbols: dict[str, Symbol] = field(default_factory=dict)
    multiple_inheritance: bool = False  # some class here has several bases
    imports: tuple[str, ...] = ()  # every module it imports (anywhere in it), sorted


def module_index_to_json(index: ModuleIndex) -> dict[str, Any]:
    """A JSON-able form of ``index`` (the build cache stores it; see transpiler/cache.py)."""
    return {
        "symbols": {
            name: {**asdict(sym), "signature": _signature_to_json(sym.signature)}
            for name, sym in index.symbols.items()
        },
        "multiple_inheritance": index.multiple_inheritance,
        "imports": list(index.imports),
    }


def module_index_from_json(data: Any) -> ModuleIndex:
    """The inverse of ``module_index_to_json``; ValueError for anything it did not write
    (cache files are data from the project folder: checked, never trusted)."""
    try:
        symbols = {
            _str(name): Symbol(
                kind=_str(sym["kind"]),
                signature=_signature_from_json(sym["signature"]),
                is_async=_bool(sym["is_async"]),
                returns=None if sym["returns"] is None else _str(sym["returns"]),
            )
            for name, sym in data["symbols"].items()
        }
        imports = tuple(_str(name) for name in data["imports"])
        return ModuleIndex(symbols, _bool(data["multiple_inheritance"]), imports)
    except (KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"not a module index: {err}") from None


def _signature_to_json(sig: Signature | None) -> dict[str, Any] | None:
    if sig is None:
        return None
    return {**asdict(sig), "kwonly_required": sorted(sig.kwonly_required)}


def _signature_from_json(data: Any) -> Signature | None:
    if data is None:
        return None
    return Signature(
        positional=tuple(_str(n) for n in data["positional"]),
        posonly=_int(data["posonly"]),
        required=_int(data["required"]),
        vararg=_bool(data["vararg"]),
        kwonly=tuple(_str(n) for n in data["kwonly"]),
        kwonly_required=frozenset(_str(n) for n in data["kwonly_required"]),
        varkw=_bool(data["varkw"]),
    )


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, found {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise ValueError(f"expected an int, found {type(value).__name__}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected a bool, found {type(value).__name__}")
    return value


@dataclass
class ProjectIndex:
    modules: dict[str, ModuleIndex] = field(default_factory=dict)
    # Those of ``modules`` compiled from CPython's standard library (names.COMPILED_STDLIB).
    stdlib: set[str] = field(default_factory=set)

    def js_path(self, module: str) -> str:
        """The ES module of project or compiled-stdlib module ``module``."""
        return N.module_js_path(module, module in self.stdlib)

    @property
    def multiple_inheritance(self) -> bool:
        """Whether any class of the project has several bases (then ``super()`` follows
        the MRO at run time instead of JS's lexical ``super``)."""
        return any(getattr(m, "multiple_inheritance", False) for m in self.modules.values())

    def lookup(self, module: str, name: str) -> Symbol | None:
        mod = self.modules.get(module)
        return mod.symbols.get(name) if mod else None

    def in_import_cycle(self, module: str) -> bool:
        """Does ``module`` import itself, through other modules of the project? Then
        another module may read it while it is partially initialized, before its defs
        and classes are bound (they are not hoisted JS declarations then: lower/module.py)."""
        # (memo outside the dataclass fields: the index's digest must not depend on it)
        memo: dict[str, bool] = self.__dict__.setdefault("_cycle_memo", {})
        if module not in memo:
            memo[module] = self._reaches(module, module)
        return memo[module]

    def _reaches(self, start: str, target: str) -> bool:
        seen: set[str] = set()
        pending = list(self.modules[start].imports) if start in self.modules else []
        while pending:
            name = pending.pop()
            if name == target:
                return True
            if name in seen or name not in self.modules:
                continue
            seen.add(name)
            pending.extend(self.modules[name].imports)
        return False


def index_module(module: cst.Module) -> ModuleIndex:
    index = ModuleIndex()
    reassigned: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, cst.FunctionDef):
            if stmt.name.value in index.symbols:
                reassigned.add(stmt.name.value)
            plain = not stmt.decorators
            index.symbols[stmt.name.value] = Symbol(
                "function" if plain else "value",
                Signature.of(stmt.params) if plain else None,
                stmt.asynchronous is not None,
            )
        elif isinstance(stmt, cst.ClassDef):
            if stmt.name.value in index.symbols:
                reassigned.add(stmt.name.value)
            index.symbols[stmt.name.value] = Symbol("class", _init_signature(stmt))
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                for name in _assigned_names(small):
                    reassigned.add(name)
                    index.symbols.setdefault(name, Symbol("value"))
    # A def or class whose name is rebound elsewhere at top level is not statically known.
    for name in reassigned:
        index.symbols[name] = Symbol("value")
    _infer_returns(module, index)
    index.multiple_inheritance = _has_multiple_bases(module)
    index.imports = tuple(sorted({name for name, _node in imported_module_names(module)}))
    return index


# Bases that only exist for typing do not make a class multiply inherited.
_TYPING_BASES = frozenset({"Generic", "Protocol", "TypedDict", "NamedTuple"})


def _has_multiple_bases(module: cst.Module) -> bool:
    found = False

    class _Classes(cst.CSTVisitor):
        def visit_ClassDef(self, node: cst.ClassDef) -> None:
            nonlocal found
            real = [b for b in node.bases if _base_name(b.value) not in _TYPING_BASES]
            found = found or len(real) > 1

    walk(module, _Classes())
    return found


def _base_name(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Subscript):
        node = node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    return node.value if isinstance(node, cst.Name) else None


def _infer_returns(module: cst.Module, index: ModuleIndex) -> None:
    defs = [s for s in module.body if isinstance(s, cst.FunctionDef)]
    stdlib = stdlib_result_types(module)
    outer = infer_types(list(module.body), set(), stdlib)
    outer.update(stdlib)
    for _ in range(2):  # a second pass lets functions see each other's result types
        for fn in defs:
            sym = index.symbols.get(fn.name.value)
            if sym is not None and sym.kind == "function":
                sym.returns = return_type(fn, outer)
                if sym.returns is not None:
                    outer[fn.name.value + "()"] = sym.returns


def stdlib_result_types(module: cst.Module) -> dict[str, str | None]:
    """``{"math.sqrt()": "float", "sqrt()": "float"}`` for the module's stdlib imports."""
    found: dict[str, str | None] = {}
    for stmt in module.body:
        for small in stmt.body if isinstance(stmt, cst.SimpleStatementLine) else []:
            if isinstance(small, cst.Import):
                for alias in small.names:
                    name = dotted_name(alias.name)
                    local = alias.asname.name.value if alias.asname else name  # type: ignore[union-attr]
                    for fn in N.STDLIB_FLOAT_RESULTS.get(name, frozenset()):
                        found[f"{local}.{fn}()"] = "float"
            elif isinstance(small, cst.ImportFrom) and small.module and not small.relative:
                floats = N.STDLIB_FLOAT_RESULTS.get(dotted_name(small.module), frozenset())
                if isinstance(small.names, cst.ImportStar):
                    continue
                for alias in small.names:
                    name = dotted_name(alias.name)
                    local = alias.asname.name.value if alias.asname else name  # type: ignore[union-attr]
                    if name in floats:
                        found[f"{local}()"] = "float"
    return found


def function_returns(index: ModuleIndex) -> dict[str, str | None]:
    """``{"f()": type}`` entries for the typer (see transpiler/analyze/typer.py)."""
    return {f"{n}()": s.returns for n, s in index.symbols.items() if s.returns is not None}


def _assigned_names(small: cst.BaseSmallStatement) -> list[str]:
    if isinstance(small, cst.Assign):
        return [n for t in small.targets for n in target_names(t.target)]
    if isinstance(small, cst.AnnAssign | cst.AugAssign):
        return target_names(small.target)
    return []


class FieldLike(Protocol):
    """What ``init_signature`` reads of a dataclass field (``FieldSpec``, or the
    lowerer's ``Field``)."""

    name: str
    init: bool
    kw_only: bool

    @property
    def has_default(self) -> bool: ...


def init_signature(fields: Sequence[FieldLike]) -> Signature:
    """The signature of the generated ``__init__`` (without self): the init fields in
    order, keyword-only ones after the others, as CPython builds it."""
    init = [f for f in fields if f.init]
    positional = [f for f in init if not f.kw_only]
    kwonly = [f for f in init if f.kw_only]
    required = 0
    for f in positional:
        if f.has_default:
            break
        required += 1
    return Signature(
        positional=tuple(f.name for f in positional),
        posonly=0,
        required=required,
        vararg=False,
        kwonly=tuple(f.name for f in kwonly),
        kwonly_required=frozenset(f.name for f in kwonly if not f.has_default),
        varkw=False,
    )


def _init_signature(cls: cst.ClassDef) -> Signature | None:
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else []
    defs = {s.name.value: s for s in body if isinstance(s, cst.FunctionDef)}
    if "__new__" in defs:
        # __new__ takes the call's arguments too: its signature decides when it is alone
        # (and the class is plainly built by its call: not an Enum, whose call looks up).
        plain = all(_base_name(b.value) in N.BUILTIN_BASES for b in cls.bases)
        if "__init__" in defs or not plain:
            return None
        return Signature.of(defs["__new__"].params, drop_first=True)
    for stmt in body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == "__init__":
            return Signature.of(stmt.params, drop_first=True)
    if any(looks_like_dataclass(d) for d in cls.decorators) and not cls.bases:
        return init_signature(field_specs(cls))
    return None
