"""CF150: a coroutine of the worker API that is never awaited.

``notes.get(key)`` without ``await`` is a coroutine object, not the value: used as a
value (``text = notes.get(key)``, ``Response(request.text())``, an f-string) or dropped
(``storage.put("k", v)`` alone on a line) it fails or silently does nothing at run time.
Where the receiver's type is known, the call is reported at build time as a warning.

Types come from the typed API (``cloudflare_workers``, read with ``inspect``: which
methods are ``async def``, what properties and sync methods return) and from the worker's
own code, per function: parameters annotated with an API class, ``self`` of a
``DurableObject`` subclass, and names every assignment of which has one known type
(``notes = env.get_kv_namespace("NOTES")``, ``storage = self.state.storage``). A call that
is awaited, returned, or passed to another call (``asyncio.gather``, ``ctx.wait_until``)
is not reported.
"""

from __future__ import annotations

import inspect
from functools import cache

import libcst as cst

from ..diagnostics import Logger
from ..parse import ParsedModule
from ..parse.walk import children, walk

API_MODULE = "cloudflare_workers"


@cache
def _api() -> dict[str, type]:
    import cloudflare_workers

    return {
        name: obj
        for name in cloudflare_workers.__all__
        if inspect.isclass(obj := getattr(cloudflare_workers, name))
    }


def _annotation_class(annotation: object) -> str | None:
    """The API class an annotation (a string: the stubs use postponed annotations) names."""
    if not isinstance(annotation, str):
        return None
    name = annotation.strip()
    return name if name in _api() else None


@cache
def member_type(cls: str, member: str) -> tuple[str, str | None] | None:
    """("async", result) for an async method, ("call", result) for a sync method,
    ("value", type) for a property or attribute of API class ``cls``; None if unknown."""
    klass = _api().get(cls)
    if klass is None:
        return None
    for base in klass.__mro__:
        if member in vars(base):
            found = vars(base)[member]
            if isinstance(found, property) and found.fget is not None:
                return "value", _annotation_class(inspect.signature(found.fget).return_annotation)
            if inspect.iscoroutinefunction(found):
                return "async", None
            if inspect.isfunction(found):
                return "call", _annotation_class(inspect.signature(found).return_annotation)
            if isinstance(found, staticmethod):
                return "call", _annotation_class(
                    inspect.signature(found.__func__).return_annotation
                )
        annotations = vars(base).get("__annotations__", {})
        if member in annotations:
            return "value", _annotation_class(annotations[member])
    return None


def check_awaits(parsed: ParsedModule, logger: Logger) -> None:
    """Warn (CF150) about each un-awaited worker API coroutine in ``parsed``."""
    if not _imports_api(parsed.module):
        return
    checker = _Checker(parsed, logger)
    for stmt in parsed.module.body:
        checker.statement(stmt, {}, None)


def _imports_api(module: cst.Module) -> bool:
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.ImportFrom) and isinstance(small.module, cst.Name):
                    if small.module.value == API_MODULE:
                        return True
    return False


class _Checker:
    def __init__(self, parsed: ParsedModule, logger: Logger) -> None:
        self.parsed = parsed
        self.logger = logger
        self.api_fetch = _imported_fetch(parsed.module)

    # -- scopes ---------------------------------------------------------------------------

    def statement(self, stmt: cst.CSTNode, names: dict[str, str], cls: str | None) -> None:
        if isinstance(stmt, cst.ClassDef):
            bases = {b.value.value for b in stmt.bases if isinstance(b.value, cst.Name)}
            kind = "DurableObject" if "DurableObject" in bases else None
            for inner in _body(stmt.body):
                self.statement(inner, {}, kind)
            return
        if isinstance(stmt, cst.FunctionDef):
            self.function(stmt, cls)
            return
        self.expressions(stmt, names)
        for inner in _children_statements(stmt):
            self.statement(inner, names, cls)

    def function(self, fn: cst.FunctionDef, cls: str | None) -> None:
        names: dict[str, str] = {}
        params = [*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params]
        for i, param in enumerate(params):
            if i == 0 and cls is not None and param.name.value == "self":
                names["self"] = cls
            elif param.annotation is not None:
                annotated = _name_of(param.annotation.annotation)
                if annotated in _api():
                    names[param.name.value] = annotated
        names.update(self.assigned_types(fn, names))
        for stmt in _body(fn.body):
            self.statement(stmt, names, None)

    def assigned_types(self, fn: cst.FunctionDef, names: dict[str, str]) -> dict[str, str]:
        """Names every assignment of which has the same known API type."""
        seen: dict[str, set[str | None]] = {}

        class _Assignments(cst.CSTVisitor):
            def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
                return node is fn

            def visit_Assign(inner, node: cst.Assign) -> None:  # noqa: N805
                for target in node.targets:
                    if isinstance(target.target, cst.Name):
                        seen.setdefault(target.target.value, set()).add(
                            self.type_of(node.value, names)
                        )

            def visit_AnnAssign(inner, node: cst.AnnAssign) -> None:  # noqa: N805
                if isinstance(node.target, cst.Name) and node.value is not None:
                    seen.setdefault(node.target.value, set()).add(self.type_of(node.value, names))

        walk(fn, _Assignments())
        return {
            name: next(iter(kinds))
            for name, kinds in seen.items()
            if len(kinds) == 1 and None not in kinds and name not in names
        }  # type: ignore[misc]

    # -- types ----------------------------------------------------------------------------

    def type_of(self, node: cst.BaseExpression, names: dict[str, str]) -> str | None:
        if isinstance(node, cst.Name):
            return names.get(node.value)
        if isinstance(node, cst.Attribute):
            owner = self.type_of(node.value, names)
            found = member_type(owner, node.attr.value) if owner else None
            return found[1] if found and found[0] == "value" else None
        if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
            owner = self.type_of(node.func.value, names)
            found = member_type(owner, node.func.attr.value) if owner else None
            return found[1] if found and found[0] == "call" else None
        return None

    def coroutine_call(self, node: cst.Call, names: dict[str, str]) -> bool:
        if isinstance(node.func, cst.Name):
            return self.api_fetch is not None and node.func.value == self.api_fetch
        if isinstance(node.func, cst.Attribute):
            owner = self.type_of(node.func.value, names)
            found = member_type(owner, node.func.attr.value) if owner else None
            return found is not None and found[0] == "async"
        return False

    # -- the check ------------------------------------------------------------------------

    def expressions(self, stmt: cst.CSTNode, names: dict[str, str]) -> None:
        """Report the coroutine calls of ``stmt``'s own expressions (not nested bodies)."""
        fine: set[int] = set()
        calls: list[cst.Call] = []

        class _Calls(cst.CSTVisitor):
            def visit_IndentedBlock(self, node: cst.IndentedBlock) -> bool:
                return False  # nested statements are checked on their own

            def visit_Lambda(self, node: cst.Lambda) -> bool:
                return False

            def visit_Await(self, node: cst.Await) -> None:
                fine.add(id(node.expression))

            def visit_Return(self, node: cst.Return) -> None:
                if node.value is not None:
                    fine.add(id(node.value))

            def visit_Call(self, node: cst.Call) -> None:
                calls.append(node)
                for arg in node.args:  # handed on: gather(), wait_until(), create_task()
                    fine.add(id(arg.value))

        if isinstance(stmt, cst.SimpleStatementLine):
            walk(stmt, _Calls())
        else:
            for part in _header_expressions(stmt):
                walk(part, _Calls())
        for call in calls:
            if id(call) not in fine and self.coroutine_call(call, names):
                self.report(call)
        # a coroutine passed to Response(...) or str(...) is a value too
        for call in calls:
            if _is_value_sink(call):
                for arg in call.args:
                    value = arg.value
                    if isinstance(value, cst.Call) and self.coroutine_call(value, names):
                        self.report(value)

    def report(self, call: cst.Call) -> None:
        text = cst.Module([]).code_for_node(call)
        if len(text) > 60:
            text = text[:57] + "..."
        self.logger.warning(
            "CF150",
            f"`{text}` is a coroutine that is never awaited: did you forget `await`?",
            file=self.parsed.path,
            span=self.parsed.span(call),
            source=self.parsed.source,
            hint=f"write `await {text}` to get its result (or to run it)",
        )


_VALUE_SINKS = {"Response", "str", "len", "int", "float", "print", "json", "ok", "dumps"}


def _is_value_sink(call: cst.Call) -> bool:
    func = call.func
    name = func.value if isinstance(func, cst.Name) else None
    if isinstance(func, cst.Attribute):
        name = func.attr.value
    return name in _VALUE_SINKS


def _imported_fetch(module: cst.Module) -> str | None:
    for stmt in module.body:
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if (
                    isinstance(small, cst.ImportFrom)
                    and isinstance(small.module, cst.Name)
                    and small.module.value == API_MODULE
                    and not isinstance(small.names, cst.ImportStar)
                ):
                    for alias in small.names:
                        if isinstance(alias.name, cst.Name) and alias.name.value == "fetch":
                            asname = alias.asname
                            if asname is not None and isinstance(asname.name, cst.Name):
                                return asname.name.value
                            return "fetch"
    return None


def _name_of(node: cst.BaseExpression) -> str | None:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
        return node.attr.value if node.value.value == API_MODULE else None
    return None


def _body(body: cst.BaseSuite) -> list[cst.BaseStatement] | list[cst.BaseSmallStatement]:
    if isinstance(body, cst.IndentedBlock):
        return list(body.body)
    if isinstance(body, cst.SimpleStatementSuite):
        return [cst.SimpleStatementLine(body=body.body)]  # type: ignore[list-item]
    return []


def _children_statements(stmt: cst.CSTNode) -> list[cst.CSTNode]:
    """The statements nested in a compound statement (if/for/while/with/try/match)."""
    out: list[cst.CSTNode] = []
    for child in children(stmt):
        if isinstance(child, cst.BaseSuite):
            out.extend(_body(child))
        elif isinstance(
            child,
            cst.Else | cst.If | cst.ExceptHandler | cst.ExceptStarHandler | cst.Finally | cst.MatchCase,
        ):
            out.append(child)
    return out


def _header_expressions(stmt: cst.CSTNode) -> list[cst.CSTNode]:
    """The expressions of a compound statement's header (the test of an `if`, ...)."""
    return [
        child
        for child in children(stmt)
        if isinstance(child, cst.BaseExpression) and not isinstance(child, cst.BaseSuite)
    ]
