"""What a module's code mentions, for facts the whole project shares: the names of its
classes' methods (their reads must bind ``self``) and every attribute name it names
(the generated entry installs the Workers members those names may reach). Each depends
on the module's own source only, so the build cache keeps them per module version."""

from __future__ import annotations

import libcst as cst

from ..parse import string_value
from ..parse.walk import walk
from ..workers_surface import ANY_ATTRIBUTE, GET_MANY


def method_names(module: cst.Module) -> frozenset[str]:
    """Names of the methods of the module's classes (plain defs, not dunders)."""
    found: set[str] = set()

    class _Methods(cst.CSTVisitor):
        def visit_ClassDef(self, node: cst.ClassDef) -> None:
            body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
            for stmt in body:
                if isinstance(stmt, cst.FunctionDef) and not stmt.decorators:
                    if not (stmt.name.value.startswith("__") and stmt.name.value.endswith("__")):
                        found.add(stmt.name.value)
                    elif stmt.name.value == "__getattr__":
                        found.add("__getattr__")  # method calls must consult it (lower/calls.py)

    walk(module, _Methods())
    return frozenset(found)


# Callables that take an attribute name as a string (the name's position among their
# positional arguments): a name that is not a string literal there may be any attribute.
_NAME_TAKING = {"getattr": 1, "hasattr": 1, "setattr": 1, "delattr": 1, "attrgetter": 0, "methodcaller": 0}


# DurableObjectNamespace methods returning an id: `ns.get(ns.id_from_name(...))` is not a
# storage get of several keys.
_ID_METHODS = frozenset({"id_from_name", "id_from_string", "new_unique_id"})


def _gets_one(call: cst.Call) -> bool:
    """Is this ``x.get(...)`` call surely not a storage ``get([keys])``?"""
    if len(call.args) != 1 or call.args[0].star or call.args[0].keyword is not None:
        return False
    arg = call.args[0].value
    if isinstance(arg, cst.SimpleString | cst.FormattedString | cst.ConcatenatedString):
        return True
    return (
        isinstance(arg, cst.Call)
        and isinstance(arg.func, cst.Attribute)
        and arg.func.attr.value in _ID_METHODS
    )


def attribute_names(module: cst.Module) -> frozenset[str]:
    """Every attribute name the module's code mentions: ``x.name``, string literals
    (``getattr(x, "name")``), ``ANY_ATTRIBUTE`` when getattr & co. get a name that is
    not a literal, and ``GET_MANY`` (see above). The generated entry installs the
    workers members these names may reach (``WORKERS_EXTENSIONS``)."""
    found: set[str] = set()

    class _Attributes(cst.CSTVisitor):
        def visit_Attribute(self, node: cst.Attribute) -> None:
            found.add(node.attr.value)

        def visit_SimpleString(self, node: cst.SimpleString) -> None:
            value = string_value(node)
            if not isinstance(value, str):
                return
            for part in value.split("."):  # attrgetter("a.b")
                if part.isidentifier():
                    found.add(part)
            if value == "get":
                found.add(GET_MANY)

        def visit_Call(self, node: cst.Call) -> None:
            func = node.func
            name = func.value if isinstance(func, cst.Name) else None
            if isinstance(func, cst.Attribute):
                name = func.attr.value
            if name == "get" and isinstance(func, cst.Attribute) and not _gets_one(node):
                found.add(GET_MANY)
            where = _NAME_TAKING.get(name or "")
            if where is None:
                return
            if any(arg.star for arg in node.args):
                found.add(ANY_ATTRIBUTE)
            elif len(node.args) > where and not isinstance(node.args[where].value, cst.SimpleString):
                found.add(ANY_ATTRIBUTE)
            elif name == "attrgetter" and not all(
                isinstance(a.value, cst.SimpleString) for a in node.args
            ):
                found.add(ANY_ATTRIBUTE)

    walk(module, _Attributes())
    return frozenset(found)
