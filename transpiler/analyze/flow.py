"""Unbound names: which name reads the compiler cannot prove bound.

CPython raises ``UnboundLocalError`` for a local read before its assignment or after
``del``, and ``NameError`` for such a global or free variable, for an ``except ... as e``
name after its block and for a bare annotation ``x: int``. cfpy keeps variables as plain
JS variables; only a read that this definite-assignment analysis cannot prove bound is
checked at run time, against the sentinel ``$U`` that such a variable holds while unbound
(runtime ``lang/unbound.js``).

The analysis walks each scope's statements in order with the set of names definitely
bound at that point (``None``: unreachable). A read from a nested function is proven
bound when the name was bound in its owner scope when the nested function was created
and is never deleted anywhere in the module (a function body runs only after its ``def``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from ..parse.walk import children, memo_by_node, walk
from .binder import Scope, collect_bindings, param_names, target_names
from .classes import looks_like_dataclass

State = frozenset[str] | None  # None: this point is never reached

_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.DictComp, cst.GeneratorExp)


@dataclass
class UnboundInfo:
    # id(cst.Name) of a read or `del` -> "local" | "free" | "global" (which error to raise)
    checks: dict[int, str] = field(default_factory=dict)
    # id(scope node: cst.Module or cst.FunctionDef) -> names that must start as `$U`
    init: dict[int, set[str]] = field(default_factory=dict)
    # id(cst.ExceptHandler) whose `as` name must be unbound again after the handler
    reset_handlers: set[int] = field(default_factory=set)


def analyze_unbound(module: cst.Module, module_scope: Scope) -> UnboundInfo:
    flow = _Flow(module, module_scope)
    flow.run()
    return flow.info


@dataclass
class _Frame:
    node: cst.CSTNode  # cst.Module | cst.FunctionDef | cst.Lambda
    scope: Scope
    created: State  # the parent frame's state when this function object was created


def _meet(*states: State) -> State:
    out: State = None
    for s in states:
        if s is None:
            continue
        out = s if out is None else out & s
    return out


def _plus(s: State, names: Sequence[str] | set[str] | frozenset[str]) -> State:
    return None if s is None else s | frozenset(names)


def _minus(s: State, names: set[str]) -> State:
    return None if s is None else s - names


def deleted_names(node: cst.CSTNode | Sequence[cst.CSTNode]) -> set[str]:
    """Names unbound by `del` or by the end of an `except ... as name` block."""
    nodes = node if isinstance(node, Sequence) else [node]
    found: set[str] = set()
    for n in nodes:
        found.update(_node_deleted_names(n))
    return found


@memo_by_node
def _node_deleted_names(node: cst.CSTNode) -> frozenset[str]:
    dels = _Dels()
    walk(node, dels)
    return frozenset(dels.found)


class _Dels(cst.CSTVisitor):
    def __init__(self) -> None:
        self.found: set[str] = set()

    def visit_Del(self, n: cst.Del) -> None:
        self.found.update(_del_names(n.target))

    def visit_ExceptHandler(self, n: cst.ExceptHandler) -> None:
        if n.name is not None and isinstance(n.name.name, cst.Name):
            self.found.add(n.name.name.value)


def _del_names(target: cst.BaseExpression) -> list[str]:
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple | cst.List):
        return [n for el in target.elements for n in _del_names(el.value)]
    return []


class _Flow:
    def __init__(self, module: cst.Module, module_scope: Scope) -> None:
        self.module = module
        self.info = UnboundInfo()
        self.deleted = deleted_names(module)
        self.frames: list[_Frame] = [_Frame(module, module_scope, None)]
        self.comp_names: list[set[str]] = []  # comprehension-local names being walked
        self.class_names: set[str] | None = None  # class-body names, directly in the body
        self.breaks: list[list[State]] = []
        self.handlers: list[tuple[cst.ExceptHandler, int, str]] = []

    def run(self) -> None:
        self.block(list(self.module.body), frozenset({"__name__"}))
        for handler, owner, name in self.handlers:
            if name in self.info.init.get(owner, set()):
                self.info.reset_handlers.add(id(handler))

    # -- names -------------------------------------------------------------------------

    def owner(self, name: str) -> int | None:
        """Index of the frame that binds ``name`` as seen from the innermost frame."""
        for i in range(len(self.frames) - 1, -1, -1):
            scope = self.frames[i].scope
            if i == 0:
                return 0 if name in scope.bound else None
            if name in scope.locals:
                return i
            if name in scope.globals_:
                return 0 if name in self.frames[0].scope.bound else None
        return None

    def read(self, node: cst.Name, s: State) -> None:
        name = node.value
        if any(name in names for names in self.comp_names):
            return
        if self.class_names is not None and name in self.class_names:
            return
        i = self.owner(name)
        if i is None:
            return
        if i == len(self.frames) - 1:
            bound = s is None or name in s
        else:
            created = self.frames[i + 1].created
            bound = (created is None or name in created) and name not in self.deleted
        if bound:
            return
        kind = "global" if i == 0 else ("local" if i == len(self.frames) - 1 else "free")
        self.info.checks[id(node)] = kind
        self.info.init.setdefault(id(self.frames[i].node), set()).add(name)

    # -- statements --------------------------------------------------------------------

    def block(self, stmts: Sequence[cst.CSTNode], s: State) -> State:
        for stmt in stmts:
            s = self.stmt(stmt, s)
        return s

    def suite(self, body: cst.BaseSuite, s: State) -> State:
        if isinstance(body, cst.IndentedBlock):
            return self.block(list(body.body), s)
        if isinstance(body, cst.SimpleStatementSuite):
            return self.block(list(body.body), s)
        return s

    def stmt(self, stmt: cst.CSTNode, s: State) -> State:
        if isinstance(stmt, cst.SimpleStatementLine):
            return self.block(list(stmt.body), s)
        method = getattr(self, f"s_{type(stmt).__name__}", None)
        if method is None:
            for child in children(stmt):
                if isinstance(child, cst.BaseExpression):
                    s = self.expr(child, s)
            return s
        result: State = method(stmt, s)
        return result

    def s_Expr(self, n: cst.Expr, s: State) -> State:
        return self.expr(n.value, s)

    def s_Assign(self, n: cst.Assign, s: State) -> State:
        s = self.expr(n.value, s)
        for t in n.targets:
            s = self.target(t.target, s)
        return s

    def s_AnnAssign(self, n: cst.AnnAssign, s: State) -> State:
        if n.value is None:
            return s  # `x: int` binds nothing
        return self.target(n.target, self.expr(n.value, s))

    def s_AugAssign(self, n: cst.AugAssign, s: State) -> State:
        s = self.expr(n.value, s)
        if isinstance(n.target, cst.Name):
            self.read(n.target, s)
            return _plus(s, [n.target.value])
        return self.expr(n.target, s)

    def s_Return(self, n: cst.Return, s: State) -> State:
        self.expr(n.value, s)
        return None

    def s_Raise(self, n: cst.Raise, s: State) -> State:
        self.expr(n.exc, s)
        if n.cause is not None:
            self.expr(n.cause.item, s)
        return None

    def s_Assert(self, n: cst.Assert, s: State) -> State:
        s = self.expr(n.test, s)
        self.expr(n.msg, s)
        return s

    def s_Del(self, n: cst.Del, s: State) -> State:
        return self.delete(n.target, s)

    def delete(self, target: cst.BaseExpression, s: State) -> State:
        if isinstance(target, cst.Name):
            self.read(target, s)  # `del` of an unbound name raises too
            return _minus(s, {target.value})
        if isinstance(target, cst.Tuple | cst.List):
            for el in target.elements:
                s = self.delete(el.value, s)
            return s
        return self.expr(target, s)

    def s_Break(self, n: cst.Break, s: State) -> State:
        if self.breaks:
            self.breaks[-1].append(s)
        return None

    def s_Continue(self, n: cst.Continue, s: State) -> State:
        return None

    def s_Pass(self, n: cst.Pass, s: State) -> State:
        return s

    def s_Import(self, n: cst.Import, s: State) -> State:
        return _plus(s, collect_bindings(n, Scope("module")).bound)

    def s_ImportFrom(self, n: cst.ImportFrom, s: State) -> State:
        return _plus(s, collect_bindings(n, Scope("module")).bound)

    def s_Global(self, n: cst.Global, s: State) -> State:
        return s

    def s_Nonlocal(self, n: cst.Nonlocal, s: State) -> State:
        return s

    def s_If(self, n: cst.If, s: State) -> State:
        s = self.expr(n.test, s)
        body = self.suite(n.body, s)
        if n.orelse is None:
            other = s
        elif isinstance(n.orelse, cst.If):
            other = self.s_If(n.orelse, s)
        else:
            other = self.suite(n.orelse.body, s)
        return _meet(body, other)

    def loop(
        self, body: cst.BaseSuite, orelse: cst.Else | None, entry: State, s_body: State, infinite: bool
    ) -> State:
        self.breaks.append([])
        try:
            self.suite(body, s_body)
        finally:
            breaks = self.breaks.pop()
        normal: State = entry
        if orelse is not None:
            normal = self.suite(orelse.body, entry)
        if infinite:
            normal = None
        states = [normal, *breaks]
        if all(st is None for st in states):
            return None
        return _meet(*states)

    def s_While(self, n: cst.While, s: State) -> State:
        entry = _minus(s, deleted_names(n.body))
        entry = self.expr(n.test, entry)
        infinite = isinstance(n.test, cst.Name) and n.test.value == "True"
        return self.loop(n.body, n.orelse, entry, entry, infinite)

    def s_For(self, n: cst.For, s: State) -> State:
        s = self.expr(n.iter, s)
        entry = _minus(s, deleted_names(n.body))
        s_body = self.target(n.target, entry)
        return self.loop(n.body, n.orelse, entry, s_body, False)

    def s_Try(self, n: cst.Try | cst.TryStar, s: State) -> State:
        dels = deleted_names(n)
        body_end = self.suite(n.body, s)
        h_entry = _minus(s, dels)
        ends: list[State] = []
        for handler in n.handlers:
            hs = self.expr(handler.type, h_entry) if handler.type is not None else h_entry
            name = None
            if handler.name is not None and isinstance(handler.name.name, cst.Name):
                name = handler.name.name.value
                owner = self.owner(name)
                if owner is not None:
                    self.handlers.append((handler, id(self.frames[owner].node), name))
                hs = _plus(hs, [name])
            end = self.suite(handler.body, hs)
            ends.append(_minus(end, {name}) if name else end)
        else_end = self.suite(n.orelse.body, body_end) if n.orelse is not None else body_end
        normal = _meet(else_end, *ends) if any(e is not None for e in [else_end, *ends]) else None
        if n.finalbody is None:
            return normal
        f_end = self.suite(n.finalbody.body, h_entry)
        if f_end is None or normal is None:
            return None
        return (normal - deleted_names(n.finalbody)) | f_end

    def s_TryStar(self, n: cst.TryStar, s: State) -> State:
        return self.s_Try(n, s)

    def s_With(self, n: cst.With, s: State) -> State:
        for item in n.items:
            s = self.expr(item.item, s)
            if item.asname is not None:
                s = self.target(item.asname.name, s)
        self.suite(n.body, s)
        # A context manager may suppress an exception: the body's bindings are not definite.
        return _minus(s, deleted_names(n.body))

    def s_Match(self, n: cst.Match, s: State) -> State:
        s = self.expr(n.subject, s)
        ends: list[State] = [s]
        for case in n.cases:
            cs = self.pattern(case.pattern, s)
            if case.guard is not None:
                cs = self.expr(case.guard, cs)
            ends.append(self.suite(case.body, cs))
        return _meet(*ends)

    def pattern(self, p: cst.MatchPattern, s: State) -> State:
        names: list[str] = []

        class _Captures(cst.CSTVisitor):
            def visit_MatchAs(self, m: cst.MatchAs) -> None:
                if m.name is not None:
                    names.append(m.name.value)

            def visit_MatchStar(self, m: cst.MatchStar) -> None:
                if m.name is not None:
                    names.append(m.name.value)

            def visit_MatchMapping(self, m: cst.MatchMapping) -> None:
                if m.rest is not None:
                    names.append(m.rest.value)

        walk(p, _Captures())

        class _Values(cst.CSTVisitor):
            def __init__(self, flow: _Flow) -> None:
                self.flow = flow

            def visit_MatchValue(self, m: cst.MatchValue) -> bool:
                self.flow.expr(m.value, s)
                return False

            def visit_MatchClass(self, m: cst.MatchClass) -> None:
                self.flow.expr(m.cls, s)

            def visit_MatchMappingElement(self, m: cst.MatchMappingElement) -> None:
                self.flow.expr(m.key, s)

        walk(p, _Values(self))
        return _plus(s, names)

    def s_FunctionDef(self, n: cst.FunctionDef, s: State) -> State:
        for deco in n.decorators:
            s = self.expr(deco.decorator, s)
        for param in _params(n.params):
            if param.default is not None:
                s = self.expr(param.default, s)
        # Without decorators, nothing can call the function before its name is bound.
        self.function(n, s if n.decorators else _plus(s, [n.name.value]))
        return _plus(s, [n.name.value])

    def s_ClassDef(self, n: cst.ClassDef, s: State) -> State:
        for deco in n.decorators:
            s = self.expr(deco.decorator, s)
        for arg in [*n.bases, *n.keywords]:
            s = self.expr(arg.value, s)
        # @dataclass is applied at compile time: it cannot call a method early.
        runtime_decorators = [d for d in n.decorators if not looks_like_dataclass(d)]
        created = s if runtime_decorators else _plus(s, [n.name.value])
        saved = self.class_names
        self.class_names = collect_bindings(_body(n.body), Scope("class")).bound
        try:
            # Methods are created with the enclosing scope's state (class names are not
            # visible to them); class-level reads see the enclosing state as well.
            self.class_body(_body(n.body), s, created)
        finally:
            self.class_names = saved
        return _plus(s, [n.name.value])

    def class_body(self, stmts: list[cst.CSTNode], s: State, created: State) -> None:
        for stmt in stmts:
            if isinstance(stmt, cst.FunctionDef):
                for deco in stmt.decorators:
                    self.expr(deco.decorator, s)
                for param in _params(stmt.params):
                    if param.default is not None:
                        self.expr(param.default, s)
                self.function(stmt, created)
            else:
                self.stmt(stmt, s)

    def function(self, n: cst.FunctionDef, created: State) -> None:
        params = param_names(n.params)
        scope = collect_bindings(_body(n.body), Scope("function", bound=set(params)))
        self.enter(n, scope, created, lambda: self.suite(n.body, frozenset(params)))

    def enter(self, node: cst.CSTNode, scope: Scope, created: State, walk: object) -> None:
        saved = (self.comp_names, self.class_names, self.breaks)
        self.comp_names, self.class_names, self.breaks = [], None, []
        self.frames.append(_Frame(node, scope, created))
        try:
            walk()  # type: ignore[operator]
        finally:
            self.frames.pop()
            self.comp_names, self.class_names, self.breaks = saved

    # -- expressions -------------------------------------------------------------------

    def target(self, t: cst.BaseExpression, s: State) -> State:
        if isinstance(t, cst.Name):
            return _plus(s, [t.value])
        if isinstance(t, cst.Tuple | cst.List):
            for el in t.elements:
                s = self.target(el.value, s)
            return s
        if isinstance(t, cst.StarredElement):
            return self.target(t.value, s)
        return self.expr(t, s)

    def expr(self, node: cst.CSTNode | None, s: State) -> State:
        """Record the reads in ``node``; returns the state after it (walrus bindings)."""
        if node is None:
            return s
        if isinstance(node, cst.Name):
            self.read(node, s)
            return s
        if isinstance(node, cst.Attribute):
            return self.expr(node.value, s)
        if isinstance(node, cst.Arg):
            return self.expr(node.value, s)
        if isinstance(node, cst.NamedExpr):
            s = self.expr(node.value, s)
            return self.target(node.target, s)
        if isinstance(node, cst.BooleanOperation):
            s = self.expr(node.left, s)
            self.expr(node.right, s)  # evaluated only sometimes: its walruses are not definite
            return s
        if isinstance(node, cst.IfExp):
            s = self.expr(node.test, s)
            self.expr(node.body, s)
            self.expr(node.orelse, s)
            return s
        if isinstance(node, cst.Lambda):
            for param in _params(node.params):
                if param.default is not None:
                    s = self.expr(param.default, s)
            names = param_names(node.params)
            scope = Scope("function", bound=set(names))
            self.enter(node, scope, s, lambda: self.expr(node.body, frozenset(names)))
            return s
        if isinstance(node, _COMPREHENSIONS):
            self.comprehension(node, s)
            return s
        for child in children(node):
            s = self.expr(child, s)
        return s

    def comprehension(self, node: cst.CSTNode, s: State) -> None:
        first: cst.CompFor = node.for_in  # type: ignore[attr-defined]
        self.expr(first.iter, s)
        names: set[str] = set()
        comp: cst.CompFor | None = first
        while comp is not None:
            names.update(target_names(comp.target))
            comp = comp.inner_for_in
        self.comp_names.append(names)
        try:
            comp = first
            while comp is not None:
                if comp is not first:
                    self.expr(comp.iter, s)
                for cond in comp.ifs:
                    self.expr(cond.test, s)
                comp = comp.inner_for_in
            for part in ("elt", "key", "value"):
                self.expr(getattr(node, part, None), s)
        finally:
            self.comp_names.pop()


def _params(params: cst.Parameters) -> list[cst.Param]:
    out = [*params.posonly_params, *params.params, *params.kwonly_params]
    if isinstance(params.star_arg, cst.Param):
        out.append(params.star_arg)
    if params.star_kwarg is not None:
        out.append(params.star_kwarg)
    return out


def _body(body: cst.BaseSuite) -> list[cst.CSTNode]:
    if isinstance(body, cst.IndentedBlock):
        return list(body.body)
    if isinstance(body, cst.SimpleStatementSuite):
        return list(body.body)
    return []
