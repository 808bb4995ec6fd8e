"""Expression lowering: one method per Python expression construct.

Plain JS operators are used only where both operand types are statically known and JS
agrees with Python; everything else calls a runtime helper with Python semantics.
"""

from __future__ import annotations

import re

import libcst as cst

from .. import names as N
from ..analyze.binder import contains_in_scope
from ..analyze.typer import (
    NUMERIC,
    binary_result,
    comprehension_types,
    expression_type,
    numeric_result,
)
from ..parse import string_value
from .base import LowerBase, js_string
from .context import JS
from .stdlib_names import refusal

MAX_SAFE_INT = 2**53 - 1  # an int beyond is a JS BigInt (docs/design.md)
_INT_LITERAL = re.compile(r"-?\d+")
_JS_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_FLOAT_LITERAL = re.compile(r"-?\d+\.\d*(e[-+]?\d+)?|-?\d+e[-+]?\d+")
# Compiled `+ - *` of two statically int operands: the number fast path, exact beyond
# (runtime builtins/arith.js, `$addi` & co.).
_INT_HELPERS: dict[type[cst.BaseBinaryOp], str] = {
    cst.Add: "$addi",
    cst.Subtract: "$subi",
    cst.Multiply: "$muli",
}

_BINARY_HELPERS: dict[type[cst.BaseBinaryOp], str] = {
    cst.Add: "$add",
    cst.Subtract: "$sub",
    cst.Multiply: "$mul",
    cst.Divide: "$truediv",
    cst.FloorDivide: "$floordiv",
    cst.Modulo: "$mod",
    cst.Power: "$pow",
    cst.LeftShift: "$lshift",
    cst.RightShift: "$rshift",
    cst.BitOr: "$or",
    cst.BitAnd: "$and",
    cst.BitXor: "$xor",
    cst.MatrixMultiply: "$matmul",
}
_COMPARE_HELPERS: dict[type[cst.BaseCompOp], str] = {
    cst.Equal: "$eq",
    cst.NotEqual: "$ne",
    cst.LessThan: "$lt",
    cst.LessThanEqual: "$le",
    cst.GreaterThan: "$gt",
    cst.GreaterThanEqual: "$ge",
}
_JS_COMPARE = {"$eq": "===", "$ne": "!==", "$lt": "<", "$le": "<=", "$gt": ">", "$ge": ">="}


# Attributes runtime lang/attrs.js specialAttr supplies for objects that lack them.
# Attribute names whose absence from a JS object is not the end of the lookup: the names
# every Python object has, and those of int/float values (`(3).real`, `x.to_bytes` as a
# value). Reads of these go through `$nullattr`; every other name through the smaller
# `$noattr` (runtime_shim/js/lang/attrs.js), so a bundle carries the number-attribute
# and `__dict__` code only when it reads such a name.
SPECIAL_ATTRS = frozenset(
    {"__name__", "__qualname__", "__doc__", "__defaults__", "__kwdefaults__", "__dict__"}
    | {"__class__"}
    | {"real", "imag", "numerator", "denominator", "bit_length", "bit_count", "conjugate"}
    | {"as_integer_ratio", "to_bytes", "is_integer", "hex"}
)


class ExpressionLowerer(LowerBase):
    def expr(self, node: cst.BaseExpression) -> JS:
        method = getattr(self, f"expr_{type(node).__name__}", None)
        if method is None:
            return self.unsupported(node, f"the expression `{type(node).__name__}`")
        result: JS = method(node)
        if result.type is None:
            # The typer (transpiler/analyze/typer.py) is the one authority on static types.
            result.type = expression_type(node, self.type_env())
        return result

    def type_env(self) -> dict[str, str | None]:
        fn = self.ctx.fn
        if fn is None:
            return self.ctx.module_types
        if fn.scope.kind == "comprehension":
            # Comprehension targets are unknown; names outside keep their types.
            outer = (
                self.ctx.functions[-2].types
                if len(self.ctx.functions) > 1
                else self.ctx.module_types
            )
            return {**outer, **{name: None for name in fn.scope.bound}, **fn.types}
        return fn.types

    def code(self, node: cst.BaseExpression) -> str:
        return self.expr(node).code

    def is_builtin(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` a name of a builtin that nothing in scope binds (so it is that
        builtin: a fast path for it is exact)?"""
        if not isinstance(node, cst.Name):
            return False
        name = node.value
        if name not in N.BUILTINS or name in self.ctx.module_scope.bound:
            return False
        if any(name in scope.bound for scope, _ in self.ctx.class_scopes):
            return False
        return not any(name in fn.scope.bound for fn in self.ctx.functions)

    def fast_loop(self, node: cst.For | cst.CompFor) -> tuple[list[str], str, list[tuple[cst.BaseExpression, str]]] | None:
        return None  # lower/loops.py

    # -- atoms -------------------------------------------------------------------------

    def expr_Name(self, node: cst.Name) -> JS:
        found = self.resolve(node)
        code = self.checked(node, found.code)
        if found.type == "float":
            # A float local may hold a raw integral number (statements.py, assign_fast).
            return self.float_value(code)
        return found if code == found.code else JS(code, found.type)

    def float_value(self, raw: str) -> JS:
        """A float-typed expression from its number-like JS ``raw`` form."""
        return JS(f"{self.rt('$fbox')}({raw})", "float", raw)

    def checked(self, node: cst.Name, code: str) -> str:
        """``code`` reading ``node``, checked at run time when it may be unbound."""
        kind = self.ctx.unbound.checks.get(id(node))
        if kind is None or code != N.js_name(node.value):
            return code
        helper = {"local": "$chkl", "free": "$chkf", "global": "$chkg"}[kind]
        return f"{self.lang(helper)}({code}, {js_string(node.value)})"

    def expr_Integer(self, node: cst.Integer) -> JS:
        value = int(node.value.replace("_", ""), 0)
        # beyond the safe range an int is a JS BigInt (runtime builtins/bigint.js)
        return JS(str(value) if value <= MAX_SAFE_INT else f"{value}n", "int")

    def expr_Float(self, node: cst.Float) -> JS:
        value = float(node.value.replace("_", ""))
        text = repr(value)
        if text in ("inf", "nan"):
            text = "Infinity" if text == "inf" else "NaN"
        elif value.is_integer():
            return JS(f"{self.rt('$fbox')}({int(value)})", "float", str(int(value)))
        return JS(text, "float")

    def expr_Imaginary(self, node: cst.Imaginary) -> JS:
        imag = complex(node.value.replace("_", "")).imag
        text = "Infinity" if imag == float("inf") else repr(imag)
        return JS(f"{self.rt('$cplx')}(0, {text})")

    def expr_SimpleString(self, node: cst.SimpleString) -> JS:
        value = string_value(node)
        if isinstance(value, bytes):
            return JS(f"{self.rt('$bytes_lit')}({js_string(value.decode('latin-1'))})", "bytes")
        if _has_surrogate_pair(value):
            return self.surrogate_pair_error(node)
        return JS(js_string(value), "str")

    def surrogate_pair_error(self, node: cst.CSTNode) -> JS:
        return self.error(
            node,
            "CF132",
            "a string literal with a high surrogate followed by a low surrogate "
            "(e.g. '\\ud83d\\ude00') is two characters in Python but one in JS",
            "JS strings are UTF-16: write the character itself ('\\U0001f600') or keep "
            "the surrogates apart",
        )

    def expr_ConcatenatedString(self, node: cst.ConcatenatedString) -> JS:
        joined = node.evaluated_value
        if isinstance(joined, str) and _has_surrogate_pair(joined):
            parts = [node.left, node.right]
            if not any(
                isinstance(p, cst.SimpleString) and _has_surrogate_pair(string_value(p))
                for p in parts
            ):
                return self.surrogate_pair_error(node)  # the pair straddles two literals
        left, right = self.expr(node.left), self.expr(node.right)
        if left.type == "bytes" or right.type == "bytes":
            return JS(f"{self.rt('$add')}({left.code}, {right.code})", "bytes")
        return JS(f"({left.code} + {right.code})", "str")

    def expr_FormattedString(self, node: cst.FormattedString) -> JS:
        parts: list[str] = []
        for part in node.parts:
            if isinstance(part, cst.FormattedStringText):
                text = _fstring_text(node, part)
                if _has_surrogate_pair(text):
                    return self.surrogate_pair_error(node)
                parts.append(js_string(text))
            else:
                parts.append(self.fstring_field(part))
        if not parts:
            return JS('""', "str")
        if len(parts) == 1:
            if _is_js_string_literal(parts[0]):
                return JS(parts[0], "str")
            # a field such as `{x=}` is itself a sum: parenthesised for `f"{x=}".attr`
            return JS(parts[0] if parts[0].startswith("(") else f'("" + {parts[0]})', "str")
        return JS("(" + " + ".join(parts) + ")", "str")

    def fstring_field(self, part: cst.FormattedStringExpression) -> str:
        value = self.expr(part.expression)
        prefix = ""
        if part.equal is not None:
            # f"{x=}" prints the source text then the repr (unless a conversion/spec is given).
            src = self.parsed.module.code_for_node(part.expression)
            eq = self.parsed.module.code_for_node(part.equal)  # "=" with its spaces
            prefix = js_string(src + eq) + " + "
        conv = part.conversion or ("r" if part.equal is not None and not part.format_spec else "")
        if part.format_spec:
            spec_parts: list[str] = []
            for sp in part.format_spec:
                if isinstance(sp, cst.FormattedStringText):
                    spec_parts.append(js_string(sp.value))
                else:
                    spec_parts.append(self.fstring_field(sp))
            spec = " + ".join(spec_parts) if spec_parts else '""'
            if value.type == "float":
                return f"{prefix}{self.rt('$fstr_float')}({value.fast}, {spec}, {js_string(conv)})"
            return f"{prefix}{self.rt('$fstr')}({value.code}, {spec}, {js_string(conv)})"
        if conv == "r":
            return prefix + self.to_repr(value)
        if conv == "a":
            return f"{prefix}{self.ctx.use(N.RUNTIME_BUILTINS, 'ascii', '$ascii')}({value.code})"
        if value.type is None and not conv:
            # f"{obj}" is format(obj, ""): a class's own __format__ is used.
            return f"{prefix}{self.rt('$fstr0')}({value.code})"
        return prefix + self.to_str(value)

    def to_repr(self, value: JS) -> str:
        """JS for Python ``repr(value)``, with CPython's float form where known."""
        if value.type == "float":
            return f"{self.rt('float_repr')}({value.fast})"
        return f"{self.ctx.use(N.RUNTIME_BUILTINS, 'repr', '$repr')}({value.code})"

    def to_str(self, value: JS) -> str:
        """JS for Python ``str(value)``, skipping the call when the type makes it plain."""
        if value.type == "str":
            return value.code
        if value.type == "int":
            return f"String({value.code})"
        if value.type == "float":
            return f"{self.rt('float_repr')}({value.fast})"
        return f"{self.ctx.use(N.RUNTIME_BUILTINS, 'str', '$str')}({value.code})"

    def expr_Ellipsis(self, node: cst.Ellipsis) -> JS:
        return JS(self.rt("Ellipsis"))

    # -- containers --------------------------------------------------------------------

    def elements(self, elements: list[cst.BaseElement] | tuple[cst.BaseElement, ...]) -> str:
        items: list[str] = []
        for el in elements:
            if isinstance(el, cst.StarredElement):
                items.append(f"...{self.rt('$iter')}({self.code(el.value)})")
            else:
                items.append(self.code(el.value))
        return ", ".join(items)

    def expr_List(self, node: cst.List) -> JS:
        return JS(f"[{self.elements(node.elements)}]", "list")

    def expr_Tuple(self, node: cst.Tuple) -> JS:
        if any(isinstance(el, cst.StarredElement) for el in node.elements):
            return JS(f"{self.rt_class('Tuple')}.of({self.elements(node.elements)})", "tuple")
        return JS(self.tuple_of([self.code(el.value) for el in node.elements]), "tuple")

    def tuple_of(self, items: list[str]) -> str:
        """A tuple of these element expressions: `new Tuple(a, b)` for two or more (the
        Array constructor then takes them as elements; V8 builds it inline, where the
        generic `Tuple.of` is about 50x slower), `Tuple.of(x)` for one."""
        if len(items) == 1:
            return f"{self.rt_class('Tuple')}.of({items[0]})"
        if len(items) in (2, 3):
            return f"{self.rt(f'$tuple{len(items)}')}({', '.join(items)})"
        return f"new {self.rt_class('Tuple')}({', '.join(items)})"

    def expr_Set(self, node: cst.Set) -> JS:
        return JS(f"{self.lang('$set_of')}({self.elements(node.elements)})", "set")

    def expr_Dict(self, node: cst.Dict) -> JS:
        items: list[str] = []
        for el in node.elements:
            if isinstance(el, cst.StarredDictElement):
                items.append(f"...{self.lang('$dict_spread')}({self.code(el.value)})")
            else:
                items.append(f"{self.code(el.key)}, {self.code(el.value)}")
        return JS(f"{self.lang('$dict_lit')}({', '.join(items)})", "dict")

    # -- operators ---------------------------------------------------------------------

    def truthy(self, value: JS) -> str:
        """JS boolean expression for Python truthiness of ``value``."""
        if value.type == "bool":
            return value.code
        if value.type == "int":
            return f"({value.code} !== 0)"
        if value.type == "str":
            return f'({value.code} !== "")'
        if value.type == "none":
            return "false"
        return f"{self.rt('$truthy')}({value.code})"

    def test(self, node: cst.BaseExpression) -> str:
        return self.truthy(self.expr(node))

    def expr_UnaryOperation(self, node: cst.UnaryOperation) -> JS:
        operand = self.expr(node.expression)
        op = node.operator
        if isinstance(op, cst.Not):
            return JS(f"!{self.truthy(operand)}", "bool")
        if isinstance(op, cst.Minus):
            if isinstance(node.expression, cst.Integer) and operand.code.isdigit():
                return JS(str(-int(operand.code)), "int")  # `-0` is 0, not JS -0
            if isinstance(node.expression, cst.Integer):
                return JS(f"(-{operand.code})", "int")  # a BigInt literal
            if operand.type == "int" and _JS_NAME.fullmatch(operand.code):
                # `0 - x`, not `-x`: an int is never -0; a BigInt takes the helper
                neg = self.rt("$neg")
                code = f'(typeof {operand.code} === "number" ? 0 - {operand.code} : {neg}({operand.code}))'
                return JS(code, "int")
            if operand.type == "int":
                return JS(f"{self.rt('$neg')}({operand.code})", "int")  # maybe a BigInt
            if operand.type == "float":
                return self.float_value(f"(-{self.float_operand(operand)})")
            return JS(f"{self.rt('$neg')}({operand.code})", _numeric_or_none(operand.type))
        if isinstance(op, cst.Plus):
            return JS(f"{self.rt('$pos')}({operand.code})", _numeric_or_none(operand.type))
        return JS(f"{self.rt('$invert')}({operand.code})", "int" if operand.type == "int" else None)

    def expr_BinaryOperation(self, node: cst.BinaryOperation) -> JS:
        links = _left_spine(node)
        if len(links) < FLAT_CHAIN:
            left, right = self.expr(node.left), self.expr(node.right)
            return self.binary(node.operator, left, right)
        # `a + b + c + ...`, long: one temporary and a flat comma sequence (JS engines
        # parse nested calls recursively; V8 gives up near a thousand levels).
        tmp = self.ctx.new_temp()
        left = self.expr(links[0].left)
        steps: list[str] = []
        for link in links:
            assert isinstance(link, cst.BinaryOperation)
            left = self.binary(link.operator, left, self.expr(link.right))
            steps.append(f"{tmp} = {left.code}")
            left = JS(tmp, left.type)
        return JS(f"({', '.join(steps)})", left.type)

    def binary(self, op: cst.BaseBinaryOp, left: JS, right: JS) -> JS:
        numeric = left.type in NUMERIC and right.type in NUMERIC
        # "num" (an int, or a float from int ** negative int) may be a Float box: helpers.
        plain = numeric and "num" not in (left.type, right.type)
        if isinstance(op, cst.Add | cst.Subtract | cst.Multiply) and plain:
            js_op = {cst.Add: "+", cst.Subtract: "-", cst.Multiply: "*"}[type(op)]
            result = numeric_result(left.type, right.type)
            if result == "int":
                return JS(self.int_arith(type(op), left.code, right.code), "int")
            if result == "float":
                a, b = self.float_operand(left), self.float_operand(right)
                return self.float_value(f"({a} {js_op} {b})")
            return JS(f"({left.code} {js_op} {right.code})", result)
        if isinstance(op, cst.FloorDivide | cst.Modulo) and left.type == right.type == "int":
            return JS(self.int_divmod(type(op), left.code, right.code), "int")
        if isinstance(op, cst.Divide) and plain:
            return self.float_divide(left, right)
        if isinstance(op, cst.Add) and left.type == "str" and right.type == "str":
            return JS(f"({left.code} + {right.code})", "str")
        helper = self.rt(_BINARY_HELPERS[type(op)])
        # (a power's type comes from the typer's reading of the node: expr())
        result_type = binary_result(op, left.type, right.type)
        return JS(f"{helper}({left.code}, {right.code})", result_type)

    def int_arith(self, op: type[cst.BaseBinaryOp], a: str, b: str) -> str:
        """``a op b`` (+, -, *) of two statically int operands, exact at any size.

        The hot path of every loop counter, so it is inline JS on numbers, checked:
        ``typeof a === "number" && Number.isSafeInteger($t = a + b) ? $t : $addi(a, b)``.
        The runtime helper (a BigInt operand, or a result beyond 2**53) is the slow path.
        """
        helper = self.rt(_INT_HELPERS[op])
        if a.endswith("n") or b.endswith("n"):
            return f"{helper}({a}, {b})"  # a BigInt literal
        pre, a, b, checks = self.int_operands(a, b)
        js_op = {cst.Add: "+", cst.Subtract: "-", cst.Multiply: "*"}[op]
        r = self.ctx.new_temp()
        checks.append(f"Number.isSafeInteger({r} = {a} {js_op} {b})")
        fast = f"{r} + 0" if op is cst.Multiply else r  # an int product is never -0
        return f"({pre}{' && '.join(checks)} ? {fast} : {helper}({a}, {b}))"

    def int_operands(self, a: str, b: str) -> tuple[str, str, str, list[str]]:
        """The operands of an inline int operation, evaluated once, left to right.

        Names and small literals are used as they are; other operands go into temps
        (``$l = f(), typeof ($r = g()) === "number"``). Returns (prefix to evaluate
        first, a, b, the ``typeof x === "number"`` tests of the non-literal operands in
        evaluation order): an int that is a JS number is a safe integer (else a BigInt).
        """
        literal = [_is_small_int_literal(x) for x in (a, b)]
        names = [bool(_JS_NAME.fullmatch(x)) for x in (a, b)]
        pre = ""
        tested = {a: f'typeof {a} === "number"', b: f'typeof {b} === "number"'}
        if not (literal[1] or names[1]):
            # b may run code: read a into a temp first (unless it is a literal)
            if not literal[0]:
                tmp = self.ctx.new_temp()
                pre, a = f"{tmp} = {a}, ", tmp
                tested[a] = f'typeof {a} === "number"'
            tmp = self.ctx.new_temp()
            tested = {tmp: f'typeof ({tmp} = {b}) === "number"', a: tested[a]}
            b = tmp
        elif not (literal[0] or names[0]):
            tmp = self.ctx.new_temp()
            tested = {tmp: f'typeof ({tmp} = {a}) === "number"', b: tested[b]}
            a = tmp
        # the evaluation (a temp's assignment) comes first, then the other type test
        checks = [t for x, t in tested.items() if not _is_small_int_literal(x)]
        return pre, a, b, checks

    def int_divmod(self, op: type[cst.BaseBinaryOp], a: str, b: str) -> str:
        """``a // b`` or ``a % b`` of two statically int operands, with Python's signs.

        On safe integers JS ``%`` is exact and ``Math.floor(a / b)`` is too (the
        quotient's rounding error is below 1/|b|, the distance from a non-integral
        quotient to the next integer); a zero divisor or a BigInt operand takes the
        runtime helper, which raises or computes exactly. ``+ 0`` turns -0 into 0.
        """
        helper = self.rt("$mod" if op is cst.Modulo else "$floordiv")
        if a.endswith("n") or b.endswith("n"):
            return f"{helper}({a}, {b})"  # a BigInt literal
        pre, a, b, checks = self.int_operands(a, b)
        positive = _is_small_int_literal(b) and int(b.strip("()")) > 0
        if not positive:
            checks.append(f"{b} !== 0")
        if not checks:
            return f"{helper}({a}, {b})"  # two literals: rare, leave it to the runtime
        if op is cst.FloorDivide:
            fast = f"Math.floor({a} / {b}) + 0"
        else:
            r = self.ctx.new_temp()
            sign = f"{r} < 0" if positive else f"{r} !== 0 && ({r} < 0) !== ({b} < 0)"
            fast = f"(({r} = {a} % {b}), {sign} ? {r} + {b} : {r} + 0)"
        return f"({pre}{' && '.join(checks)} ? {fast} : {helper}({a}, {b}))"

    def float_divide(self, left: JS, right: JS) -> JS:
        """``left / right`` of int/float operands (not both "num") as a raw float.

        Two ints that are JS numbers (safe integers) divide exactly rounded in JS, as in
        CPython; a zero divisor goes to the runtime helper, which raises the
        ZeroDivisionError with CPython's message (a float operand: "float division by
        zero", the message `$truediv(NaN, 0)` gives).
        """
        helper = self.rt("$truediv")
        if left.type == right.type == "int":
            if left.code.endswith("n") or right.code.endswith("n"):
                return self.float_value(f"{self.rt('$fnum')}({helper}({left.code}, {right.code}))")
            pre, a, b, checks = self.int_operands(left.code, right.code)
            checks.append(f"{b} !== 0")
            slow = f"{self.rt('$fnum')}({helper}({a}, {b}))"
            return self.float_value(f"({pre}{' && '.join(checks)} ? {a} / {b} : {slow})")
        a, b = self.float_operand(left), self.float_operand(right)
        pre = ""
        if not (_is_small_int_literal(a) or _is_float_literal(a) or _JS_NAME.fullmatch(a)):
            tmp = self.ctx.new_temp()
            pre, a = f"{tmp} = {a}, ", tmp
        if (_is_float_literal(b) or _is_small_int_literal(b)) and float(b.strip("()")) != 0:
            return self.float_value(f"({pre}{a} / {b})")
        d = self.ctx.new_temp()
        return self.float_value(f"({pre}({d} = +{b}) !== 0 ? {a} / {d} : {helper}(NaN, 0))")

    def float_operand(self, value: JS) -> str:
        """A number-like JS form of an int or float operand of plain JS float arithmetic.

        An int may be a BigInt (beyond 2**53), which JS arithmetic does not mix with
        numbers: `$i2f` converts it as `float()` does. Small int literals are numbers.
        """
        if value.type == "int" and not _INT_LITERAL.fullmatch(value.code.strip("()")):
            return f"{self.rt('$i2f')}({value.code})"
        return value.fast

    def expr_BooleanOperation(self, node: cst.BooleanOperation) -> JS:
        links = _left_spine(node)
        if len(links) >= FLAT_CHAIN:
            return self.boolean_chain(node, links)
        left, right = self.expr(node.left), self.expr(node.right)
        is_and = isinstance(node.operator, cst.And)
        if left.type == right.type == "bool":
            return JS(f"({left.code} {'&&' if is_and else '||'} {right.code})", "bool")
        tmp = self.ctx.new_temp()
        # (a None operand's test must still store it: `truthy` would drop the code)
        test = self.truthy(JS(f"({tmp} = {left.code})", None if left.type == "none" else left.type))
        if is_and:
            code = f"({test} ? {right.code} : {tmp})"
        else:
            code = f"({test} ? {tmp} : {right.code})"
        return JS(code, left.type if left.type == right.type else None)

    def boolean_chain(self, node: cst.BooleanOperation, links: list[cst.CSTNode]) -> JS:
        """A long `a and b and ...` (or `or`) as one flat JS `&&` (`||`) chain: each
        operand is stored in one temporary, the chain stops at the first falsy (truthy)
        one, and the temporary holds the result."""
        assert isinstance(links[0], cst.BooleanOperation)
        operands = [self.expr(links[0].left)]
        operands += [
            self.expr(link.right) for link in links if isinstance(link, cst.BooleanOperation)
        ]
        js_op = "&&" if isinstance(node.operator, cst.And) else "||"
        types = {operand.type for operand in operands}
        if types == {"bool"}:
            return JS(f"({f' {js_op} '.join(operand.code for operand in operands)})", "bool")
        tmp = self.ctx.new_temp()
        # (a None operand's test must still store it: `truthy` would drop the code)
        tests = [
            self.truthy(JS(f"({tmp} = {op.code})", None if op.type == "none" else op.type))
            for op in operands[:-1]
        ]
        tests.append(f"({tmp} = {operands[-1].code})")
        result_type = types.pop() if len(types) == 1 else None
        return JS(f"(({f' {js_op} '.join(tests)}), {tmp})", result_type)

    def expr_Comparison(self, node: cst.Comparison) -> JS:
        parts: list[str] = []
        left = self.expr(node.left)
        targets = list(node.comparisons)
        for i, target in enumerate(targets):
            right = self.expr(target.comparator)
            if i < len(targets) - 1 and not _is_simple(target.comparator):
                tmp = self.ctx.new_temp()
                parts.append(
                    self.compare(target.operator, left, JS(f"({tmp} = {right.code})", right.type))
                )
                left = JS(tmp, right.type)
            else:
                parts.append(self.compare(target.operator, left, right))
                left = right
        code = parts[0] if len(parts) == 1 else "(" + " && ".join(parts) + ")"
        return JS(code, "bool")

    def compare(self, op: cst.BaseCompOp, left: JS, right: JS) -> str:
        if isinstance(op, cst.Is | cst.IsNot):
            negate = isinstance(op, cst.IsNot)
            if right.type == "none" or left.type == "none":
                other = left if right.type == "none" else right
                return f"({other.code} {'!=' if negate else '=='} null)"
            code = f"{self.rt('$is')}({left.code}, {right.code})"
            return f"!{code}" if negate else code
        if isinstance(op, cst.In | cst.NotIn):
            code = f"{self.rt('$in')}({left.code}, {right.code})"
            return f"!{code}" if isinstance(op, cst.NotIn) else code
        helper = _COMPARE_HELPERS[type(op)]
        both_num = left.type in NUMERIC and right.type in NUMERIC
        # JS orders strings by UTF-16 unit, Python by code point: only equality is plain.
        both_str = left.type == right.type == "str" and helper in ("$eq", "$ne")
        if both_num and helper in ("$eq", "$ne") and not left.type == right.type == "int":
            # a float or "num" operand may be a Float box: compare numbers (`+x`); an int
            # may be a BigInt, which only loose equality compares with a number (exactly)
            a = left.code if left.type == "int" else f"+({left.fast})"
            b = right.code if right.type == "int" else f"+({right.fast})"
            return f"({a} {'==' if helper == '$eq' else '!='} {b})"
        if both_num or both_str:
            return f"({left.fast} {_JS_COMPARE[helper]} {right.fast})"
        return f"{self.rt(helper)}({left.code}, {right.code})"

    def expr_IfExp(self, node: cst.IfExp) -> JS:
        body, orelse = self.expr(node.body), self.expr(node.orelse)
        result_type = body.type if body.type == orelse.type else None
        return JS(f"({self.test(node.test)} ? {body.code} : {orelse.code})", result_type)

    def expr_NamedExpr(self, node: cst.NamedExpr) -> JS:
        value = self.expr(node.value)
        if not isinstance(node.target, cst.Name):
            return self.unsupported(node.target, "this assignment-expression target")
        return JS(f"({self.resolve(node.target).code} = {value.code})", value.type)

    def expr_Await(self, node: cst.Await) -> JS:
        return JS(self.await_code(self.code(node.expression)))

    def awaits_by_yield(self) -> bool:
        fn = self.ctx.fn
        return fn is not None and fn.awaits_by_yield

    def await_code(self, value: str) -> str:
        """``await value``: in a coroutine body (a generator) the awaitable runs under
        ``yield*``; in an async generator it is a JS await (stdlib/_coro.js)."""
        if self.awaits_by_yield():
            return f"(yield* {self.lang('$awaitg')}({value}))"
        return f"(await {self.lang('$await')}({value}))"

    def async_for_head(self, iterable: str) -> tuple[str, str]:
        """The head of an ``async for`` loop over ``iterable`` and the expression of the
        current item (``for await`` in an async generator, stepped by ``yield*`` in a
        coroutine body)."""
        if self.awaits_by_yield():
            ai, r = self.ctx.fresh_name("ai"), self.ctx.fresh_name("r")
            head = (
                f"for (let {ai} = {self.lang('$aiterg')}({iterable}), {r}; "
                f"!({r} = (yield* {self.lang('$anextg')}({ai}))).done; )"
            )
            return head, f"{r}.value"
        var = self.ctx.fresh_name("it")
        return f"for await (const {var} of {self.lang('$aiter')}({iterable}))", var

    def expr_Yield(self, node: cst.Yield) -> JS:
        if isinstance(node.value, cst.From):
            return JS(f"(yield* {self.rt('$iter')}({self.code(node.value.item)}))")
        value = self.code(node.value) if node.value is not None else "null"
        return JS(f"(yield {value})")

    # -- access ------------------------------------------------------------------------

    def expr_Attribute(self, node: cst.Attribute) -> JS:
        flat = self.flat_postfix_chain(node)
        if flat is not None:
            return flat
        attr = node.attr.value
        if isinstance(node.value, cst.Name) and self.is_erased_module(node.value):
            return self.unsupported(node, f"a run-time use of `{node.value.value}.{attr}`")
        missing = self.missing_stdlib_name(node)
        if missing is not None:
            return missing
        unbound = self.builtin_unbound_method(node)
        if unbound is not None:
            return JS(unbound)
        if self.project_class(node.value) and (
            attr in self.ctx.method_names or N.is_method_dunder(attr)
        ):
            return JS(f"{self.lang('$unbound')}({self.code(node.value)}, {js_string(attr)})")
        return self.attribute_of(node, self.expr(node.value))

    def attribute_of(self, node: cst.Attribute, obj: JS) -> JS:
        """``node`` read from ``obj``, the lowered ``node.value``."""
        attr = node.attr.value
        if isinstance(node.value, cst.Integer | cst.Float):
            obj = JS(f"({obj.code})", obj.type)  # `42.real` is not JS
        if attr in N.OPERATION_DUNDERS:
            # `iter(xs).__next__` as a value: builtin values have no such JS member.
            return JS(f"{self.lang('$dunderattr')}({obj.code}, {js_string(attr)})")
        if (
            attr in self.ctx.method_names
            or attr in N.DISPATCHED_METHODS
            or attr in N.RUNTIME_METHODS
            or attr in N.JS_ONLY_MEMBERS
        ):
            # A method read without a call must give a bound method, as in Python.
            return JS(f"{self.rt('getattr')}({obj.code}, {js_string(attr)})")
        return JS(self.attr_read(node.value, obj.code, attr))

    def missing_stdlib_name(self, node: cst.Attribute) -> JS | None:
        """CF205 for ``json.JSONEncoder`` (a name the runtime's module does not provide: a
        module namespace would read it as None), CF101 for an unsupported one."""
        if not isinstance(node.value, cst.Name):
            return None
        imported = self.ctx.imported.get(node.value.value)
        if imported is None or imported.name is not None or imported.source != "stdlib":
            return None
        module = next((k for k, v in N.STDLIB_MODULES.items() if v == imported.module), "")
        refused = refusal(module, imported.module, node.attr.value)
        if refused is None:
            return None
        # An unsupported name is underlined with its module, a missing one alone.
        return self.error(node if refused[0] == "CF101" else node.attr, *refused)

    def attr_read(self, value: cst.BaseExpression, obj: str, attr: str) -> str:
        """``obj.attr`` raising AttributeError when missing (JS would give undefined)."""
        prop = N.js_attr(attr)
        # $nullattr also knows the attributes every object has (runtime lang/attrs.js
        # specialAttr); $noattr, for every other name, is smaller.
        missing = self.lang("$nullattr" if attr in SPECIAL_ATTRS else "$noattr")
        if isinstance(value, cst.Name):
            imported = self.ctx.imported.get(value.value)
            if imported is not None and imported.name is None and imported.source == "project":
                return self.project_module_attr(obj, imported.module, attr)
            if imported is not None and imported.name is None:
                return f"{obj}.{attr}"  # a module namespace (Python names): checked at build time
            return f"({obj}.{prop} ?? {missing}({obj}, {js_string(attr)}))"
        if obj.startswith("$") and obj[1:].isidentifier():  # a temporary (flat chains)
            return f"({obj}.{prop} ?? {missing}({obj}, {js_string(attr)}))"
        tmp = self.ctx.new_temp()
        return f"(({tmp} = {obj}).{prop} ?? {missing}({tmp}, {js_string(attr)}))"

    def project_module_attr(self, ns: str, module: str, attr: str) -> str:
        """``helpers.attr`` for a project module: modules export Python names; a def or
        class is a plain read, anything else may not be bound yet (an import cycle, a
        name bound on some paths only, none at all) and raises AttributeError then; so
        may a def or class below an import in a module of an import cycle."""
        sym = self.ctx.index.lookup(module, attr)
        index = self.ctx.index
        if sym is not None and sym.kind in ("function", "class") and not index.in_import_cycle(module):
            return f"{ns}.{attr}"
        args = f"{ns}.{attr}, {js_string(module)}, {js_string(attr)}, {ns}.$loaded"
        return f"{self.lang('$modattr')}({args})"

    def project_class(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` a class defined in this project (whose methods live on the prototype)?"""
        if not isinstance(node, cst.Name) or not self.known_class(node):
            return False
        imported = self.ctx.imported.get(node.value)
        if imported is not None:
            return imported.source == "project"
        return node.value not in N.BUILTINS

    def builtin_unbound_method(self, node: cst.Attribute) -> str | None:
        """``str.lower`` / ``list.append``: the runtime's receiver-first method helper."""
        if not isinstance(node.value, cst.Name) or node.value.value not in ("str", "list"):
            return None
        if self.resolve(node.value).code != node.value.value:
            return None  # a user binding shadows the builtin type
        attr = node.attr.value
        if node.value.value == "str" and attr == "maketrans":
            return self.rt("maketrans")
        table = N.STR_METHODS if node.value.value == "str" else N.LIST_METHODS
        return self.rt(f"$m_{attr}") if attr in table else None

    def is_erased_module(self, node: cst.Name) -> bool:
        imported = self.ctx.imported.get(node.value)
        return imported is not None and imported.source == "erased"

    def expr_Subscript(self, node: cst.Subscript) -> JS:
        flat = self.flat_postfix_chain(node)
        if flat is not None:
            return flat
        return self.subscript_of(node, self.expr(node.value))

    def flat_postfix_chain(self, node: cst.Attribute | cst.Subscript) -> JS | None:
        """A chain of FLAT_CHAIN or more attribute reads and subscripts (`a.b.c...`,
        `m[0][1]...`) as one flat JS sequence through a temporary, innermost first (as
        for long operator chains: V8 parses nested member expressions recursively)."""
        links: list[cst.Attribute | cst.Subscript] = []
        current: cst.BaseExpression = node
        while isinstance(current, cst.Attribute | cst.Subscript):
            links.append(current)
            current = current.value
        if len(links) < FLAT_CHAIN:
            return None
        links.reverse()
        tmp = self.ctx.new_temp()
        steps = [f"{tmp} = {self.code(links[0])}"]  # its value may be a module, a class...
        for link in links[1:]:
            obj = JS(tmp)
            if isinstance(link, cst.Attribute):
                step = self.attribute_of(link, obj)
            else:
                step = self.subscript_of(link, obj)
            steps.append(f"{tmp} = {step.code}")
        return JS(f"({', '.join(steps)})")

    def subscript_of(self, node: cst.Subscript, obj: JS) -> JS:
        """``node`` read from ``obj``, the lowered ``node.value``."""
        if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Slice):
            lo, hi, step = self.slice_parts(node.slice[0].slice)
            return JS(f"{self.rt('$getslice')}({obj.code}, {lo}, {hi}, {step})", obj.type)
        key = self.subscript_key(node)
        return JS(f"{self.rt('$getitem')}({obj.code}, {key})")

    def subscript_key(self, node: cst.Subscript) -> str:
        if len(node.slice) == 1:
            index = node.slice[0].slice
            if isinstance(index, cst.Index):
                return self.code(index.value)
            return self.unsupported(index, "slices inside a tuple subscript").code
        items = []
        for el in node.slice:
            if not isinstance(el.slice, cst.Index):
                return self.unsupported(el, "slices inside a tuple subscript").code
            items.append(self.code(el.slice.value))
        return self.tuple_of(items)

    def slice_parts(self, sl: cst.Slice) -> tuple[str, str, str]:
        def part(value: cst.BaseExpression | None) -> str:
            return "null" if value is None else self.code(value)

        return part(sl.lower), part(sl.upper), part(sl.step)

    # -- comprehensions ----------------------------------------------------------------

    def _comp_iife(self, node: cst.CSTNode, body: str, result: str, init: str) -> str:
        is_async = contains_in_scope(node, cst.Await) or _has_async_for(node)
        if is_async and self.awaits_by_yield():
            # in a coroutine body: a generator run under `yield*` (stdlib/_coro.js)
            gen = f"function* () {{ const $r = {init}; {body} return {result}; }}"
            return f"(yield* ({gen}).call(this))"
        arrow = (
            f"{'async ' if is_async else ''}() => {{ const $r = {init}; {body} return {result}; }}"
        )
        call = f"({arrow})()"
        return f"(await {call})" if is_async else call

    def expr_ListComp(self, node: cst.ListComp) -> JS:
        body = self._comp_body(node, lambda: f"$r.push({self.code(node.elt)});")
        return JS(self._comp_iife(node, body, "$r", "[]"), "list")

    def expr_SetComp(self, node: cst.SetComp) -> JS:
        body = self._comp_body(node, lambda: f"$r.$add({self.code(node.elt)});")
        return JS(self._comp_iife(node, body, "$r", f"{self.lang('$set_of')}()"), "set")

    def expr_DictComp(self, node: cst.DictComp) -> JS:
        body = self._comp_body(
            node, lambda: f"$r.$set({self.code(node.key)}, {self.code(node.value)});"
        )
        return JS(self._comp_iife(node, body, "$r", f"{self.lang('$dict_lit')}()"), "dict")

    def expr_GeneratorExp(self, node: cst.GeneratorExp) -> JS:
        body = self._comp_body(node, lambda: f"yield {self.code(node.elt)};", generator=True)
        star = (
            "async function*"
            if contains_in_scope(node, cst.Await) or _has_async_for(node)
            else "function*"
        )
        return JS(f"({star} () {{ {body} }})()")

    def _comp_body(
        self, node: cst.BaseComprehension | cst.DictComp, item: object, generator: bool = False
    ) -> str:
        # The element must be lowered inside the comprehension's scope, so it is a thunk.
        from ..analyze.binder import Scope, target_names

        clauses: list[cst.CompFor] = []
        clause: cst.CompFor | None = node.for_in
        while clause is not None:
            clauses.append(clause)
            clause = clause.inner_for_in
        names = sorted({n for c in clauses for n in target_names(c.target)})
        # The first iterable is evaluated in the enclosing scope, as in Python (and so
        # are the bounds of a counted first loop: lower/loops.py).
        first_fast = self.fast_loop(clauses[0])
        first_iter = self.code(clauses[0].iter) if first_fast is None else ""
        scope = Scope("comprehension", bound=set(names))
        target_types = comprehension_types(clauses, self.type_env())
        self.ctx.functions.append(_comprehension_state(self, scope, generator))
        self.ctx.functions[-1].types = target_types
        try:
            body: str = item()  # type: ignore[operator]
            fasts = [first_fast] + [self.fast_loop(c) for c in clauses[1:]]
            for i, c in reversed(list(enumerate(clauses))):
                for cond in reversed(c.ifs):
                    body = f"if ({self.test(cond.test)}) {{ {body} }}"
                fast = fasts[i]
                if fast is not None:
                    before, head, binds = fast
                    bind = " ".join(line for t, v in binds for line in self.assign(t, v))
                    body = " ".join([*before, f"{head} {{ {bind} {body} }}"])
                    continue
                iter_code = first_iter if i == 0 else self.code(c.iter)
                if c.asynchronous:
                    head, var = self.async_for_head(iter_code)
                else:
                    var = self.ctx.fresh_name("c")
                    head = f"for (const {var} of {self.rt('$iter')}({iter_code}))"
                bind = " ".join(self.assign(c.target, var))
                body = f"{head} {{ {bind} {body} }}"
            temps = self.ctx.functions[-1].temps
        finally:
            self.ctx.functions.pop()
        decl = [f"let {', '.join(N.js_name(n) for n in names)};"] if names else []
        if temps:
            decl.append(f"let {', '.join(temps)};")
        return " ".join(decl + [body])

    def assign(self, target: cst.BaseExpression, value: str) -> list[str]:
        raise NotImplementedError  # provided by StatementLowerer


# A left-nested operator chain this long (`a + b + ...`, `a and b and ...`) is emitted
# flat; shorter ones keep the nested form (see expr_BinaryOperation).
FLAT_CHAIN = 50


def _left_spine(node: cst.BinaryOperation | cst.BooleanOperation) -> list[cst.CSTNode]:
    """The chain of same-kind operations down ``node``'s left operands, innermost first
    (a boolean chain only while the operator stays the same), found without recursion."""
    links: list[cst.CSTNode] = [node]
    current: cst.CSTNode = node.left
    while type(current) is type(node) and (
        isinstance(node, cst.BinaryOperation)
        or type(current.operator) is type(node.operator)  # type: ignore[attr-defined]
    ):
        links.append(current)
        current = current.left  # type: ignore[attr-defined]
    links.reverse()
    return links


def _comprehension_state(lowerer: LowerBase, scope: object, generator: bool) -> object:
    from .context import FunctionState

    outer = lowerer.ctx.fn
    state = FunctionState(scope=scope)  # type: ignore[arg-type]
    if outer is not None:
        state.is_async = outer.is_async
        # (a list/set/dict comprehension awaits as its function does; a generator
        # expression is a generator of its own: JS `async function*` when it awaits)
        state.is_generator = generator or outer.is_generator
    return state


def _has_async_for(node: cst.CSTNode) -> bool:
    clause = getattr(node, "for_in", None)
    while clause is not None:
        if clause.asynchronous is not None:
            return True
        clause = clause.inner_for_in
    return False


def _is_small_int_literal(code: str) -> bool:
    """Is ``code`` an int literal that is a JS number (not a BigInt ``123n``)?"""
    return bool(_INT_LITERAL.fullmatch(code.strip("()")))


def _is_float_literal(code: str) -> bool:
    """Is ``code`` a finite non-integral float literal as expr_Float writes it?"""
    return bool(_FLOAT_LITERAL.fullmatch(code.strip("()")))


def _is_simple(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name | cst.Integer | cst.Float | cst.SimpleString)


def _numeric_or_none(t: str | None) -> str | None:
    return t if t in ("int", "float", "num") else None


def _fstring_text(node: cst.FormattedString, part: cst.FormattedStringText) -> str:
    """A literal part of an f-string with its escapes and ``{{``/``}}`` evaluated."""
    import ast
    import warnings

    prefix = node.prefix.replace("f", "").replace("F", "")
    quote = node.start[len(node.prefix) :]
    text = part.value.replace("{{", "{").replace("}}", "}")
    # A sentinel after the text: the text may end in a quote or a lone backslash.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = ast.literal_eval(prefix + quote + text + "X" + quote)
    assert isinstance(value, str) and value.endswith("X")
    return value[:-1]


def _is_js_string_literal(code: str) -> bool:
    """Is ``code`` exactly one double-quoted JS string literal (as js_string writes it)?"""
    return re.fullmatch(r'"(?:[^"\\]|\\.)*"', code) is not None


def _has_surrogate_pair(value: object) -> bool:
    """Does the str ``value`` hold a high surrogate directly followed by a low one (which
    a UTF-16 JS string cannot tell from the astral character they encode)?"""
    if not isinstance(value, str) or value.isascii():
        return False
    return any(
        "\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff"
        for a, b in zip(value, value[1:], strict=False)
    )
