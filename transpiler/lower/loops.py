"""``for`` loops a JS engineer would write, when the compiler can prove them exact.

- ``for i in range(...)``: a counting loop. The bounds are evaluated once, as Python
  does; a bound that is not statically an int goes through the runtime's ``range`` (it
  converts and checks the arguments as Python does) and the loop reads its fields. The
  counter steps on JS numbers while both bounds are numbers (safe integers: every value
  the loop variable takes is then below the stop bound, so exact), else through the
  exact int helper (a bound beyond 2**53 is a BigInt, runtime builtins/bigint.js).
- ``for x in xs`` over a statically typed list: an indexed loop that re-reads the length
  each step, as Python's list iterator does (so appending in the body is seen).
- ``for i, x in enumerate(xs)`` and ``for a, b in zip(xs, ys)``: no tuple per step; the
  target's parts are assigned from the counter and the items.

Only when the called name is provably the builtin (no binding of it anywhere in scope);
otherwise, and for anything else, the generic iteration (`$iter`). The same loops serve
``for`` statements and the ``for`` clauses of comprehensions.
"""

from __future__ import annotations

import libcst as cst

from ..analyze.typer import expression_type
from .expressions import ExpressionLowerer

# An int literal small enough that a counter stepping by it stays exact (see range_head).
_MAX_STEP = 2**31


# (lines before the loop, the loop head, (target, JS value) pairs to assign, in order, at
# the top of the body)
FastLoop = tuple[list[str], str, list[tuple[cst.BaseExpression, str]]]


class LoopLowerer(ExpressionLowerer):
    def fast_loop(self, node: cst.For | cst.CompFor) -> FastLoop | None:
        """A counted or tuple-free loop for ``node``, or None for the generic one."""
        if node.asynchronous is not None:
            return None
        it = node.iter
        if isinstance(it, cst.Call) and isinstance(it.func, cst.Name) and _plain_args(it):
            name = it.func.value
            if name == "range" and isinstance(node.target, cst.Name):
                if self.is_builtin(it.func):
                    return self.range_for(node.target, it)
            elif name == "enumerate" and _pair_target(node.target):
                if self.is_builtin(it.func):
                    return self.enumerate_for(node.target, it)  # type: ignore[arg-type]
            elif name == "zip" and _unpack_target(node.target, len(it.args)):
                if self.is_builtin(it.func):
                    return self.zip_for(node.target, it)  # type: ignore[arg-type]
        if expression_type(it, self.type_env()) == "list":
            head, item, _ = self.list_head(self.code(it))
            return [], head, [(node.target, item)]
        return None

    # -- range -------------------------------------------------------------------------

    def range_for(self, target: cst.Name, call: cst.Call) -> FastLoop | None:
        args = [a.value for a in call.args]
        if not 1 <= len(args) <= 3:
            return None
        step = 1
        if len(args) == 3:
            literal = _int_literal(args[2])
            if literal is None or literal == 0 or abs(literal) > _MAX_STEP:
                return None  # a step known only at run time: the generic loop
            step = literal
        bounds = [self.expr(a) for a in args[:2]]
        var, end, small = (self.ctx.fresh_name(p) for p in ("i", "n", "s"))
        if all(b.type == "int" for b in bounds):
            codes = [b.code for b in bounds]
            start, stop = ("0", codes[0]) if len(codes) == 1 else (codes[0], codes[1])
            init = f"{var} = {start}, {end} = {stop}"
            numbers = _is_number_literal(start) and _is_number_literal(stop)
        else:
            # range() itself converts and checks the arguments (TypeError for a float,
            # __index__ ...), in Python's order; the loop then reads its fields.
            codes = [b.code for b in bounds] + ([str(step)] if len(args) == 3 else [])
            rng = self.ctx.fresh_name("r")
            made = f"{self.rt('range')}({', '.join(codes)})"
            init = f"{rng} = {made}, {var} = {rng}.start, {end} = {rng}.stop"
            numbers = False
        test = f"{var} {'<' if step > 0 else '>'} {end}"
        plus = f"+ {step}" if step > 0 else f"- {-step}"
        if numbers:
            head = f"for (let {init}; {test}; {var} = {var} {plus})"
        else:
            # Both bounds numbers (safe integers): `i + step` is exact while it is a value
            # of the range (the first one past the stop bound only ends the loop).
            slow = f"{self.rt('$addi')}({var}, {step})"
            check = f'typeof {var} === "number" && typeof {end} === "number"'
            head = f"for (let {init}, {small} = {check}; {test}; {var} = {small} ? {var} {plus} : {slow})"
        return [], head, [(target, var)]

    # -- lists -------------------------------------------------------------------------

    def list_head(self, code: str) -> tuple[str, str, str]:
        """An indexed loop over the list ``code`` (evaluated once): (head, item, index)."""
        arr, k = self.ctx.fresh_name("a"), self.ctx.fresh_name("k")
        head = f"for (let {arr} = {code}, {k} = 0; {k} < {arr}.length; {k}++)"
        return head, f"{arr}[{k}]", k

    # -- enumerate / zip ---------------------------------------------------------------

    def enumerate_for(self, target: cst.Tuple | cst.List, call: cst.Call) -> FastLoop | None:
        if not 1 <= len(call.args) <= 2:
            return None
        start = 0
        if len(call.args) == 2:
            arg = call.args[1]
            if arg.keyword is not None and arg.keyword.value != "start":
                return None
            literal = _int_literal(arg.value)
            if literal is None or abs(literal) > _MAX_STEP:
                return None
            start = literal
        elif call.args[0].keyword is not None:
            return None
        index_target, item_target = (el.value for el in target.elements)
        iterable = self.expr(call.args[0].value)
        if iterable.type == "list":
            head, item, k = self.list_head(iterable.code)
            count = k if start == 0 else f"{k} + {start}" if start > 0 else f"{k} - {-start}"
            return [], head, [(index_target, count), (item_target, item)]
        counter, var = self.ctx.new_temp("n"), self.ctx.fresh_name("it")
        head = f"for (const {var} of {self.rt('$iter')}({iterable.code}))"
        return [f"{counter} = {start};"], head, [(index_target, f"{counter}++"), (item_target, var)]

    def zip_for(self, target: cst.Tuple | cst.List, call: cst.Call) -> FastLoop | None:
        if any(a.keyword is not None for a in call.args) or not call.args:
            return None
        # zip() evaluates its arguments, then takes an iterator of each, in order; each
        # step asks each iterator in turn and stops at the first exhausted one.
        values = [self.code(a.value) for a in call.args]
        n = len(values)
        srcs = [self.ctx.fresh_name("z") for _ in range(n)]
        iters = [self.ctx.fresh_name("zi") for _ in range(n)]
        steps = [self.ctx.fresh_name("zr") for _ in range(n)]
        iter_ = self.rt("$iter")
        init = [f"{s} = {v}" for s, v in zip(srcs, values, strict=True)]
        init += [f"{i} = {iter_}({s})[Symbol.iterator]()" for i, s in zip(iters, srcs, strict=True)]
        init += steps
        test = " && ".join(f"!({r} = {i}.next()).done" for r, i in zip(steps, iters, strict=True))
        head = f"for (let {', '.join(init)}; {test}; )"
        return [], head, [(el.value, f"{r}.value") for el, r in zip(target.elements, steps, strict=True)]


def _plain_args(call: cst.Call) -> bool:
    return all(not a.star for a in call.args)


def _int_literal(node: cst.BaseExpression) -> int | None:
    """The value of an int literal (``3``, ``-3``), else None."""
    negative = False
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        negative, node = True, node.expression
    if isinstance(node, cst.Integer):
        value = int(node.value.replace("_", ""), 0)
        return -value if negative else value
    return None


def _is_number_literal(code: str) -> bool:
    """Is ``code`` a small int literal (a JS number, not a BigInt)?"""
    text = code.strip("()")
    return text.lstrip("-").isdigit() and abs(int(text)) <= 2**53 - 1


def _pair_target(target: cst.BaseExpression) -> bool:
    return _unpack_target(target, 2)


def _unpack_target(target: cst.BaseExpression, n: int) -> bool:
    """Is ``target`` a tuple/list target of exactly ``n`` plain (unstarred) parts?"""
    return (
        isinstance(target, cst.Tuple | cst.List)
        and len(target.elements) == n
        and not any(isinstance(el, cst.StarredElement) for el in target.elements)
    )
