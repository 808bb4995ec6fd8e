"""Call lowering: the calling convention of docs/design.md, decided per call site.

Positional-only calls are plain JS calls.  Keyword calls to a callee whose signature the
project index knows are laid out at compile time; any other keyword or ``*``/``**`` call
goes through the runtime's ``$call``/``$callm``.  Calling a known class uses ``new``.
"""

from __future__ import annotations

import re

import libcst as cst

from .. import names as N
from ..analyze.index import Signature
from ..parse import string_value
from .base import js_string
from .context import JS
from .reductions import ReductionLowerer
from .workers_api import constructor_signature

_JS_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")


class CallArgs:
    """A call's arguments split into positional (with stars) and keyword (with ``**``)."""

    def __init__(self) -> None:
        self.positional: list[str] = []
        self.keywords: list[tuple[str, str]] = []
        self.star: bool = False  # some positional argument is `*x`
        self.double_star: list[str] = []
        # keywords and `**mapping`s in source order (Python keeps that order in **kwargs)
        self.keyword_segments: list[list[tuple[str, str]] | str] = []
        self.lowered: list[JS] = []  # every argument as lowered, in order

    @property
    def plain(self) -> bool:
        return not self.keywords and not self.double_star

    def pos_array(self) -> str:
        return "[" + ", ".join(self.positional) + "]"

    def kw_object(self, rt_kwmerge: str | None, fname: str | None = None) -> str:
        if not self.double_star:
            return kw_literal(self.keywords)
        parts = [seg if isinstance(seg, str) else kw_literal(seg) for seg in self.keyword_segments]
        if fname is not None:  # the callee's name for CPython's "f() got multiple values"
            parts.insert(0, js_string(fname))
        return f"{rt_kwmerge}({', '.join(parts)})"


class CallLowerer(ReductionLowerer):
    def call_args(self, node: cst.Call) -> CallArgs:
        args = CallArgs()
        registration = self.is_registration(node)
        whole = self.consumes_whole(node)  # lower/reductions.py
        for i, arg in enumerate(node.args):
            if registration and arg.keyword is not None and arg.keyword.value == "durable_objects":
                lowered = self.registration_classes(arg.value)
            elif whole and i == 0:
                lowered = self.generator_as_list(arg.value)  # type: ignore[arg-type]
            else:
                lowered = self.expr(arg.value)
            args.lowered.append(lowered)
            value = lowered.code
            if (
                lowered.type == "float"
                and arg.star == ""
                and self.prints_floats(node)
            ):
                # skip print's dispatch: format the (maybe raw) float here
                value = self.to_str(lowered)
            if arg.star == "*":
                args.positional.append(f"...{self.rt('$iter')}({value})")
                args.star = True
            elif arg.star == "**":
                args.double_star.append(value)
                args.keyword_segments.append(value)
            elif arg.keyword is not None:
                args.keywords.append((arg.keyword.value, value))
                last = args.keyword_segments[-1] if args.keyword_segments else None
                if isinstance(last, list):
                    last.append((arg.keyword.value, value))
                else:
                    args.keyword_segments.append([(arg.keyword.value, value)])
            else:
                args.positional.append(value)
        return args

    def is_registration(self, node: cst.Call) -> bool:
        """Is this the worker's ``CloudflareWorkers(...)`` call (analyze/registration.py)?"""
        return id(node) in self.ctx.registration_calls

    def registration_classes(self, value: cst.BaseExpression) -> JS:
        """``durable_objects={"Name": factory, ...}`` of the registration: a dict display
        with string-literal keys (CF310) that only the registry reads, lowered to a plain
        JS object (computed keys, so "__proto__" stays a key) instead of a dict, so a
        worker that makes no dicts carries no dict type."""
        if not isinstance(value, cst.Dict) or not all(
            isinstance(el, cst.DictElement)
            and isinstance(el.key, cst.SimpleString)
            and isinstance(string_value(el.key), str)
            for el in value.elements
        ):
            return self.expr(value)
        entries = [
            f"[{js_string(el.key.evaluated_value)}]: {self.code(el.value)}"  # type: ignore[union-attr]
            for el in value.elements
        ]
        return JS("{" + ", ".join(entries) + "}")

    def is_typing_cast(self, func: cst.BaseExpression) -> bool:
        return self.is_typing_name(func, "cast")

    def is_typing_name(self, func: cst.BaseExpression, name: str) -> bool:
        """Is ``func`` ``typing.<name>`` (imported either way)?"""
        if isinstance(func, cst.Name):
            imported = self.ctx.imported.get(func.value)
            return imported is not None and imported.module == "typing" and imported.name == name
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
            imported = self.ctx.imported.get(func.value.value)
            return imported is not None and imported.module == "typing" and func.attr.value == name
        return False

    def is_asyncio_run(self, value: cst.BaseExpression) -> bool:
        """Is ``value`` a call of ``asyncio.run`` (imported either way)?"""
        if not isinstance(value, cst.Call):
            return False
        func = value.func
        name: str | None = None
        imported = None
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
            imported = self.ctx.imported.get(func.value.value)
            name = func.attr.value if imported is not None and imported.name is None else None
        elif isinstance(func, cst.Name):
            imported = self.ctx.imported.get(func.value)
            name = imported.name if imported is not None else None
        return (
            name == "run"
            and imported is not None
            and imported.module == N.STDLIB_MODULES["asyncio"]
        )

    def prints_floats(self, node: cst.Call) -> bool:
        func = node.func
        return (
            isinstance(func, cst.Name)
            and func.value == "print"
            and self.resolve(func).code == func.value
        )

    def expr_Call(self, node: cst.Call) -> JS:
        mark = self.mark(node)
        func = node.func
        if isinstance(func, cst.Name) and func.value == "super" and self.is_builtin_super(func):
            return self.super_object(node)
        if isinstance(func, cst.Attribute):
            missing = self.missing_stdlib_name(func)  # `json.JSONEncoder()`
            if missing is not None:
                return missing
            result = self.method_call(node, func)
        else:
            result = self.function_call(node, func)
        if self.ctx.fn is None and self.is_asyncio_run(node):
            # asyncio.run() blocks in Python: at module level it is awaited (ES top-level
            # await), so what follows runs once the coroutine has finished.
            run = f"{self.lang('$run_top')}(() => {mark}{result.code})"
            return JS(f"(await {run})", result.type)
        return JS(mark + result.code, result.type)

    # -- callee kinds --------------------------------------------------------------------

    def function_call(self, node: cst.Call, func: cst.BaseExpression) -> JS:
        if self.is_typing_cast(func) and len(node.args) == 2:
            return self.expr(node.args[1].value)  # typing.cast only informs the type checker
        if self.is_typing_name(func, "NewType") and node.args:
            # NewType("UserId", int) is an identity function named UserId at run time.
            name = self.code(node.args[0].value)
            return JS(f'{self.rt("$sig")}((x) => x, ["x"], {{nreq: 1, qn: {name}}})')
        reduced = self.reduced_call(node)  # lower/reductions.py
        if reduced is not None:
            return reduced
        args = self.call_args(node)
        if isinstance(func, cst.Name) and func.value in N.REFUSED_BUILTINS:
            resolved = self.resolve(func)
            if resolved.code == "undefined":
                return resolved  # the builtin itself: refused (CF102) by resolve
        callee = self.expr(func)
        result_type = None
        if isinstance(func, cst.Name) and callee.code == func.value and func.value in N.BUILTINS:
            # (the result type of a builtin comes from the typer, transpiler/analyze/typer.py)
            if (
                func.value in ("str", "repr")
                and len(node.args) == 1
                and args.plain
                and not args.star
            ):
                arg = args.lowered[0]
                if func.value == "str":
                    return JS(self.to_str(arg), "str")
                if arg.type == "float":
                    return JS(self.to_repr(arg), "str")
        if self.known_class(func):
            sig = self.known_signature(func)
            if args.plain and not args.star:
                if sig is not None and not _accepts_count(sig, len(args.positional)):
                    self.warn_positional_count(node, len(args.positional))
                    return JS(f"{self.rt('$call')}({callee.code}, {args.pos_array()}, null)")
                return JS(f"new {new_target(callee.code)}({', '.join(args.positional)})")
            if sig is not None and not args.star and not args.double_star:
                laid = self.layout(node, sig, args)
                if laid is not None:
                    return JS(f"new {new_target(callee.code)}({laid})")
            return JS(f"{self.rt('$call')}({callee.code}, {args.pos_array()}, {self.kw(args)})")
        if result_type is None and isinstance(func, cst.Name):
            found = self.ctx.signature_of_project_name(func.value)
            if found is not None and not any(
                func.value in f.scope.locals for f in self.ctx.functions
            ):
                result_type = found[1].returns
        if args.plain and not args.star:
            sig = self.known_signature(func)
            if sig is not None and not _accepts_count(sig, len(args.positional)):
                self.warn_positional_count(node, len(args.positional))
                call = f"{self.rt('$call')}({callee.code}, {args.pos_array()}, null)"
                return JS(call, result_type)
        if args.plain and args.star and self.known_signature(func) is not None:
            # `f(*xs)`: the count is known only at run time; $call checks it like CPython.
            call = f"{self.rt('$call')}({callee.code}, {args.pos_array()}, null)"
            return JS(call, result_type)
        if args.plain:
            if not self.known_callable(func):
                # A parameter, variable or computed callee may be a class or have __call__.
                return JS(f"{self.lang('$callv')}({', '.join([callee.code, *args.positional])})")
            return JS(f"{callee.code}({', '.join(args.positional)})", result_type)
        sig = self.known_signature(func)
        if sig is not None and not args.star and not args.double_star:
            laid = self.layout(node, sig, args)
            if laid is not None:
                return JS(f"{callee.code}({laid})", result_type)
        kw = self.kw(args, self.function_display_name(func))
        call = f"{self.rt('$call')}({callee.code}, {args.pos_array()}, {kw})"
        return JS(call, result_type)

    def method_call(self, node: cst.Call, func: cst.Attribute) -> JS:
        name = func.attr.value
        if _is_super_call(func.value) and self.is_builtin_super(func.value.func):
            if self.is_plain_super(func.value):
                return self.super_call(node, func)
            return self.explicit_super_call(node, func)
        if self.is_typing_cast(func) or self.is_typing_name(func, "NewType"):
            return self.function_call(node, func)
        if isinstance(func.value, cst.Name) and self.is_erased_module(func.value):
            return self.unsupported(node, f"a run-time use of `{func.value.value}.{name}`")
        if self.known_class(func):
            return self.function_call(node, func)
        if name == "new" and self.is_js_value(func.value):
            # Pyodide's spelling of a JS constructor call: `URL.new(url)` is `new URL(url)`.
            args = self.call_args(node)
            if args.plain:
                return JS(f"new ({self.expr(func.value).code})({', '.join(args.positional)})")
        unbound = self.builtin_unbound_method(func)
        if unbound is not None:
            return self.function_call(node, func)
        if self.project_class(func.value) and (
            name in self.ctx.method_names or N.is_method_dunder(name)
        ):
            args = self.call_args(node)
            if args.plain:
                cls = self.code(func.value)
                all_args = [cls, js_string(name), *args.positional]
                return JS(f"{self.lang('$callu')}({', '.join(all_args)})")
        receiver = self.expr(func.value)
        if isinstance(func.value, cst.Integer | cst.Float):
            receiver = JS(f"({receiver.code})", receiver.type)  # `3.bit_length` is not JS
        args = self.call_args(node)
        if _is_dunder(name) and args.plain and not self.project_class(func.value):
            # str/list/int values have no dunder methods in JS: map to the operation.
            all_args = [receiver.code, js_string(name), *args.positional]
            return JS(f"{self.lang('$dunder')}({', '.join(all_args)})")
        if args.plain and (name in N.GENERATOR_METHODS or name in N.NUMBER_METHODS):
            helper = self.lang("$gen" if name in N.GENERATOR_METHODS else "$num")
            all_args = [receiver.code, js_string(name), *args.positional]
            return JS(f"{helper}({', '.join(all_args)})")
        if name in N.NUMBER_METHODS and not args.star and not args.double_star:
            # Keywords (`n.to_bytes(2, "big", signed=True)`) travel in a trailing KW.
            kw = f"{self.rt('$kw')}({self.kw(args)})"
            all_args = [receiver.code, js_string(name), *args.positional, kw]
            return JS(f"{self.lang('$num')}({', '.join(all_args)})")
        if name in N.DISPATCHED_METHODS and receiver.type not in ("dict", "set", "tuple"):
            helper = self.rt(f"$m_{name}")
            all_args = [receiver.code, *args.positional]
            if not args.plain:
                all_args.append(f"{self.rt('$kw')}({self.kw(args)})")
            return JS(f"{helper}({', '.join(all_args)})", _method_result_type(name, receiver.type))
        if name in N.JS_ONLY_MEMBERS and not args.star and not args.double_star:
            kw = self.kw(args) if not args.plain else "null"
            callm = self.rt("$callm")
            return JS(f"{callm}({receiver.code}, {js_string(name)}, {args.pos_array()}, {kw})")
        sig = self.known_method_signature(func)
        target = f"{receiver.code}.{N.js_attr(name)}"
        if isinstance(func.value, cst.Name):
            imported = self.ctx.imported.get(func.value.value)
            if imported is not None and imported.name is None and imported.source == "project":
                target = self.project_module_attr(receiver.code, imported.module, name)
        if args.plain and "__getattr__" in self.ctx.method_names and sig is None:
            # A class of the project defines __getattr__: a missing method may come from it.
            callm = self.rt("$callm")
            return JS(f"{callm}({receiver.code}, {js_string(name)}, {args.pos_array()}, null)")
        if args.plain and self.method_may_be_missing(func, sig):
            return self.guarded_method_call(receiver.code, name, args.positional)
        if args.plain:
            return JS(f"{target}({', '.join(args.positional)})")
        if sig is not None and not args.star and not args.double_star:
            laid = self.layout(node, sig, args)
            if laid is not None:
                return JS(f"{target}({laid})")
        return JS(
            f"{self.rt('$callm')}({receiver.code}, {js_string(name)}, {args.pos_array()}, {self.kw(args)})"
        )

    def method_may_be_missing(self, func: cst.Attribute, sig: Signature | None) -> bool:
        """Can ``obj.name`` be missing at this call, where a plain JS call would throw a JS
        TypeError ("... is not a function") instead of Python's AttributeError? Not for a
        module's function (checked at build time), a JS value's member, or ``self.m()``
        in a method of a class that defines ``m`` itself."""
        value = func.value
        if sig is not None or self.is_js_value(value):
            return False
        if isinstance(value, cst.Name):
            imported = self.ctx.imported.get(value.value)
            if imported is not None and imported.name is None:
                return False  # a module namespace
            fn = self.ctx.functions[-1] if self.ctx.functions else None
            if fn is not None and fn.is_method and fn.self_name == value.value and self.ctx.class_scopes:
                if self.ctx.class_scopes[-1][1] == self.function_depth() - 1:
                    return func.attr.value not in self.class_methods(fn.class_name)
        return True

    def class_methods(self, js_class: str | None) -> set[str]:
        """The plain methods a top-level class of this module defines or inherits from the
        classes of this module it derives from (a subclass cannot remove them)."""
        classes = {
            N.js_name(stmt.name.value): stmt
            for stmt in self.parsed.module.body
            if isinstance(stmt, cst.ClassDef)
        }
        found: set[str] = set()
        pending = [js_class] if js_class in classes else []
        seen = set(pending)
        while pending:
            node = classes[pending.pop()]
            body = node.body.body if isinstance(node.body, cst.IndentedBlock) else ()
            found.update(st.name.value for st in body if isinstance(st, cst.FunctionDef) and not st.decorators)
            for base in node.bases:
                name = N.js_name(base.value.value) if isinstance(base.value, cst.Name) else None
                if name in classes and name not in seen:
                    seen.add(name)
                    pending.append(name)
        return found

    def guarded_method_call(self, receiver: str, name: str, args: list[str]) -> JS:
        """``obj.name(args)`` reading the method once; when it is not a JS function, the
        runtime's ``$nomethod`` calls it as Python would (``__call__``, a class attribute
        added later, ``__getattr__``) or raises TypeError / AttributeError as Python does."""
        method = self.ctx.new_temp("f")
        if not _JS_IDENTIFIER.fullmatch(receiver):
            obj = self.ctx.new_temp()
            receiver, first = obj, f"({obj} = {receiver})"
        else:
            first = receiver
        call_args = ", ".join([receiver, *args])
        missing = f"{self.lang('$nomethod')}({receiver}, {js_string(name)}, [{', '.join(args)}])"
        test = f"typeof ({method} = {first}.{N.js_attr(name)}) === \"function\""
        return JS(f"({test} ? {method}.call({call_args}) : {missing})")

    def is_js_value(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` a name imported from the ``js`` module (``from js import URL``), or an
        attribute of the module (``js.URL``)?"""
        while isinstance(node, cst.Attribute):
            node = node.value
        if not isinstance(node, cst.Name):
            return False
        imported = self.ctx.imported.get(node.value)
        return imported is not None and imported.source == "js"

    def super_call(self, node: cst.Call, func: cst.Attribute) -> JS:
        fn = self.ctx.fn
        if fn is None or not fn.is_method:
            return self.unsupported(node, "`super()` outside a method")
        args = self.call_args(node)
        attr = N.js_attr(func.attr.value)
        if (self.ctx.index.multiple_inheritance or fn.awaits_by_yield) and fn.class_name:
            # Some class has several bases, or this is a coroutine body (a generator
            # function, where JS has no lexical `super`): the next class is found in
            # type(self).__mro__.
            target = f"{self.lang('$super')}({fn.class_name}, this, {js_string(attr)})"
            if args.plain:
                return JS(f"{target}.call({', '.join(['this', *args.positional])})")
        else:
            target = f"super.{attr}"
            if args.plain:
                return JS(f"{target}({', '.join(args.positional)})")
        callwith = self.rt("$callwith")
        return JS(f"{callwith}({target}, this, {args.pos_array()}, {self.kw(args)})")

    def is_builtin_super(self, func: cst.BaseExpression) -> bool:
        """Is ``func`` the name ``super`` not bound by the program?"""
        if not isinstance(func, cst.Name) or func.value != "super":
            return False
        return "super" not in self.ctx.module_scope.bound and not any(
            "super" in fn.scope.locals for fn in self.ctx.functions
        )

    def is_plain_super(self, call: cst.Call) -> bool:
        """``super()``, or ``super(C, self)`` naming the enclosing class and the method's
        own first parameter: JS's lexical ``super`` then finds the same attribute."""
        if not call.args:
            return True
        fn = self.ctx.fn
        if fn is None or fn.class_name is None or len(call.args) != 2:
            return False
        cls, obj = (a.value for a in call.args)
        return (
            not any(a.star or a.keyword for a in call.args)
            and isinstance(cls, cst.Name)
            and cls.value == fn.class_name
            and isinstance(obj, cst.Name)
            and obj.value == fn.self_name
        )

    def super_operands(self, call: cst.Call) -> tuple[str, str] | None:
        """JS of the class and the object of ``super()`` / ``super(C, obj)``, or None
        (with an error logged) when they cannot be known."""
        fn = self.ctx.fn
        if call.args:
            if len(call.args) != 2 or any(a.star or a.keyword for a in call.args):
                self.unsupported(call, "`super()` with other than zero or two arguments")
                return None
            return self.code(call.args[0].value), self.code(call.args[1].value)
        if fn is None or not fn.is_method or fn.class_name is None:
            self.unsupported(call, "`super()` without arguments outside a method")
            return None
        return fn.class_name, "this"

    def super_object(self, call: cst.Call) -> JS:
        """``super()`` / ``super(C, obj)`` as a value: a proxy reading the class after C
        in obj's MRO."""
        operands = self.super_operands(call)
        if operands is None:
            return JS("null")
        return JS(f"{self.lang('$superobj')}({', '.join(operands)})")

    def explicit_super_call(self, node: cst.Call, func: cst.Attribute) -> JS:
        """``super(Base, self).m(...)`` starting the lookup after another class."""
        assert isinstance(func.value, cst.Call)
        operands = self.super_operands(func.value)
        if operands is None:
            return JS("null")
        cls, obj = operands
        temp = self.ctx.new_temp()
        args = self.call_args(node)
        target = f"{self.lang('$super')}({cls}, {temp} = {obj}, {js_string(N.js_attr(func.attr.value))})"
        if args.plain:
            return JS(f"{target}.call({', '.join([temp, *args.positional])})")
        callwith = self.rt("$callwith")
        return JS(f"{callwith}({target}, {temp}, {args.pos_array()}, {self.kw(args)})")

    def kw(self, args: CallArgs, fname: str | None = None) -> str:
        return args.kw_object(self.rt("$kwmerge") if args.double_star else None, fname)

    def function_display_name(self, func: cst.BaseExpression) -> str | None:
        """CPython's name of a project def in call errors (``__main__.show``), if static."""
        if not isinstance(func, cst.Name) or any(
            func.value in f.scope.locals for f in self.ctx.functions
        ):
            return None
        sym = self.ctx.module_symbol(func.value)
        if func.value in self.ctx.imported or sym is None or sym.kind != "function":
            return None
        module = "__main__" if self.ctx.is_main else self.ctx.module_name
        return f"{module}.{func.value}"

    def known_callable(self, func: cst.BaseExpression) -> bool:
        """Is ``func`` statically a plain function (so a direct JS call is exact)?"""
        if not isinstance(func, cst.Name):
            return False
        name = func.value
        for fn in reversed(self.ctx.functions):
            if name in fn.scope.locals:
                return fn.scope.defs.get(name) == "function"
            if name in fn.scope.globals_:
                break
        imported = self.ctx.imported.get(name)
        if imported is not None:
            if imported.source == "project" and imported.name is not None:
                sym = self.ctx.index.lookup(imported.module, imported.name)
                return sym is not None and sym.kind == "function"
            return imported.source in ("runtime", "workers", "stdlib")
        if name in self.ctx.module_scope.bound:
            sym = self.ctx.module_symbol(name)
            return sym is not None and sym.kind == "function"
        return name in N.BUILTINS

    # -- signatures --------------------------------------------------------------------

    def warn_positional_count(self, node: cst.Call, count: int) -> None:
        """CF120 for a direct call whose positional count the callee cannot take (the call
        is then emitted through ``$call``, which raises CPython's TypeError if it runs)."""
        self.ctx.logger.warning(
            "CF120",
            f"this call passes {count} positional argument"
            f"{'s' if count != 1 else ''}, which the callee does not accept",
            file=self.parsed.path,
            span=self.parsed.span(node),
            source=self.parsed.source,
            hint="running it raises TypeError, as in Python",
        )

    def known_signature(self, func: cst.BaseExpression) -> Signature | None:
        if isinstance(func, cst.Name):
            if any(func.value in fn.scope.locals for fn in self.ctx.functions):
                return None
            imported = self.ctx.imported.get(func.value)
            if imported is not None and imported.source == "workers" and imported.name:
                return constructor_signature(imported.name)
            found = self.ctx.signature_of_project_name(func.value)
            return found[1].signature if found else None
        if isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name):
            imported = self.ctx.imported.get(func.value.value)
            if imported is not None and imported.name is None and imported.source == "workers":
                return constructor_signature(func.attr.value)  # `cf.CloudflareWorkers(...)`
            if imported is not None and imported.source == "project" and imported.name is None:
                sym = self.ctx.index.lookup(imported.module, func.attr.value)
                return sym.signature if sym else None
        return None

    def known_method_signature(self, func: cst.Attribute) -> Signature | None:
        if isinstance(func.value, cst.Name):
            imported = self.ctx.imported.get(func.value.value)
            if imported is not None and imported.source == "project" and imported.name is None:
                sym = self.ctx.index.lookup(imported.module, func.attr.value)
                return sym.signature if sym and sym.kind == "function" else None
        return None

    def layout(self, node: cst.Call, sig: Signature, args: CallArgs) -> str | None:
        """Place positional and keyword arguments into the callee's JS parameter slots.

        None when the arguments do not fit: a warning is logged and the caller emits a
        runtime ``$call``, which raises CPython's TypeError if the line runs.
        """
        problems: list[str] = []
        slots: list[str | None] = [None] * len(sig.positional)
        extra: list[str] = []
        for i, value in enumerate(args.positional):
            if i < len(slots):
                slots[i] = value
            elif sig.vararg:
                extra.append(value)
            else:
                problems.append(f"too many positional arguments (the callee takes {len(slots)})")
                break
        kw_entries: list[str] = []
        for name, value in args.keywords:
            if name in sig.positional[sig.posonly :]:
                idx = sig.positional.index(name)
                if slots[idx] is not None:
                    problems.append(f"multiple values for argument `{name}`")
                slots[idx] = value
            elif name in sig.kwonly or sig.varkw:
                kw_entries.append(f"{_kw_key(name)}: {value}")
            else:
                problems.append(f"unexpected keyword argument `{name}`")
        missing = [sig.positional[i] for i in range(sig.required) if slots[i] is None]
        given_kw = {k for k, _ in args.keywords}
        missing += [k for k in sorted(sig.kwonly_required) if k not in given_kw]
        if missing:
            problems.append("missing argument " + ", ".join(f"`{m}`" for m in missing))
        if problems:
            self.ctx.logger.warning(
                "CF120",
                "this call does not match the callee's parameters: " + "; ".join(problems),
                file=self.parsed.path,
                span=self.parsed.span(node),
                source=self.parsed.source,
                hint="running it raises TypeError, as in Python; parameters: "
                + ", ".join(sig.positional + sig.kwonly),
            )
            return None
        parts = ["undefined" if s is None else s for s in slots]
        if kw_entries:
            kw_obj = f"{self.rt('$kw')}({{{', '.join(kw_entries)}}})"
            if sig.vararg:
                return ", ".join(parts + extra + [kw_obj])
            return ", ".join(parts + [kw_obj])
        while parts and parts[-1] == "undefined":
            parts.pop()
        return ", ".join(parts + extra)


def _accepts_count(sig: Signature, count: int) -> bool:
    if count < sig.required or sig.kwonly_required:
        return False
    return sig.vararg or count <= len(sig.positional)


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


def kw_literal(pairs: list[tuple[str, str]]) -> str:
    """A JS keyword object (for ``$call``/``$callwith``) from (name, JS value) pairs."""
    return "{" + ", ".join(f"{_kw_key(k)}: {v}" for k, v in pairs) + "}"


def _kw_key(name: str) -> str:
    # A literal "__proto__" key in an object literal would set the prototype.
    return f"[{js_string(name)}]" if name == "__proto__" else js_string(name)


def _is_super_call(node: cst.BaseExpression) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Name)
        and node.func.value == "super"
    )


def _method_result_type(name: str, receiver: str | None) -> str | None:
    if receiver != "str":
        return None
    if name in (
        "upper",
        "lower",
        "strip",
        "lstrip",
        "rstrip",
        "replace",
        "join",
        "format",
        "title",
        "capitalize",
        "zfill",
        "center",
        "ljust",
        "rjust",
    ):
        return "str"
    if name in ("startswith", "endswith") or name.startswith("is"):
        return "bool"
    if name in ("find", "rfind", "index", "rindex", "count"):
        return "int"
    return None


def new_target(code: str) -> str:
    """``code`` as the operand of ``new`` (a call such as ``$chkg(C, "C")`` needs parens)."""
    return code if re.fullmatch(r"[\w$.]+", code) else f"({code})"
