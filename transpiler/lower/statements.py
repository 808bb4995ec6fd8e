"""Statement lowering: one method per Python statement construct.

Loops with ``else`` use labelled blocks so ``break`` skips the ``else``; every ``except``
converts the thrown value to a Python exception with ``$exc`` before matching.
"""

from __future__ import annotations

import libcst as cst

from .. import names as N
from ..analyze.typer import AUG_TO_BINARY, binary_result, parallel_pairs
from .base import js_string
from .calls import new_target
from .context import JS
from .definitions import _indent
from .patterns import PatternLowerer

_AUG_HELPERS: dict[type[cst.BaseAugOp], str] = {
    cst.AddAssign: "$iadd",
    cst.SubtractAssign: "$isub",
    cst.MultiplyAssign: "$imul",
    cst.DivideAssign: "$itruediv",
    cst.FloorDivideAssign: "$ifloordiv",
    cst.ModuloAssign: "$imod",
    cst.PowerAssign: "$ipow",
    cst.LeftShiftAssign: "$ilshift",
    cst.RightShiftAssign: "$irshift",
    cst.BitOrAssign: "$ior",
    cst.BitAndAssign: "$iand",
    cst.BitXorAssign: "$ixor",
    cst.MatrixMultiplyAssign: "$imatmul",
}

# Augmented assignments lowered as the binary operation when the operand types allow an
# inline form (fast_aug).
_INLINE_AUG = frozenset(
    {
        cst.AddAssign,
        cst.SubtractAssign,
        cst.MultiplyAssign,
        cst.DivideAssign,
        cst.FloorDivideAssign,
        cst.ModuloAssign,
    }
)

# How a Python programmer calls the statements that have no lowering (not libcst's names).
_STATEMENT_NAMES = {
    "TryStar": "`except*` (exception groups)",
    "TypeAlias": "the `type` statement",
}


def _statement_name(node: cst.CSTNode) -> str:
    kind = type(node).__name__
    return _STATEMENT_NAMES.get(kind, f"the statement `{kind.lower()}`")


class StatementLowerer(PatternLowerer):
    def block(
        self, body: cst.BaseSuite | list[cst.BaseStatement] | tuple[cst.BaseStatement, ...]
    ) -> list[str]:
        if isinstance(body, cst.IndentedBlock):
            stmts: list[cst.BaseStatement] | tuple[cst.BaseStatement, ...] = body.body
        elif isinstance(body, cst.SimpleStatementSuite):
            return [line for small in body.body for line in self.small(small)]
        else:
            stmts = body
        lines: list[str] = []
        for stmt in stmts:
            lines.extend(self.statement(stmt))
        return lines

    def statement(self, stmt: cst.BaseStatement) -> list[str]:
        if isinstance(stmt, cst.SimpleStatementLine):
            return [line for small in stmt.body for line in self.small(small)]
        method = getattr(self, f"stmt_{type(stmt).__name__}", None)
        if method is None:
            self.unsupported(stmt, _statement_name(stmt))
            return []
        lines: list[str] = method(stmt)
        return lines

    def small(self, small: cst.BaseSmallStatement) -> list[str]:
        method = getattr(self, f"stmt_{type(small).__name__}", None)
        if method is None:
            self.unsupported(small, _statement_name(small))
            return []
        # (a simple statement's expression temporaries are dead once it has run)
        mark = self.ctx.temps_mark()
        lines: list[str] = method(small)
        self.ctx.release_temps(mark)
        if lines:
            lines[0] = self.mark(small) + lines[0]
        return lines

    def nested(self, body: cst.BaseSuite) -> str:
        return _indent("\n".join(self.block(body)))

    # -- simple statements -------------------------------------------------------------

    def stmt_Expr(self, node: cst.Expr) -> list[str]:
        if isinstance(node.value, cst.SimpleString | cst.ConcatenatedString | cst.Ellipsis):
            return []  # docstrings and `...`
        return [self.code(node.value) + ";"]

    def stmt_Pass(self, node: cst.Pass) -> list[str]:
        return []

    def stmt_Global(self, node: cst.Global) -> list[str]:
        return []

    def stmt_Nonlocal(self, node: cst.Nonlocal) -> list[str]:
        return []

    def stmt_Break(self, node: cst.Break) -> list[str]:
        stack = self.ctx.fn.loop_labels if self.ctx.fn is not None else self.ctx.module_loop_labels
        label = stack[-1] if stack else None
        return [f"break {label};" if label else "break;"]

    def stmt_Continue(self, node: cst.Continue) -> list[str]:
        return ["continue;"]

    def stmt_Return(self, node: cst.Return) -> list[str]:
        if self.ctx.fn is None:
            self.error(node, "CF103", "`return` outside a function")
            return []
        value = "null" if node.value is None else self.code(node.value)
        if self.ctx.fn.is_generator and node.value is None:
            return ["return;"]
        return [f"return {value};"]

    def stmt_Assert(self, node: cst.Assert) -> list[str]:
        exc = self.rt("AssertionError")
        msg = self.code(node.msg) if node.msg is not None else ""
        return [f"if (!{self.test(node.test)}) throw new {exc}({msg});"]

    def stmt_Raise(self, node: cst.Raise) -> list[str]:
        if node.exc is None:
            fn = self.ctx.fn
            current = (
                fn.exc_vars[-1]
                if fn and fn.exc_vars
                else (self.ctx.module_exc_vars[-1] if self.ctx.module_exc_vars else None)
            )
            if current is None:
                self.error(node, "CF104", "bare `raise` outside an `except` block")
                return []
            return [f"throw {current};"]
        exc = self.raise_value(node.exc)
        if node.cause is not None:
            cause_node = node.cause.item
            cause = self.raise_value(cause_node) if not _is_none(cause_node) else "null"
            exc = f"{self.rt('$raise_from')}({exc}, {cause})"
        fn = self.ctx.fn
        handling = fn.exc_vars if fn is not None else self.ctx.module_exc_vars
        if handling:
            # Raised while handling another exception: Python records it as __context__.
            exc = f"{self.lang('$raise_ctx')}({exc}, {handling[-1]})"
        return [f"throw {exc};"]

    def raise_value(self, node: cst.BaseExpression) -> str:
        if self.known_class(node):
            return f"new {new_target(self.code(node))}()"
        if isinstance(node, cst.Call) and self.known_class(node.func):
            return self.code(node)
        return f"{self.rt('$raise')}({self.code(node)})"

    def stmt_Del(self, node: cst.Del) -> list[str]:
        return self.delete(node.target)

    def delete(self, target: cst.BaseExpression) -> list[str]:
        if isinstance(target, cst.Tuple | cst.List):
            return [line for el in target.elements for line in self.delete(el.value)]
        if isinstance(target, cst.Subscript):
            obj = self.code(target.value)
            if len(target.slice) == 1 and isinstance(target.slice[0].slice, cst.Slice):
                lo, hi, step = self.slice_parts(target.slice[0].slice)
                return [f"{self.rt('$delslice')}({obj}, {lo}, {hi}, {step});"]
            return [f"{self.rt('$delitem')}({obj}, {self.subscript_key(target)});"]
        if isinstance(target, cst.Attribute):
            return [f'{self.rt("delattr")}({self.code(target.value)}, "{target.attr.value}");']
        if isinstance(target, cst.Name):
            name = self.resolve(target).code
            check = self.checked(target, name)
            pre = [f"{check};"] if check != name else []
            return [*pre, f"{name} = {self.lang('$U')};"]
        self.unsupported(target, "this `del` target")
        return []

    # -- assignment --------------------------------------------------------------------

    def stmt_Assign(self, node: cst.Assign) -> list[str]:
        if len(node.targets) == 1 and parallel_pairs(node.targets[0].target, node.value):
            return self.assign_parallel(node.targets[0].target, node.value)  # type: ignore[arg-type]
        value = self.expr(node.value)
        if len(node.targets) == 1:
            target = node.targets[0].target
            if (
                isinstance(target, cst.Attribute)
                and self.is_function_value(node.value)
                and not self.is_class_expr(target.value)
            ):
                # `K.m = f` may add a method to a class the compiler cannot see is one:
                # setattr mirrors it for the instances when it is (rare, not a hot path).
                obj = self.code(target.value)
                return [
                    f"{self.rt('$setattr')}({obj}, {js_string(target.attr.value)}, {value.code});"
                ]
            return self.assign(target, self.assigned_value(target, value))
        tmp = self.ctx.new_temp()
        lines = [f"{tmp} = {value.code};"]
        for t in node.targets:
            lines.extend(self.assign(t.target, tmp))
        return lines

    def stmt_AnnAssign(self, node: cst.AnnAssign) -> list[str]:
        out = []
        if node.value is not None:
            out = self.assign(node.target, self.assigned_value(node.target, self.expr(node.value)))
        if (
            self.ctx.annotations_used
            and self.ctx.fn is None
            and not self.ctx.class_scopes
            and isinstance(node.target, cst.Name)
            and "__annotations__" not in self.ctx.module_scope.bound
        ):
            # A module-level annotation, recorded as Python does when the module reads
            # `__annotations__` (else annotations are not evaluated at all).
            value = self.annotation_value(node.annotation.annotation)
            out.append(f"__annotations__.$set({js_string(node.target.value)}, {value});")
        return out

    def assigned_value(self, target: cst.BaseExpression, value: JS) -> str:
        """``value`` as stored in ``target``: float locals of a function keep raw numbers."""
        return value.fast if self.raw_float_local(target) else value.code

    def raw_float_local(self, target: cst.BaseExpression) -> bool:
        """Is ``target`` a float-typed local of a function (read back via expr_Name)?"""
        fn = self.ctx.fn
        return (
            isinstance(target, cst.Name)
            and fn is not None
            and fn.scope.kind == "function"
            and not (self.in_class_body() and target.value in self.ctx.class_scopes[-1][0].bound)
            and target.value in fn.scope.locals
            and fn.types.get(target.value) == "float"
        )

    def assign(self, target: cst.BaseExpression, value: str) -> list[str]:
        if isinstance(target, cst.Name):
            return [f"{self.resolve(target).code} = {value};"]
        if isinstance(target, cst.Attribute):
            obj = self.code(target.value)
            if self.is_class_expr(target.value):
                return [f"{self.rt('$clsset')}({obj}, {js_string(target.attr.value)}, {value});"]
            if not isinstance(target.value, cst.Name | cst.Attribute | cst.Subscript | cst.Call):
                obj = f"({obj})"  # `(-1).real = v`: `-1.real` is not JS
            return [f"{obj}.{N.js_attr(target.attr.value)} = {value};"]
        if isinstance(target, cst.Subscript):
            obj = self.code(target.value)
            if len(target.slice) == 1 and isinstance(target.slice[0].slice, cst.Slice):
                lo, hi, step = self.slice_parts(target.slice[0].slice)
                return [f"{self.rt('$setslice')}({obj}, {lo}, {hi}, {step}, {value});"]
            return [f"{self.rt('$setitem')}({obj}, {self.subscript_key(target)}, {value});"]
        if isinstance(target, cst.Tuple | cst.List):
            return self.assign_unpack(target, value)
        self.unsupported(target, "this assignment target")
        return []

    def assign_parallel(self, target: cst.Tuple | cst.List, value: cst.Tuple) -> list[str]:
        """``a, b = x, y``: the values in order, then the targets in order, as Python
        does, without making the tuple (and unpacking it again)."""
        parts: list[str] = []
        lines: list[str] = []
        for el, item in zip(target.elements, value.elements, strict=True):
            lowered = self.assigned_value(el.value, self.expr(item.value))
            if _is_constant(item.value):
                parts.append(lowered)
                continue
            tmp = self.ctx.new_temp()
            lines.append(f"{tmp} = {lowered};")
            parts.append(tmp)
        for el, part in zip(target.elements, parts, strict=True):
            lines.extend(self.assign(el.value, part))
        return lines

    def assign_unpack(self, target: cst.Tuple | cst.List, value: str) -> list[str]:
        elements = list(target.elements)
        star_at = [i for i, el in enumerate(elements) if isinstance(el, cst.StarredElement)]
        tmp = self.ctx.new_temp()
        if star_at:
            i = star_at[0]
            unpacked = f"{self.rt('$unpack_star')}({value}, {i}, {len(elements) - i - 1})"
        else:
            unpacked = f"{self.rt('$unpack')}({value}, {len(elements)})"
        lines = [f"{tmp} = {unpacked};"]
        for i, el in enumerate(elements):
            inner = el.value
            lines.extend(self.assign(inner, f"{tmp}[{i}]"))
        return lines

    def stmt_AugAssign(self, node: cst.AugAssign) -> list[str]:
        value = self.expr(node.value)
        target = node.target
        op = type(node.operator)
        if isinstance(target, cst.Name):
            current = self.resolve(target)
            check = self.checked(target, current.code)
            pre = [f"{check};"] if check != current.code else []
            fast = self.fast_aug(target, op, current, value)
            if fast is not None:
                return [*pre, fast]
            helper = self.rt(_AUG_HELPERS[op])
            return [*pre, f"{current.code} = {helper}({current.code}, {value.code});"]
        if isinstance(target, cst.Attribute):
            obj = self.ctx.new_temp()
            attr = N.js_attr(target.attr.value)
            helper = self.rt(_AUG_HELPERS[op])
            current = self.attr_read(cst.Name("_"), obj, target.attr.value)
            new = f"{helper}({current}, {value.code})"
            if self.is_class_expr(target.value):
                store = f"{self.rt('$clsset')}({obj}, {js_string(target.attr.value)}, {new});"
            else:
                store = f"{obj}.{attr} = {new};"
            return [f"{obj} = {self.code(target.value)};", store]
        if isinstance(target, cst.Subscript) and not any(
            isinstance(s.slice, cst.Slice) for s in target.slice
        ):
            obj, key = self.ctx.new_temp(), self.ctx.new_temp()
            helper = self.rt(_AUG_HELPERS[op])
            return [
                f"{obj} = {self.code(target.value)};",
                f"{key} = {self.subscript_key(target)};",
                f"{self.rt('$setitem')}({obj}, {key}, {helper}({self.rt('$getitem')}({obj}, {key}), {value.code}));",
            ]
        self.unsupported(target, "this augmented-assignment target")
        return []

    def fast_aug(
        self, target: cst.Name, op: type[cst.BaseAugOp], current: JS, value: JS
    ) -> str | None:
        """``x op= v`` as ``x = x op v`` when both types are known and the operation has
        an inline form (int/float arithmetic, str concatenation): for these immutable
        types the in-place operator is the binary one. The typer has typed ``x`` with
        this very binding, so the result type is ``x``'s own."""
        binop = AUG_TO_BINARY[op] if op in _INLINE_AUG else None
        if binop is None or current.type is None:
            return None
        numeric = {"int", "float"}
        if not (
            (current.type in numeric and value.type in numeric)
            or (binop is cst.Add and current.type == value.type == "str")
        ):
            return None
        if binary_result(binop(), current.type, value.type) != current.type:
            return None
        result = self.binary(binop(), current, value)
        return f"{current.code} = {self.assigned_value(target, result)};"

    # -- control flow ------------------------------------------------------------------

    def stmt_If(self, node: cst.If) -> list[str]:
        lines = [f"{self.mark(node)}if ({self.test(node.test)}) {{", self.nested(node.body), "}"]
        orelse = node.orelse
        while orelse is not None:
            if isinstance(orelse, cst.If):
                lines[-1] = f"}} else if ({self.test(orelse.test)}) {{"
                lines += [self.nested(orelse.body), "}"]
                orelse = orelse.orelse
            else:
                lines[-1] = "} else {"
                lines += [self.nested(orelse.body), "}"]
                orelse = None
        return lines

    def loop(
        self, head: str, body: cst.BaseSuite, orelse: cst.Else | None, pre: list[str] | None = None
    ) -> list[str]:
        fn = self.ctx.fn
        label = self.ctx.fresh_name("else") if orelse is not None else None
        stack = fn.loop_labels if fn is not None else self.ctx.module_loop_labels
        stack.append(label)
        try:
            inner = (pre or []) + self.block(body)
        finally:
            stack.pop()
        loop = [head + " {", _indent("\n".join(inner)), "}"]
        if orelse is None:
            return loop
        return [f"{label}: {{", _indent("\n".join(loop + self.block(orelse.body))), "}"]

    def stmt_While(self, node: cst.While) -> list[str]:
        return self.loop(f"{self.mark(node)}while ({self.test(node.test)})", node.body, node.orelse)

    def stmt_For(self, node: cst.For) -> list[str]:
        mark = self.mark(node)
        fast = self.fast_loop(node)  # lower/loops.py
        if fast is not None:
            before, head, binds = fast
            pre = [line for target, value in binds for line in self.assign(target, value)]
            if before:
                return [
                    mark + before[0],
                    *before[1:],
                    *self.loop(head, node.body, node.orelse, pre),
                ]
            return self.loop(mark + head, node.body, node.orelse, pre)
        iterable = self.code(node.iter)
        if node.asynchronous is not None:
            head, var = self.async_for_head(iterable)
        else:
            var = self.ctx.fresh_name("it")
            head = f"for (const {var} of {self.rt('$iter')}({iterable}))"
        pre = self.assign(node.target, var)
        return self.loop(mark + head, node.body, node.orelse, pre)

    def stmt_Try(self, node: cst.Try) -> list[str]:
        body = self.nested(node.body)
        if node.orelse is not None:
            # The else runs only when the body raised nothing; its own exceptions are not
            # caught by the handlers, so it sits after the try statement, behind a flag.
            ok = self.ctx.new_temp("ok")
            core = [f"{ok} = false;", "try {", body, f"  {ok} = true;"]
            core += self.handlers(node.handlers)
            core += [f"if ({ok}) {{", self.nested(node.orelse.body), "}"]
            if node.finalbody is None:
                return [self.mark(node) + core[0], *core[1:]]
            lines = ["try {", _indent("\n".join(core)), "} finally {"]
            lines += [self.nested(node.finalbody.body), "}"]
        elif node.handlers:
            lines = ["try {", body, *self.handlers(node.handlers)]
            if node.finalbody is not None:
                lines[-1] = "} finally {"
                lines += [self.nested(node.finalbody.body), "}"]
        else:
            assert node.finalbody is not None
            lines = ["try {", body, "} finally {", self.nested(node.finalbody.body), "}"]
        lines[0] = self.mark(node) + lines[0]
        return lines

    def handlers(
        self, handlers: tuple[cst.ExceptHandler, ...] | list[cst.ExceptHandler]
    ) -> list[str]:
        """``} catch ($e) { ... }`` matching handlers in order; returns lines from ``}``."""
        if not handlers:
            return ["}"]
        err = self.ctx.fresh_name("e")
        fn = self.ctx.fn
        stack = fn.exc_vars if fn is not None else self.ctx.module_exc_vars
        chain: list[tuple[str | None, str]] = []
        for handler in handlers:
            stack.append(err)
            try:
                body = self.nested(handler.body)
            finally:
                stack.pop()
            if handler.name is not None and isinstance(handler.name.name, cst.Name):
                name = self.resolve(handler.name.name).code
                if id(handler) in self.ctx.unbound.reset_handlers:
                    # CPython unbinds the name when the handler ends, however it ends.
                    body = f"try {{\n{body}\n}} finally {{\n  {name} = {self.lang('$U')};\n}}"
                body = f"  {name} = {err};\n{body}"
            if handler.type is None:
                chain.append((None, body))
                break
            match = self.rt("$exc_match")
            chain.append((f"{match}({err}, {self.code(handler.type)})", body))
        lines = [f"}} catch ({err}) {{", f"  {err} = {self.rt('$exc')}({err});"]
        for i, (cond, body) in enumerate(chain):
            if cond is None:
                lines.append("  {" if i == 0 else "  } else {")
            else:
                lines.append(f"  {'if' if i == 0 else '} else if'} ({cond}) {{")
            lines.append(_indent(body))
        if chain[-1][0] is not None:
            lines += ["  } else {", f"    throw {err};"]
        lines += ["  }", "}"]
        return lines

    def stmt_With(self, node: cst.With) -> list[str]:
        body = self.block(node.body)
        for item in reversed(node.items):
            body = self.with_item(item, body, node.asynchronous is not None)
        return body

    def with_item(self, item: cst.WithItem, body: list[str], is_async: bool = False) -> list[str]:
        mgr, failed = self.ctx.new_temp("m"), self.ctx.new_temp("f")
        err = self.ctx.fresh_name("e")
        # `async with` awaits __aenter__/__aexit__ instead of calling __enter__/__exit__.
        enter_name, exit_name = (
            ("__aenter__", "__aexit__") if is_async else ("__enter__", "__exit__")
        )

        def wait(call: str) -> str:
            return self.await_code(call) if is_async else call

        enter = f"({wait(f'{mgr}.{enter_name}()')})"
        exit_call = f"{mgr}.{exit_name}({self.rt('type')}({err}), {err}, null)"
        lines = [f"{mgr} = {self.code(item.item)};", f"{failed} = false;"]
        if item.asname is not None:
            lines += self.assign(item.asname.name, enter)
        else:
            lines.append(enter + ";")
        exc = self.rt("$exc")
        lines += [
            "try {",
            _indent("\n".join(body)),
            f"}} catch ({err}) {{",
            f"  {failed} = true; {err} = {exc}({err});",
            f"  if (!{self.rt('$truthy')}({wait(exit_call)})) throw {err};",
            "} finally {",
            f"  if (!{failed}) {wait(f'{mgr}.{exit_name}(null, null, null)')};",
            "}",
        ]
        return lines

    # -- definitions -------------------------------------------------------------------

    def stmt_FunctionDef(self, node: cst.FunctionDef) -> list[str]:
        declaration, export = self.declaration_form(node)
        return self.lower_def(node, declaration, export)

    def stmt_ClassDef(self, node: cst.ClassDef) -> list[str]:
        declaration, export = self.declaration_form(node)
        return self.lower_class(node, declaration, export)

    def declaration_form(self, node: cst.FunctionDef | cst.ClassDef) -> tuple[bool, bool]:
        """Whether a def/class can be a JS declaration (and exported, at module level)."""
        declaration = (
            self.ctx.fn is None
            and node.name.value in self.ctx.declared_defs
            and any(node is stmt for stmt in self.parsed.module.body)
        )
        # a renamed one (`default` -> `default$`) is exported under its Python name by
        # the module's export list (lower/module.py)
        return declaration, declaration and N.js_name(node.name.value) == node.name.value

    # -- imports -----------------------------------------------------------------------

    def stmt_Import(self, node: cst.Import) -> list[str]:
        # Imports become ES imports (lower/module.py); a name rebound, or bound by an
        # import that is not at the top of the module, is assigned here, where Python
        # binds it (or a module cfpy lacks raises ImportError here, inside a `try`).
        return [line for alias in node.names for line in self.ctx.import_rebinds.get(id(alias), [])]

    def stmt_ImportFrom(self, node: cst.ImportFrom) -> list[str]:
        return self.ctx.import_rebinds.get(id(node), [])


def _is_constant(node: cst.BaseExpression) -> bool:
    """A literal whose JS form can be used after the other values are evaluated."""
    if isinstance(node, cst.UnaryOperation) and isinstance(node.operator, cst.Minus):
        node = node.expression
    return isinstance(node, cst.Integer | cst.Float | cst.SimpleString) or (
        isinstance(node, cst.Name) and node.value in ("None", "True", "False")
    )


def _is_none(node: cst.BaseExpression) -> bool:
    return isinstance(node, cst.Name) and node.value == "None"
