"""Classes: what a class statement declares, read from its syntax (dataclass fields and
the generated ``__init__``'s parameters). The index and the lowering both read these;
neither derives them again."""

from __future__ import annotations

import libcst as cst


def looks_like_dataclass(deco: cst.Decorator) -> bool:
    """Syntactic test used before imports are resolved (index, declaration form)."""
    expr = deco.decorator.func if isinstance(deco.decorator, cst.Call) else deco.decorator
    return (isinstance(expr, cst.Name) and expr.value == "dataclass") or (
        isinstance(expr, cst.Attribute) and expr.attr.value == "dataclass"
    )


def dataclass_init_params(node: cst.ClassDef) -> list[tuple[str, bool]]:
    """(name, has_default) of the generated ``__init__``'s parameters, in order."""
    params: list[tuple[str, bool]] = []
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
    for stmt in body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not (isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name)):
                continue
            if is_classvar(small.annotation.annotation):
                continue
            value = small.value
            if isinstance(value, cst.Call) and isinstance(value.func, cst.Name | cst.Attribute):
                func_name = (
                    value.func.value if isinstance(value.func, cst.Name) else value.func.attr.value
                )
                if func_name == "field":
                    keys = {a.keyword.value: a.value for a in value.args if a.keyword}
                    init = keys.get("init")
                    if isinstance(init, cst.Name) and init.value == "False":
                        continue
                    params.append(
                        (small.target.value, "default" in keys or "default_factory" in keys)
                    )
                    continue
            params.append((small.target.value, value is not None))
    return params


def is_classvar(annotation: cst.BaseExpression) -> bool:
    root = annotation.value if isinstance(annotation, cst.Subscript) else annotation
    return (isinstance(root, cst.Name) and root.value == "ClassVar") or (
        isinstance(root, cst.Attribute) and root.attr.value == "ClassVar"
    )
