"""Classes: what a class statement declares, read from its syntax (dataclass fields and
the generated ``__init__``'s parameters). The index and the lowering both read these;
neither derives them again."""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst


def looks_like_dataclass(deco: cst.Decorator) -> bool:
    """Syntactic test used before imports are resolved (index, declaration form)."""
    expr = deco.decorator.func if isinstance(deco.decorator, cst.Call) else deco.decorator
    return (isinstance(expr, cst.Name) and expr.value == "dataclass") or (
        isinstance(expr, cst.Attribute) and expr.attr.value == "dataclass"
    )


@dataclass(frozen=True)
class FieldSpec:
    """A field as the class statement writes it: the one reading of a dataclass body,
    used by the project index (the ``__init__`` signature call sites are laid out with)
    and by the lowerer (the generated methods)."""

    node: cst.AnnAssign
    name: str
    default: cst.BaseExpression | None
    factory: cst.BaseExpression | None
    init: bool
    repr: bool
    compare: bool
    kw_only: bool
    unsupported: tuple[cst.Arg, ...]  # field() arguments cfpy does not handle

    @property
    def has_default(self) -> bool:
        return self.default is not None or self.factory is not None


def field_specs(node: cst.ClassDef) -> list[FieldSpec]:
    """The class's own fields in order, with ``kw_only`` resolved from
    ``@dataclass(kw_only=True)``, ``field(kw_only=...)`` and a ``_: KW_ONLY`` marker."""
    kw_only = _decorator_kw_only(node)
    specs: list[FieldSpec] = []
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
    for stmt in body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not (isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name)):
                continue
            annotation = small.annotation.annotation
            if is_classvar(annotation):
                continue
            if _is_typing_name(annotation, "KW_ONLY"):
                kw_only = True  # every field after the marker is keyword-only
                continue
            specs.append(_field_spec(small, kw_only))
    return specs


def _field_spec(small: cst.AnnAssign, kw_only: bool) -> FieldSpec:
    name = small.target.value  # type: ignore[union-attr]
    value = small.value
    if not (isinstance(value, cst.Call) and _is_typing_name(value.func, "field")):
        return FieldSpec(small, name, value, None, True, True, True, kw_only, ())
    flags = {"init": True, "repr": True, "compare": True, "kw_only": kw_only}
    default = factory = None
    unsupported: list[cst.Arg] = []
    for arg in value.args:
        key = arg.keyword.value if arg.keyword else None
        if key == "default":
            default = arg.value
        elif key == "default_factory":
            factory = arg.value
        elif key in flags and isinstance(arg.value, cst.Name) and arg.value.value in ("True", "False"):
            flags[key] = arg.value.value == "True"
        elif key not in ("hash", "metadata"):
            unsupported.append(arg)
    return FieldSpec(small, name, default, factory, unsupported=tuple(unsupported), **flags)


def _decorator_kw_only(node: cst.ClassDef) -> bool:
    """``@dataclass(kw_only=True)``: fields are keyword-only unless a field says not."""
    for deco in node.decorators:
        if looks_like_dataclass(deco) and isinstance(deco.decorator, cst.Call):
            for arg in deco.decorator.args:
                if arg.keyword is not None and arg.keyword.value == "kw_only":
                    return isinstance(arg.value, cst.Name) and arg.value.value == "True"
    return False


def _is_typing_name(node: cst.BaseExpression, name: str) -> bool:
    """``name`` or ``module.name`` (``field``, ``dataclasses.field``, ``KW_ONLY``)."""
    return (isinstance(node, cst.Name) and node.value == name) or (
        isinstance(node, cst.Attribute) and node.attr.value == name
    )


def is_classvar(annotation: cst.BaseExpression) -> bool:
    root = annotation.value if isinstance(annotation, cst.Subscript) else annotation
    return (isinstance(root, cst.Name) and root.value == "ClassVar") or (
        isinstance(root, cst.Attribute) and root.attr.value == "ClassVar"
    )
