"""Scopes: which names a function, class body or module binds, following Python's rules.

Python decides scope per function: a name assigned anywhere in a function body is local
to the whole function unless declared ``global``/``nonlocal``.  The lowerer declares all
of a function's locals in one ``let`` at its top, so JS scoping then matches Python's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from ..parse.walk import memo_by_node, walk


@dataclass
class Scope:
    kind: str  # "module" | "function" | "class" | "comprehension"
    bound: set[str] = field(default_factory=set)
    globals_: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)
    # Names bound by a def/class statement directly in this scope's body: kind per name.
    defs: dict[str, str] = field(default_factory=dict)
    parent: Scope | None = None

    @property
    def locals(self) -> set[str]:
        return self.bound - self.globals_ - self.nonlocals


def collect_bindings(body: cst.CSTNode | list[cst.CSTNode], scope: Scope) -> Scope:
    """Fill ``scope`` with the names bound in ``body`` (not descending into nested scopes)."""
    nodes = body if isinstance(body, list) else [body]
    for node in nodes:
        bound, globals_, nonlocals, defs = _node_bindings(node)
        scope.bound.update(bound)
        scope.globals_.update(globals_)
        scope.nonlocals.update(nonlocals)
        scope.defs.update(defs)
    return scope


@memo_by_node
def _node_bindings(
    node: cst.CSTNode,
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[tuple[str, str], ...]]:
    """What ``node`` binds in its scope: (bound, globals, nonlocals, defs in order)."""
    scope = Scope("module")
    walk(node, _BindingCollector(scope))
    defs = tuple(scope.defs.items())
    return frozenset(scope.bound), frozenset(scope.globals_), frozenset(scope.nonlocals), defs


def target_names(target: cst.BaseExpression) -> list[str]:
    """Names bound by an assignment target (``a``, ``a, (b, *c)``)."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple | cst.List):
        names: list[str] = []
        for el in target.elements:
            names.extend(target_names(el.value))
        return names
    if isinstance(target, cst.StarredElement):
        return target_names(target.value)
    return []


class _BindingCollector(cst.CSTVisitor):
    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.depth = 0

    def _bind(self, target: cst.BaseExpression) -> None:
        self.scope.bound.update(target_names(target))

    # Nested scopes bind their own name here and are not entered.
    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.scope.bound.add(node.name.value)
        self.scope.defs[node.name.value] = "function"
        for deco in node.decorators:
            walk(deco, self)
        for param in _all_params(node.params):
            if param.default is not None:
                walk(param.default, self)
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.scope.bound.add(node.name.value)
        self.scope.defs[node.name.value] = "class"
        for deco in node.decorators:
            walk(deco, self)
        for arg in node.bases:
            walk(arg, self)
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        for param in _all_params(node.params):
            if param.default is not None:
                walk(param.default, self)
        return False

    def _visit_comprehension(self, node: cst.CSTNode) -> bool:
        # Only walrus targets inside a comprehension bind in the enclosing scope.
        for sub in _walrus_targets(node):
            self.scope.bound.add(sub)
        return False

    def visit_ListComp(self, node: cst.ListComp) -> bool:
        return self._visit_comprehension(node)

    def visit_SetComp(self, node: cst.SetComp) -> bool:
        return self._visit_comprehension(node)

    def visit_DictComp(self, node: cst.DictComp) -> bool:
        return self._visit_comprehension(node)

    def visit_GeneratorExp(self, node: cst.GeneratorExp) -> bool:
        return self._visit_comprehension(node)

    def visit_Assign(self, node: cst.Assign) -> None:
        for t in node.targets:
            self._bind(t.target)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        self._bind(node.target)

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        self._bind(node.target)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._bind(node.target)

    def visit_For(self, node: cst.For) -> None:
        self._bind(node.target)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._bind(node.asname.name)

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        if node.name is not None:
            self._bind(node.name.name)

    def visit_Del(self, node: cst.Del) -> None:
        self._bind(node.target)

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            if alias.asname is not None:
                self._bind(alias.asname.name)  # type: ignore[arg-type]
            else:
                root = alias.name
                while isinstance(root, cst.Attribute):
                    root = root.value  # type: ignore[assignment]
                self._bind(root)

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if isinstance(node.names, cst.ImportStar):
            return
        for alias in node.names:
            bound = alias.asname.name if alias.asname is not None else alias.name
            self._bind(bound)  # type: ignore[arg-type]

    def visit_Global(self, node: cst.Global) -> None:
        self.scope.globals_.update(n.name.value for n in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.scope.nonlocals.update(n.name.value for n in node.names)

    def visit_MatchAs(self, node: cst.MatchAs) -> None:
        if node.name is not None:
            self.scope.bound.add(node.name.value)

    def visit_MatchStar(self, node: cst.MatchStar) -> None:
        if node.name is not None:
            self.scope.bound.add(node.name.value)

    def visit_MatchMapping(self, node: cst.MatchMapping) -> None:
        if node.rest is not None:
            self.scope.bound.add(node.rest.value)


def _walrus_targets(node: cst.CSTNode) -> list[str]:
    found: list[str] = []

    class _Walrus(cst.CSTVisitor):
        def visit_NamedExpr(self, n: cst.NamedExpr) -> None:
            found.extend(target_names(n.target))

        def visit_Lambda(self, n: cst.Lambda) -> bool:
            return False

    walk(node, _Walrus())
    return found


def _all_params(params: cst.Parameters) -> list[cst.Param]:
    out = list(params.posonly_params) + list(params.params) + list(params.kwonly_params)
    if isinstance(params.star_arg, cst.Param):
        out.append(params.star_arg)
    if params.star_kwarg is not None:
        out.append(params.star_kwarg)
    return out


def param_names(params: cst.Parameters) -> list[str]:
    return [p.name.value for p in _all_params(params)]


@memo_by_node
def contains_in_scope(node: cst.CSTNode, kind: type[cst.CSTNode]) -> bool:
    """Does ``node`` contain a ``kind`` node (Yield, Await) outside nested scopes?"""
    finder = _Find(kind, node)
    walk(node, finder)
    return finder.found


class _Find(cst.CSTVisitor):
    def __init__(self, kind: type[cst.CSTNode], root: cst.CSTNode) -> None:
        self.kind = kind
        self.root = root
        self.found = False

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, self.kind):
            self.found = True
        if self.found:
            return False
        if node is not self.root and isinstance(node, cst.FunctionDef | cst.ClassDef | cst.Lambda):
            # The new scope's body is not ours, but its defaults, decorators and bases
            # are evaluated here (`lambda x=(yield): x` makes *this* a generator).
            for part in _enclosing_scope_parts(node):
                walk(part, self)
            return False
        return True


def _enclosing_scope_parts(n: cst.CSTNode) -> list[cst.CSTNode]:
    """The parts of a def, class or lambda evaluated in the scope that contains it."""
    parts: list[cst.CSTNode] = []
    if isinstance(n, cst.FunctionDef | cst.Lambda):
        params = n.params
        for p in (*params.posonly_params, *params.params, *params.kwonly_params):
            if p.default is not None:
                parts.append(p.default)
    if isinstance(n, cst.FunctionDef | cst.ClassDef):
        parts.extend(d.decorator for d in n.decorators)
    if isinstance(n, cst.ClassDef):
        parts.extend(arg.value for arg in (*n.bases, *n.keywords))
    return parts
