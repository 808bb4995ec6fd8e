"""Static types of local names, inferred flow-insensitively per scope.

A name gets a type only when *every* binding of it in the scope assigns a value of that
one statically known type (literals, arithmetic on known types, known builtins, ``for i in
range(...)``).  Parameters, unpacking targets, names rebound by nested scopes and anything
else stay unknown, so the lowerer falls back to runtime helpers.  The types enable plain
JS operators and, for floats, CPython's float formatting (``2.0``, not ``2``).
"""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from ..parse.walk import memo_by_node, walk
from .binder import param_names, target_names

# Result types of builtins called with plain positional arguments.
BUILTIN_RESULTS = {
    "len": "int",
    "str": "str",
    "repr": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "isinstance": "bool",
    "hasattr": "bool",
    "callable": "bool",
    "chr": "str",
    "ord": "int",
    "hex": "str",
    "oct": "str",
    "bin": "str",
    "format": "str",
    "ascii": "str",
}
# The numeric types the typer tracks ("num": an int, or a float from int ** negative int).
# bool is not among them: arithmetic on it is int arithmetic, but a bool operand is left
# to the runtime helpers.
NUMERIC = frozenset({"int", "float", "num"})
MAYBE_FLOAT = "float?"
_UNKNOWN = "?"  # a name bound in a way the typer does not follow
_OUTER = "<outer>"
# A binding's fixed type "int" provided the named builtin (range, enumerate) is not
# shadowed in the scope or the enclosing ones (infer_types decides).
_IF_BUILTIN = (
    "int if builtin:"  # env key holding the enclosing scopes' types (and function returns)
)


def numeric_result(a: str | None, b: str | None) -> str:
    if "float" in (a, b):
        return "float"
    if a in ("int", "bool") and b in ("int", "bool"):
        return "int"
    return "num"


def expression_type(node: cst.BaseExpression, env: dict[str, str | None]) -> str | None:
    """The static Python type of ``node`` given known name types, or None."""
    if isinstance(node, cst.Integer):
        return "int"
    if isinstance(node, cst.Float):
        return "float"
    if isinstance(node, cst.SimpleString):
        return "bytes" if "b" in node.prefix.lower() else "str"
    if isinstance(node, cst.FormattedString | cst.ConcatenatedString):
        return "str"
    if isinstance(node, cst.Name):
        if node.value in ("True", "False"):
            return "bool"
        if node.value == "None":
            return "none"
        found = env.get(node.value)
        if found is None and node.value not in env:
            found = env.get(_OUTER, {}).get(node.value)  # type: ignore[union-attr]
        return None if found == _UNKNOWN else found
    if isinstance(node, cst.List | cst.ListComp):
        return "list"
    if isinstance(node, cst.Dict | cst.DictComp):
        return "dict"
    if isinstance(node, cst.Tuple):
        return "tuple"
    if isinstance(node, cst.Comparison):
        return "bool"
    if isinstance(node, cst.UnaryOperation):
        inner = expression_type(node.expression, env)
        if isinstance(node.operator, cst.Not):
            return "bool"
        if isinstance(node.operator, cst.Minus | cst.Plus):
            return inner if inner in NUMERIC | {MAYBE_FLOAT} else None
        return "int" if inner == "int" else None
    if isinstance(node, cst.BinaryOperation):
        return _binary_type(node, env)
    if isinstance(node, cst.IfExp):
        a, b = expression_type(node.body, env), expression_type(node.orelse, env)
        return a if a == b else None
    if (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and isinstance(node.func.value, cst.Name)
    ):
        key = f"{node.func.value.value}.{node.func.attr.value}()"  # e.g. "math.sqrt()"
        outer_env: dict[str, str | None] = env.get(_OUTER) or {}  # type: ignore[assignment]
        return env.get(key, outer_env.get(key))
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Name):
        name = node.func.value
        outer: dict[str, str | None] = env.get(_OUTER) or {}  # type: ignore[assignment]
        if name in env and name + "()" not in env:
            return None  # a local variable shadows any function of that name
        returns = env.get(name + "()", outer.get(name + "()"))
        if returns is not None:
            return returns
        if name in BUILTIN_RESULTS and name not in outer:
            if all(a.keyword is None and not a.star for a in node.args):
                return BUILTIN_RESULTS[name]
        if name in ("abs", "round") and len(node.args) >= 1 and name not in outer:
            inner = expression_type(node.args[0].value, env)
            if name == "abs" and inner in ("int", "float", MAYBE_FLOAT):
                return inner
            if name == "round":
                return inner if len(node.args) == 2 and inner in ("int", "float") else "int"
    return None


def _binary_type(node: cst.BinaryOperation, env: dict[str, str | None]) -> str | None:
    left, right = expression_type(node.left, env), expression_type(node.right, env)
    op = node.operator
    if isinstance(op, cst.Power) and left in NUMERIC and right in NUMERIC:
        if left == right == "int" and isinstance(node.right, cst.Integer):
            return "int"  # a non-negative literal exponent (`-1` is a UnaryOperation)
        if right != "int" and not _non_negative(node.left):
            return None  # a negative base to a fractional power is a complex
        return "float" if "float" in (left, right) else "num"
    return binary_result(op, left, right)


def binary_result(op: cst.BaseBinaryOp, left: str | None, right: str | None) -> str | None:
    """The static type of ``left op right`` from the operand types alone (a power needs
    its operands' syntax too: ``_binary_type``; from types alone it is unknown). The
    lowering asks this for the operations it emits; it never derives result types."""
    if left in NUMERIC and right in NUMERIC:
        if isinstance(op, cst.Divide):
            return "float"
        if isinstance(op, cst.Power):
            return None
        if isinstance(op, cst.Add | cst.Subtract | cst.Multiply | cst.FloorDivide | cst.Modulo):
            return numeric_result(left, right)
        return "int" if left == right == "int" else None
    if left == "str" and isinstance(op, cst.Add) and right == "str":
        return "str"
    if left == "str" and isinstance(op, cst.Modulo):
        return "str"
    if left == right == "list" and isinstance(op, cst.Add):
        return "list"
    return _maybe_float(op, left, right)


def _non_negative(node: cst.BaseExpression) -> bool:
    """Is ``node`` a number literal (never negative: ``-2`` is a UnaryOperation)?"""
    return isinstance(node, cst.Integer | cst.Float)


def _maybe_float(op: cst.BaseBinaryOp, left: str | None, right: str | None) -> str | None:
    """MAYBE_FLOAT: "if this is a real number, it is a float" (operands may be complex
    numbers or user objects)."""
    if left == "str" or right == "str":
        return None
    if isinstance(op, cst.Divide):
        return MAYBE_FLOAT  # int / int is a float; anything else is a complex or user type
    arithmetic = cst.Add | cst.Subtract | cst.Multiply | cst.FloorDivide | cst.Modulo
    if isinstance(op, arithmetic):
        known = {left, right} - {None}
        if "float" in known or MAYBE_FLOAT in known:
            if known <= NUMERIC | {MAYBE_FLOAT}:
                return MAYBE_FLOAT
    return None


class _Bindings(cst.CSTVisitor):
    """Every binding of every name in one scope, as (name, value expression | None)."""

    def __init__(self) -> None:
        self.bindings: list[tuple[str, cst.BaseExpression | None, str | None]] = []
        self.rebound_elsewhere: set[str] = set()

    def _opaque(self, target: cst.BaseExpression) -> None:
        for name in target_names(target):
            self.bindings.append((name, None, None))

    def visit_Assign(self, node: cst.Assign) -> None:
        for t in node.targets:
            if isinstance(t.target, cst.Name):
                self.bindings.append((t.target.value, node.value, None))
            elif parallel_pairs(t.target, node.value):
                # `a, b = x, y`: each name gets its own value
                for el, item in zip(t.target.elements, node.value.elements, strict=True):  # type: ignore[union-attr]
                    if isinstance(el.value, cst.Name):
                        self.bindings.append((el.value.value, item.value, None))
                    else:
                        self._opaque(el.value)
            else:
                self._opaque(t.target)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if isinstance(node.target, cst.Name) and node.value is not None:
            self.bindings.append((node.target.value, node.value, None))

    def visit_AugAssign(self, node: cst.AugAssign) -> None:
        if isinstance(node.target, cst.Name):
            op = cst.BinaryOperation(
                left=node.target, operator=AUG_TO_BINARY[type(node.operator)](), right=node.value
            )
            self.bindings.append((node.target.value, op, None))

    def visit_For(self, node: cst.For | cst.CompFor) -> None:
        it = node.iter
        call = it.func.value if isinstance(it, cst.Call) and isinstance(it.func, cst.Name) else None
        plain = isinstance(it, cst.Call) and all(not a.star for a in it.args)
        if call == "range" and isinstance(node.target, cst.Name) and plain:
            self.bindings.append((node.target.value, None, _IF_BUILTIN + "range"))
        elif (
            call == "enumerate"
            and plain
            and isinstance(node.target, cst.Tuple | cst.List)
            and len(node.target.elements) == 2
            and isinstance(node.target.elements[0].value, cst.Name)
            and not isinstance(node.target.elements[0], cst.StarredElement)
        ):
            # enumerate's count is an int (its start goes through __index__)
            self.bindings.append(
                (node.target.elements[0].value.value, None, _IF_BUILTIN + "enumerate")
            )
            self._opaque(node.target.elements[1].value)
        else:
            self._opaque(node.target)

    def visit_NamedExpr(self, node: cst.NamedExpr) -> None:
        self._opaque(node.target)

    def visit_WithItem(self, node: cst.WithItem) -> None:
        if node.asname is not None:
            self._opaque(node.asname.name)

    def visit_ExceptHandler(self, node: cst.ExceptHandler) -> None:
        if node.name is not None:
            self._opaque(node.name.name)

    def visit_Del(self, node: cst.Del) -> None:
        self._opaque(node.target)

    def visit_Global(self, node: cst.Global) -> None:
        self.rebound_elsewhere.update(n.name.value for n in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.rebound_elsewhere.update(n.name.value for n in node.names)

    # Nested scopes: only their global/nonlocal declarations matter here.
    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        self.bindings.append((node.name.value, None, None))
        walk(node.body, _NestedRebinds(self.rebound_elsewhere))
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.bindings.append((node.name.value, None, None))
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False

    def visit_ListComp(self, node: cst.ListComp) -> bool:
        return False

    def visit_SetComp(self, node: cst.SetComp) -> bool:
        return False

    def visit_DictComp(self, node: cst.DictComp) -> bool:
        return False

    def visit_GeneratorExp(self, node: cst.GeneratorExp) -> bool:
        return False

    def visit_Import(self, node: cst.Import) -> bool:
        for alias in node.names:
            root = alias.asname.name if alias.asname else alias.name
            while isinstance(root, cst.Attribute):
                root = root.value
            self._opaque(root)  # type: ignore[arg-type]
        return False

    def visit_ImportFrom(self, node: cst.ImportFrom) -> bool:
        if not isinstance(node.names, cst.ImportStar):
            for alias in node.names:
                self._opaque(alias.asname.name if alias.asname else alias.name)  # type: ignore[arg-type]
        return False


def parallel_pairs(target: cst.BaseExpression, value: cst.BaseExpression) -> bool:
    """Is ``target = value`` a tuple display assigned to as many unstarred targets?"""
    return (
        isinstance(target, cst.Tuple | cst.List)
        and isinstance(value, cst.Tuple)
        and len(target.elements) == len(value.elements)
        and not any(isinstance(el, cst.StarredElement) for el in target.elements)
        and not any(isinstance(el, cst.StarredElement) for el in value.elements)
    )


class _NestedRebinds(cst.CSTVisitor):
    def __init__(self, out: set[str]) -> None:
        self.out = out

    def visit_Global(self, node: cst.Global) -> None:
        self.out.update(n.name.value for n in node.names)

    def visit_Nonlocal(self, node: cst.Nonlocal) -> None:
        self.out.update(n.name.value for n in node.names)


# `x op= v` as the binary operation it performs (the typer's and the lowering's table).
AUG_TO_BINARY: dict[type[cst.BaseAugOp], type[cst.BaseBinaryOp]] = {
    cst.AddAssign: cst.Add,
    cst.SubtractAssign: cst.Subtract,
    cst.MultiplyAssign: cst.Multiply,
    cst.DivideAssign: cst.Divide,
    cst.FloorDivideAssign: cst.FloorDivide,
    cst.ModuloAssign: cst.Modulo,
    cst.PowerAssign: cst.Power,
    cst.LeftShiftAssign: cst.LeftShift,
    cst.RightShiftAssign: cst.RightShift,
    cst.BitOrAssign: cst.BitOr,
    cst.BitAndAssign: cst.BitAnd,
    cst.BitXorAssign: cst.BitXor,
    cst.MatrixMultiplyAssign: cst.MatrixMultiply,
}


@memo_by_node
def _node_bindings(
    node: cst.CSTNode,
) -> tuple[tuple[tuple[str, cst.BaseExpression | None, str | None], ...], frozenset[str]]:
    """The ``_Bindings`` of one statement (computed once per statement)."""
    collector = _Bindings()
    walk(node, collector)
    return tuple(collector.bindings), frozenset(collector.rebound_elsewhere)


def infer_types(
    body: list[cst.CSTNode], opaque: set[str], outer: Mapping[str, str | None] | None = None
) -> dict[str, str | None]:
    """Types of the names bound in ``body`` (one scope); ``opaque`` names stay unknown.

    ``outer`` gives the types visible from enclosing scopes, including ``"f()"`` entries
    for the return types of known functions.
    """
    collector = _Bindings()
    for node in body:
        bindings, rebound = _node_bindings(node)
        collector.bindings.extend(bindings)
        collector.rebound_elsewhere.update(rebound)
    names = {name for name, _, _ in collector.bindings}
    env: dict[str, str | None] = {name: None for name in names}  # None = no evidence yet
    env[_OUTER] = outer or {}  # type: ignore[assignment]
    blocked = opaque | collector.rebound_elsewhere
    for name in blocked:
        env[name] = _UNKNOWN
    for _ in range(8):  # fixpoint over dependencies between names
        changed = False
        for name, value, fixed in collector.bindings:
            if env.get(name) == _UNKNOWN:
                continue
            if fixed is not None and fixed.startswith(_IF_BUILTIN):
                builtin = fixed[len(_IF_BUILTIN) :]
                found = _UNKNOWN if builtin in env or builtin in env[_OUTER] else "int"  # type: ignore[operator]
            elif fixed is not None:
                found: str | None = fixed
            elif value is None:
                found = _UNKNOWN
            else:
                found = expression_type(value, env) or _UNKNOWN
            current = env.get(name)
            merged = found if current is None or current == found else _UNKNOWN
            if merged != current:
                env[name] = merged
                changed = True
        if not changed:
            break
    # Names still "no evidence" depend on unknowns in a cycle: unknown.
    result = {n: (None if t in (None, _UNKNOWN) else t) for n, t in env.items() if n != _OUTER}
    result[_OUTER] = env[_OUTER]
    return result


def return_type(fn: cst.FunctionDef, outer: dict[str, str | None]) -> str | None:
    """The static type of every value ``fn`` returns, if they all agree."""
    if fn.asynchronous is not None or fn.decorators:
        return None
    body = list(fn.body.body) if isinstance(fn.body, cst.IndentedBlock) else [fn.body]
    env = infer_types(body, set(param_names(fn.params)), outer)
    returns, yields = _returns(fn)
    if yields or not returns:
        return None
    last = body[-1] if body else None
    ends_in_return = isinstance(last, cst.SimpleStatementLine) and isinstance(
        last.body[-1], cst.Return | cst.Raise
    )
    types = {expression_type(r.value, env) if r.value is not None else "none" for r in returns}
    if not ends_in_return:
        types.add("none")
    found = types.pop() if len(types) == 1 else None
    return found if found not in ("none", None) else None


@memo_by_node
def _returns(fn: cst.FunctionDef) -> tuple[list[cst.Return], bool]:
    """The ``return`` statements of ``fn``'s own body, and whether it yields."""
    finder = _Returns()
    for stmt in _body_of(fn):
        walk(stmt, finder)
    return finder.returns, finder.yields


def _body_of(fn: cst.FunctionDef) -> list[cst.CSTNode]:
    return list(fn.body.body) if isinstance(fn.body, cst.IndentedBlock) else [fn.body]


class _Returns(cst.CSTVisitor):
    def __init__(self) -> None:
        self.returns: list[cst.Return] = []
        self.yields = False

    def visit_Return(self, node: cst.Return) -> None:
        self.returns.append(node)

    def visit_Yield(self, node: cst.Yield) -> None:
        self.yields = True

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        return False

    def visit_Lambda(self, node: cst.Lambda) -> bool:
        return False


def comprehension_types(
    clauses: list[cst.CompFor], outer: dict[str, str | None]
) -> dict[str, str | None]:
    """Types of a comprehension's target names (seen from the scope ``outer``): a name
    bound once, by a ``for`` over ``range``/``enumerate`` (the builtins), is an int."""
    collector = _Bindings()
    for clause in clauses:
        collector.visit_For(clause)
    found: dict[str, str | None] = {}
    outer_env: dict[str, str | None] = outer.get(_OUTER) or {}  # type: ignore[assignment]
    for name, _, fixed in collector.bindings:
        if name in found or fixed is None:
            found[name] = None  # bound twice, or not by a counted loop
            continue
        builtin = fixed[len(_IF_BUILTIN) :]
        shadowed = builtin in outer or builtin in outer_env
        found[name] = None if shadowed else "int"
    return found
