"""Generator expressions fed straight to a builtin, lowered as loops (no JS generator).

``sum(f(x) for x in xs)`` becomes an arrow function run in place whose loop adds each
element as it is produced: the same operations, in the same order, as the builtin
consuming the generator. Only when the callee is provably the builtin (nothing in scope
binds its name) and the generator is synchronous:

- ``sum`` (optional start), ``any``, ``all``, ``min``/``max`` (no key/default):
  a loop doing what the builtin does per item, interleaved with the element as Python
  interleaves them;
- ``list``, ``tuple``, ``set``, ``sorted``, ``str.join`` on a str: these consume the
  whole iterable before anything else, so they get the comprehension's list (a set
  comprehension for ``set``, which hashes each item as it comes, as ``set()`` does);
- ``dict`` of a generator of 2-tuple displays: the dict comprehension.
"""

from __future__ import annotations

import libcst as cst

from ..analyze.binder import contains_in_scope
from ..analyze.typer import expression_type
from .base import js_string
from .context import JS
from .loops import LoopLowerer

# Builtins whose single generator argument is consumed as a list (comprehension).
_WHOLE_LIST = frozenset({"list", "tuple", "sorted"})


class ReductionLowerer(LoopLowerer):
    def reduced_call(self, node: cst.Call) -> JS | None:
        """``node`` (a call of a builtin on a generator expression) as a loop, or None."""
        func = node.func
        if not isinstance(func, cst.Name) or not node.args:
            return None
        first = node.args[0]
        gen = first.value
        if not isinstance(gen, cst.GeneratorExp) or first.keyword is not None or first.star:
            return None
        if _is_async(gen) or not self.is_builtin(func):
            return None
        name, rest = func.value, node.args[1:]
        if name == "sorted" and all(a.keyword is not None and not a.star for a in rest):
            return None  # lowered by the caller with the list in place (call_args)
        if rest and not (name in ("sum", "min", "max") and len(rest) == 1 and not rest[0].star):
            return None
        # (an extra argument must be side-effect free: Python evaluates it after the
        # generator's first iterable, which the loop evaluates at its start)
        if rest and not self.pure(rest[0].value):
            return None
        if name == "sum":
            start = rest[0] if rest else None
            if start is not None and (
                (start.keyword is not None and start.keyword.value != "start")
                or self.expression_type_of(start.value) not in ("int", "float")
            ):
                return None  # sum() checks other starts (a str is refused): the builtin
            return self.sum_loop(gen, start.value if start is not None else None)
        if name in ("any", "all"):
            return self.any_all_loop(gen, name == "any")
        if name in ("min", "max"):
            default = rest[0] if rest else None
            if default is not None and (default.keyword is None or default.keyword.value != "default"):
                return None
            return self.min_max_loop(gen, name, default.value if default is not None else None)
        if name in ("list", "tuple"):
            init = "[]" if name == "list" else f"new {self.rt_class('Tuple')}()"
            body = self._comp_body(gen, lambda: f"$r.push({self.code(gen.elt)});")
            return JS(self._comp_iife(gen, body, "$r", init), name)
        if name == "set":
            body = self._comp_body(gen, lambda: f"$r.$add({self.code(gen.elt)});")
            return JS(self._comp_iife(gen, body, "$r", f"{self.lang('$set_of')}()"), "set")
        if name == "dict" and _pair_display(gen.elt):
            assert isinstance(gen.elt, cst.Tuple)
            key, value = (el.value for el in gen.elt.elements)
            body = self._comp_body(gen, lambda: f"$r.$set({self.code(key)}, {self.code(value)});")
            return JS(self._comp_iife(gen, body, "$r", f"{self.lang('$dict_lit')}()"), "dict")
        return None

    def generator_as_list(self, gen: cst.GeneratorExp) -> JS:
        """The list a consumer that reads everything first makes of ``gen``."""
        body = self._comp_body(gen, lambda: f"$r.push({self.code(gen.elt)});")
        return JS(self._comp_iife(gen, body, "$r", "[]"), "list")

    def consumes_whole(self, node: cst.Call) -> bool:
        """Is ``node`` ``sorted(<genexpr>, key=..., reverse=...)`` or ``<str>.join(<genexpr>)``
        (a consumer that makes a list of its argument before anything else)?"""
        func = node.func
        if not node.args or node.args[0].keyword is not None or node.args[0].star:
            return False
        gen = node.args[0].value
        if not isinstance(gen, cst.GeneratorExp) or _is_async(gen):
            return False
        if isinstance(func, cst.Name):
            return (
                func.value == "sorted"
                and all(a.keyword is not None and not a.star for a in node.args[1:])
                and self.is_builtin(func)
            )
        if isinstance(func, cst.Attribute) and func.attr.value == "join" and len(node.args) == 1:
            return self.expression_type_of(func.value) == "str"
        return False

    def pure(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` evaluated without any effect (a literal, a negated number, a name
        that is surely bound)?"""
        if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
            node = node.expression
        if isinstance(node, cst.Name):
            return id(node) not in self.ctx.unbound.checks
        return isinstance(node, cst.Integer | cst.Float | cst.SimpleString)

    def expression_type_of(self, node: cst.BaseExpression) -> str | None:
        return expression_type(node, self.type_env())

    # -- the loops ---------------------------------------------------------------------

    def _run(self, gen: cst.GeneratorExp, body: str, result: str, init: str) -> str:
        """The arrow function around a reduction loop, called in place."""
        return f"(() => {{ let $r = {init}; {body} return {result}; }})()"

    def sum_loop(self, gen: cst.GeneratorExp, start: cst.BaseExpression | None) -> JS:
        init = "0" if start is None else self.code(start)
        elt_type: list[str | None] = []

        def item() -> str:
            value = self.expr(gen.elt)
            elt_type.append(value.type)
            if value.type == "int" and start is None:
                # the total of ints from 0 is an int: the checked inline addition
                return f"$r = {self.int_arith(cst.Add, '$r', value.code)};"
            return f"$r = {self.rt('$add')}($r, {value.code});"

        body = self._comp_body(gen, item)
        result_type = "int" if elt_type == ["int"] and start is None else None
        return JS(self._run(gen, body, "$r", init), result_type)

    def any_all_loop(self, gen: cst.GeneratorExp, is_any: bool) -> JS:
        def item() -> str:
            test = self.test(gen.elt)
            return f"if ({test}) return true;" if is_any else f"if (!{test}) return false;"

        body = self._comp_body(gen, item)
        return JS(f"(() => {{ {body} return {'false' if is_any else 'true'}; }})()", "bool")

    def min_max_loop(
        self, gen: cst.GeneratorExp, name: str, default: cst.BaseExpression | None
    ) -> JS:
        # as min()/max(): the first item, then each one that compares better replaces it
        better = self.rt("$gt" if name == "max" else "$lt")

        def item() -> str:
            return (
                f"$v = {self.code(gen.elt)}; "
                f"if ($f) {{ if ({better}($v, $r)) $r = $v; }} else {{ $r = $v; $f = true; }}"
            )

        body = self._comp_body(gen, item)
        empty = js_string(f"{name}() arg is an empty sequence")
        fail = f"throw new {self.rt_class('ValueError')}({empty});"
        if default is not None:
            fail = f"return {self.code(default)};"
        return JS(
            f"(() => {{ let $r, $v, $f = false; {body} if (!$f) {fail} return $r; }})()"
        )


def _is_async(gen: cst.GeneratorExp) -> bool:
    clause: cst.CompFor | None = gen.for_in
    while clause is not None:
        if clause.asynchronous is not None:
            return True
        clause = clause.inner_for_in
    return contains_in_scope(gen, cst.Await)


def _pair_display(node: cst.BaseExpression) -> bool:
    """Is ``node`` a tuple display of exactly two plain elements (``(k, v)``)?"""
    return (
        isinstance(node, cst.Tuple)
        and len(node.elements) == 2
        and not any(isinstance(el, cst.StarredElement) for el in node.elements)
    )

