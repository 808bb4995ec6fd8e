"""``@dataclass``: the generated methods are written at compile time, as JS class members.

Python generates ``__init__``, ``__repr__``, ``__eq__`` (and with ``order=True`` the
ordering methods, with ``frozen=True`` ``__hash__`` and read-only fields) from the
annotated class attributes; cfpy does the same from the CST, so no run-time reflection
is needed.  Fields of a dataclass base defined earlier in the same module are inherited.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from .. import names as N
from ..analyze.classes import field_specs
from ..analyze.index import init_signature
from .base import LowerBase, js_string


@dataclass
class Field:
    name: str
    default: str | None  # JS expression of a const holding the default
    factory: str | None  # JS expression of the default_factory
    init: bool = True
    repr: bool = True
    compare: bool = True
    kw_only: bool = False

    @property
    def has_default(self) -> bool:
        return self.default is not None or self.factory is not None


@dataclass
class DataclassOptions:
    init: bool = True
    repr: bool = True
    eq: bool = True
    order: bool = False
    frozen: bool = False
    unsafe_hash: bool = False


def dataclass_decorator(
    node: cst.ClassDef, lowerer: LowerBase
) -> tuple[cst.Decorator, DataclassOptions] | None:
    """The ``@dataclass`` / ``@dataclass(...)`` decorator of ``node`` and its options."""
    for deco in node.decorators:
        expr = deco.decorator
        call_args: tuple[cst.Arg, ...] = ()
        if isinstance(expr, cst.Call):
            call_args = tuple(expr.args)
            expr = expr.func
        if _is_dataclass_name(expr, lowerer):
            options = DataclassOptions()
            for arg in call_args:
                key = arg.keyword.value if arg.keyword else None
                if key in ("init", "repr", "eq", "order", "frozen") and isinstance(
                    arg.value, cst.Name
                ):
                    setattr(options, key, arg.value.value == "True")
                elif key == "unsafe_hash" and isinstance(arg.value, cst.Name):
                    options.unsafe_hash = arg.value.value == "True"
                elif key not in ("slots", "kw_only", "match_args"):
                    lowerer.unsupported(arg, "this dataclass option")
            return deco, options
    return None


def _is_dataclass_name(expr: cst.BaseExpression, lowerer: LowerBase) -> bool:
    imported = None
    if isinstance(expr, cst.Name):
        imported = lowerer.ctx.imported.get(expr.value)
        return (
            imported is not None
            and imported.module == "dataclasses"
            and imported.name == "dataclass"
        )
    if isinstance(expr, cst.Attribute) and isinstance(expr.value, cst.Name):
        imported = lowerer.ctx.imported.get(expr.value.value)
        return (
            imported is not None
            and imported.module == "dataclasses"
            and expr.attr.value == "dataclass"
        )
    return False


def collect_fields(
    node: cst.ClassDef, lowerer: LowerBase, pre: list[str], inherited: list[Field]
) -> list[Field]:
    """The fields of the dataclass ``node``: the inherited ones, then its own (a field
    declared again keeps its place and takes the new definition), defaults in consts."""
    fields = {f.name: f for f in inherited}
    for spec in field_specs(node):
        for arg in spec.unsupported:
            lowerer.unsupported(arg, "this dataclasses.field() argument")
        fields[spec.name] = Field(
            spec.name,
            _const(lowerer, spec.default, pre) if spec.default is not None else None,
            _const(lowerer, spec.factory, pre) if spec.factory is not None else None,
            spec.init,
            spec.repr,
            spec.compare,
            spec.kw_only,
        )
    return list(fields.values())


def _is_field_call(func: cst.BaseExpression, lowerer: LowerBase) -> bool:
    if isinstance(func, cst.Name):
        imported = lowerer.ctx.imported.get(func.value)
        return (
            imported is not None and imported.module == "dataclasses" and imported.name == "field"
        )
    return isinstance(func, cst.Attribute) and func.attr.value == "field"


def _const(lowerer: LowerBase, value: cst.BaseExpression, pre: list[str]) -> str:
    name = lowerer.ctx.fresh_name("d")
    pre.append(f"const {name} = {lowerer.code(value)};")  # type: ignore[attr-defined]
    return name


def generated_members(
    js_cls: str,
    py_name: str,
    fields: list[Field],
    options: DataclassOptions,
    lowerer: LowerBase,
    defined: set[str],
) -> tuple[list[str], list[str]]:
    """(class members, statements after the class) for the generated methods."""
    members: list[str] = []
    after: list[str] = []
    rt = lowerer.rt
    if options.init and "__init__" not in defined:
        members.append(_init(py_name, fields, options, rt, "__post_init__" in defined))
        sig = init_signature(fields)
        flag_items: list[str] = []
        if sig.kwonly:
            flag_items.append("ko: [" + ", ".join(js_string(n) for n in sig.kwonly) + "]")
        if sig.required:
            flag_items.append(f"nreq: {sig.required}")
        if sig.kwonly_required:
            koreq = sorted(sig.kwonly_required)
            flag_items.append("koreq: [" + ", ".join(js_string(n) for n in koreq) + "]")
        flags = ", {" + ", ".join(flag_items) + "}" if flag_items else ""
        names = "[" + ", ".join(js_string(n) for n in sig.positional) + "]"
        after.append(f"{rt('$sig')}({js_cls}.prototype.__init__, {names}{flags});")
    if options.repr and "__repr__" not in defined:
        parts = [f for f in fields if f.repr]
        pieces = ' + ", " + '.join(
            f"{js_string(f.name + '=')} + {rt('repr')}(this.{N.js_attr(f.name)})" for f in parts
        )
        body = f'{rt("class_name")}(this.constructor) + "(" + {pieces or chr(34) * 2} + ")"'
        members.append(f"__repr__() {{ return {body}; }}")
    compared = [f for f in fields if f.compare]
    as_tuple = "[" + ", ".join(f"this.{N.js_attr(f.name)}" for f in compared) + "]"
    other_tuple = "[" + ", ".join(f"other.{N.js_attr(f.name)}" for f in compared) + "]"
    same_class = "other !== null && other !== undefined && other.constructor === this.constructor"
    if options.eq and "__eq__" not in defined:
        members.append(
            f"__eq__(other) {{ return {same_class} ? {rt('$eq')}({as_tuple}, {other_tuple}) "
            f": {rt('NotImplemented')}; }}"
        )
        if options.frozen or options.unsafe_hash:
            tup = f"{lowerer.rt_class('Tuple')}.of({', '.join(f'this.{N.js_attr(f.name)}' for f in compared)})"
            members.append(f"__hash__() {{ return {rt('hash')}({tup}); }}")
        elif "__hash__" not in defined:
            members.append("get __hash__() { return null; }")
    if options.order:
        for dunder, helper in (
            ("__lt__", "$lt"),
            ("__le__", "$le"),
            ("__gt__", "$gt"),
            ("__ge__", "$ge"),
        ):
            members.append(
                f"{dunder}(other) {{ return {same_class} ? {rt(helper)}({as_tuple}, {other_tuple}) "
                f": {rt('NotImplemented')}; }}"
            )
    records = ", ".join(_field_record(f) for f in fields)
    members.append(f"static __dataclass_fields__ = [{records}];")
    match_args = ", ".join(js_string(f.name) for f in fields if f.init and not f.kw_only)
    members.append(f"static __match_args__ = {lowerer.rt_class('Tuple')}.of({match_args});")
    return members, after


def _field_record(f: Field) -> str:
    """The run-time record of a field (runtime ``stdlib/dataclasses.js``: fields, asdict)."""
    parts = [f"name: {js_string(f.name)}"]
    if f.default is not None:
        parts.append(f"default: {f.default}")
    if f.factory is not None:
        parts.append(f"factory: {f.factory}")
    flags = {"init": f.init, "repr": f.repr, "compare": f.compare, "kw_only": f.kw_only}
    parts += [f"{k}: {'true' if v else 'false'}" for k, v in flags.items()]
    return "{" + ", ".join(parts) + "}"


def _init(
    name: str, fields: list[Field], options: DataclassOptions, rt: object, post_init: bool
) -> str:
    params: list[str] = []
    kwonly = [f for f in fields if f.init and f.kw_only]
    lines: list[str] = []
    for f in fields:
        if not f.init or f.kw_only:
            continue
        js = N.js_name(f.name)
        params.append(f"{js} = {f.default}" if f.default is not None else js)
    if kwonly:
        params.append("$kwo")
        names = "[" + ", ".join(js_string(f.name) for f in kwonly) + "]"
        # A required one (no default, no factory) is marked $REQ: $bindkw reports it.
        defaults = "[" + ", ".join(
            f.default or ("undefined" if f.factory else rt("$REQ")) for f in kwonly  # type: ignore[operator]
        ) + "]"
        targets = ", ".join(N.js_name(f.name) for f in kwonly)
        fname = js_string(f"{name}.__init__")
        lines.append(f"let [{targets}] = {rt('$bindkw')}($kwo, {names}, {defaults}, false, {fname});")  # type: ignore[operator]
    for f in fields:
        js, attr = N.js_name(f.name), N.js_attr(f.name)
        if not f.init:
            if f.factory is not None:
                lines.append(f"this.{attr} = {f.factory}();")
            elif f.default is not None:
                lines.append(f"this.{attr} = {f.default};")
            continue
        if f.factory is not None:
            lines.append(f"this.{attr} = {js} === undefined ? {f.factory}() : {js};")
        else:
            lines.append(f"this.{attr} = {js};")
    if post_init:
        lines.append("this.__post_init__();")
    if options.frozen:
        lines.append("Object.freeze(this);")
    return f"__init__({', '.join(params)}) {{ {' '.join(lines)} }}"
