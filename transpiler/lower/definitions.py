"""Definitions: ``def``, ``async def``, ``lambda`` and ``class``.

A def becomes a JS function whose parameters follow docs/design.md (positional, ``...rest``
for ``*args``, a trailing ``KW`` object for keyword-only and ``**kwargs``), with defaults
evaluated once at def time and ``$sig`` metadata for keyword calls.  A class becomes a JS
class extending ``PyObject`` (or its Python base); class attributes live on the class
and are forwarded to instances by ``$classattrs``.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping, Sequence

import libcst as cst

from .. import names as N
from ..analyze.binder import Scope, collect_bindings, contains_in_scope, param_names
from ..analyze.index import Signature
from ..analyze.typer import infer_types
from .base import js_string
from .calls import CallLowerer, kw_literal
from .context import JS, FunctionState, node_is_async_generator, signature_flags
from .dataclasses import (
    Field,
    _is_field_call,
    collect_fields,
    dataclass_decorator,
    generated_members,
)


class DefinitionLowerer(CallLowerer):
    # Provided by StatementLowerer.
    def block(
        self, body: cst.BaseSuite | list[cst.BaseStatement] | tuple[cst.BaseStatement, ...]
    ) -> list[str]:
        raise NotImplementedError

    # -- functions -----------------------------------------------------------------------

    def function_js(
        self,
        node: cst.FunctionDef,
        js_fn_name: str,
        *,
        method: bool = False,
        class_name: str | None = None,
        defaults_out: list[str],
        keyword: str = "function",
    ) -> str:
        """JS for a def: ``function name(params) { body }`` (``keyword`` '' for methods).

        Default values are evaluated by statements appended to ``defaults_out`` (run at
        def time, before the function exists), bound to fresh ``$d`` consts.
        """
        is_gen, is_async = node_is_async_generator(node)
        params = node.params
        qualname = f"{class_name}.{node.name.value}" if class_name else node.name.value
        all_names = param_names(params)
        binds_this = method and not _is_staticmethod(node)
        if binds_this and not (list(params.posonly_params) + list(params.params)):
            return self.unsupported(node, "a method without a `self` parameter").code
        scope = Scope("function", bound=set(all_names))
        body_nodes: list[cst.CSTNode] = (
            list(node.body.body) if isinstance(node.body, cst.IndentedBlock) else [node.body]
        )
        collect_bindings(body_nodes, scope)
        state = FunctionState(
            scope=scope,
            is_async=is_async,
            is_generator=is_gen,
            is_method=method,
            class_name=class_name,
            types=infer_types(body_nodes, set(all_names), self.visible_types()),
        )
        positional = list(params.posonly_params) + list(params.params)
        self_param: cst.Param | None = None
        if binds_this:
            self_param = positional[0]
            positional = positional[1:]
            state.self_name = self_param.name.value
            if _is_static(node) or node.name.value == "__init_subclass__":
                state.cls_param = (
                    self_param.name.value
                )  # a classmethod: `cls.x = v` sets a class attribute
        js_params: list[str] = []
        for p in positional:
            js_params.append(self.param_js(p, defaults_out))
        sig = Signature.of(params, drop_first=self_param is not None)
        if isinstance(params.star_arg, cst.Param):
            js_params.append(f"...{N.js_name(params.star_arg.name.value)}")
        elif sig.takes_kw_object:
            js_params.append("$kwo")
        prologue: list[str] = []
        if isinstance(params.star_arg, cst.Param):
            star = N.js_name(params.star_arg.name.value)
            if sig.takes_kw_object:
                prologue.append(self.kwonly_prologue(params, sig, defaults_out, qualname))
            prologue.append(f"{star} = {self.rt_class('Tuple')}.from({star});")  # *args is a tuple
        if self_param is not None:
            prologue.append(f"const {N.js_name(self_param.name.value)} = this;")
        if sig.takes_kw_object and not isinstance(params.star_arg, cst.Param):
            prologue.append(self.kwonly_prologue(params, sig, defaults_out, qualname))
        # (before the body, whose nested defs lower their own keyword-only parameters)
        kwdefaults = self.kwonly_defaults if sig.takes_kw_object else []
        self.ctx.functions.append(state)
        try:
            body_lines = self.block(node.body)
        finally:
            self.ctx.functions.pop()
        declared = sorted(scope.locals - set(all_names))
        unbound = self.ctx.unbound.init.get(id(node), set())
        decls = [
            N.js_name(n) + (f" = {self.lang('$U')}" if n in unbound else "") for n in declared
        ] + state.temps
        head: list[str] = []
        if decls:
            head.append(f"let {', '.join(decls)};")
        star = "*" if is_gen else ""
        prefix = ("async " if is_async else "") + (f"{keyword} " if keyword else "")
        if keyword == "" and star:
            prefix = ("async " if is_async else "") + "*"
            star = ""
        if is_async and not is_gen:
            # A coroutine function: arguments are bound at the call, the body runs only
            # when the returned coroutine object is awaited or scheduled (stdlib/_coro.js).
            prefix = f"{keyword} " if keyword else ""
            body_js = _indent("\n".join(head + body_lines))
            # The body is a generator (stdlib/_coro.js: `await` is `yield*`), run with
            # this call's `this`; the object literal key names it, so stack traces show
            # `at fetch (worker.py:9)`.
            key = js_string(node.name.value)
            body_fn = f"{{ {key}: function* () {{\n{body_js}\n}} }}[{key}]"
            coro = f"return {self.lang('$coro')}({body_fn}, {js_string(qualname)}, this);"
            inner = "\n".join([*prologue, coro])
        else:
            inner = "\n".join(head + prologue + body_lines)
        # (read by lower_def / class_method for `__defaults__`)
        self.last_defaults = [p.split(" = ", 1)[1] for p in js_params if " = " in p]
        self.last_kwdefaults = kwdefaults
        return f"{prefix}{star}{js_fn_name}({', '.join(js_params)}) {{\n{_indent(inner)}\n}}"

    def visible_types(self) -> Mapping[str, str | None]:
        """Types of names visible from a new nested scope (the innermost enclosing def
        first, the module last). A view, not a copy: copying the module's names for every
        def made compile time quadratic in the module's size."""
        layers = [fn.types for fn in reversed(self.ctx.functions)]
        return ChainMap(*layers, self.ctx.module_types)

    def typing_only(self, node: cst.BaseExpression) -> bool:
        """A base class like ``Protocol`` or ``Generic[T]`` that exists only for typing."""
        if isinstance(node, cst.Subscript):
            node = node.value
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            imported = self.ctx.imported.get(node.value.value)
            return imported is not None and imported.source == "erased"
        if isinstance(node, cst.Name):
            imported = self.ctx.imported.get(node.value)
            return (
                imported is not None and imported.source == "erased" and node.value != "TypedDict"
            )
        return False

    def is_protocol_base(self, node: cst.BaseExpression) -> bool:
        """Is a base ``typing.Protocol`` (or ``Protocol[T]``)?"""
        if isinstance(node, cst.Subscript):
            node = node.value
        if isinstance(node, cst.Name):
            imported = self.ctx.imported.get(node.value)
            return (
                imported is not None and imported.module == "typing" and imported.name == "Protocol"
            )
        return False

    def introspection_flags(self, node: cst.FunctionDef, flags: str) -> str:
        """``$sig`` flags for ``__defaults__`` and ``__doc__`` (after ``function_js``)."""
        defaults = getattr(self, "last_defaults", [])
        if defaults:
            flags = add_flag(flags, f"df: [{', '.join(defaults)}]")
        doc = _docstring(node)
        if doc is not None:
            flags = add_flag(flags, f"doc: {js_string(doc)}")
        return flags

    def with_kwdefaults(self, sig_call: str, kwdefaults: list[tuple[str, str]]) -> str:
        """``sig_call`` (a ``$sig(f, ...)``) recording ``__kwdefaults__`` (keyword-only name
        -> default constant) when there are any: a separate helper keeps ``$sig`` small."""
        if not kwdefaults:
            return sig_call
        pairs = ", ".join(f"[{js_string(name)}, {const}]" for name, const in kwdefaults)
        return f"{self.rt('$kwdefaults')}({sig_call}, [{pairs}])"

    def param_js(self, p: cst.Param, defaults_out: list[str]) -> str:
        name = N.js_name(p.name.value)
        if p.default is None:
            return name
        const = self.ctx.fresh_name("d")
        defaults_out.append(f"const {const} = {self.code(p.default)};")
        return f"{name} = {const}"

    def kwonly_prologue(
        self, params: cst.Parameters, sig: Signature, defaults_out: list[str], fname: str
    ) -> str:
        """Bind keyword-only parameters and ``**kwargs`` from the trailing KW object."""
        source = "$kwo"
        if isinstance(params.star_arg, cst.Param):
            source = f"{self.rt('$popkw')}({N.js_name(params.star_arg.name.value)})"
        targets: list[str] = []
        defaults: list[str] = []
        kwdefaults: list[tuple[str, str]] = []
        for p in params.kwonly_params:
            targets.append(N.js_name(p.name.value))
            if p.default is None:
                defaults.append(self.rt("$REQ"))
            else:
                const = self.ctx.fresh_name("d")
                defaults_out.append(f"const {const} = {self.code(p.default)};")
                defaults.append(const)
                kwdefaults.append((p.name.value, const))
        self.kwonly_defaults = kwdefaults  # (for `__kwdefaults__`: introspection_flags)
        names = "[" + ", ".join(js_string(p.name.value) for p in params.kwonly_params) + "]"
        varkw = "true" if params.star_kwarg is not None else "false"
        if params.star_kwarg is not None:
            targets.append(N.js_name(params.star_kwarg.name.value))
        return (
            f"let [{', '.join(targets)}] = {self.rt('$bindkw')}({source}, {names}, "
            f"[{', '.join(defaults)}], {varkw}, {js_string(fname)});"
        )

    def lower_def(self, node: cst.FunctionDef, declaration: bool, export: bool) -> list[str]:
        """Statements for a def; ``declaration`` uses ``function f`` instead of ``f = ...``."""
        name = node.name.value
        js_fn = N.js_name(name)
        pre: list[str] = []
        decorators = [self.code(d.decorator) for d in node.decorators]
        inner_name = js_fn + "$" if decorators else js_fn
        fn_js = self.function_js(node, inner_name, defaults_out=pre)
        sig = Signature.of(node.params)
        flags = self.introspection_flags(node, signature_flags(sig))
        if decorators or js_fn != name:  # JS names it `f$`; __name__ must still say `f`
            flags = add_flag(flags, f"qn: {js_string(name)}")
        if _is_coroutine_function(node):
            flags = add_flag(flags, "co: true")
        sig_call = self.with_kwdefaults(f"{self.rt('$sig')}(@FN@, {flags})", self.last_kwdefaults)
        out = [self.mark(node) + s for s in pre]
        if declaration and not decorators:
            out.append(("export " if export else "") + fn_js)
            out.append(sig_call.replace("@FN@", js_fn, 1) + ";")
            return out
        value = sig_call.replace("@FN@", fn_js, 1)
        for deco in reversed(decorators):
            value = f"{deco}({value})"
        if pre and self.ctx.fn is not None:
            # Defaults of a nested def are per function object: keep them in a block.
            return [
                self.mark(node) + "{",
                *[_indent(s) for s in pre],
                _indent(f"{js_fn} = {value};"),
                "}",
            ]
        out.append(f"{js_fn} = {value};")
        return out

    # -- lambdas -------------------------------------------------------------------------

    def expr_Lambda(self, node: cst.Lambda) -> JS:
        if contains_in_scope(node.body, cst.Yield):
            return self.unsupported(node, "`yield` inside a lambda", "use a generator function")
        params = node.params
        scope = Scope("function", bound=set(param_names(params)))
        state = FunctionState(scope=scope, is_async=False)
        pre: list[str] = []
        js_params = [
            self.param_js(p, pre) for p in list(params.posonly_params) + list(params.params)
        ]
        sig = Signature.of(params)
        if isinstance(params.star_arg, cst.Param):
            js_params.append(f"...{N.js_name(params.star_arg.name.value)}")
        elif sig.takes_kw_object:
            js_params.append("$kwo")
        prologue = self.kwonly_prologue(params, sig, pre, "<lambda>") if sig.takes_kw_object else ""
        kwdefaults = self.kwonly_defaults if sig.takes_kw_object else []
        if isinstance(params.star_arg, cst.Param):
            star = N.js_name(params.star_arg.name.value)
            prologue += f" {star} = {self.rt_class('Tuple')}.from({star});"  # *args is a tuple
        self.ctx.functions.append(state)
        try:
            body = self.code(node.body)
        finally:
            self.ctx.functions.pop()
        temps = f"let {', '.join(state.temps)}; " if state.temps else ""
        if temps or prologue:
            fn = f"({', '.join(js_params)}) => {{ {temps}{prologue} return {body}; }}"
        else:
            fn = f"({', '.join(js_params)}) => {body}"
        flags = add_flag(signature_flags(sig), 'qn: "<lambda>"')
        defaults = [p.split(" = ", 1)[1] for p in js_params if " = " in p]
        if defaults:
            flags = add_flag(flags, f"df: [{', '.join(defaults)}]")
        value = self.with_kwdefaults(f"{self.rt('$sig')}({fn}, {flags})", kwdefaults)
        if pre:
            # Defaults are evaluated once, here, in the enclosing function (where `yield`
            # and `await` are valid), and bound per lambda as the parameters of an arrow.
            names, values = zip(*(_split_const(stmt) for stmt in pre), strict=True)
            return JS(f"(({', '.join(names)}) => {value})({', '.join(values)})")
        return JS(value)

    # -- classes -------------------------------------------------------------------------

    def lower_class(self, node: cst.ClassDef, declaration: bool, export: bool) -> list[str]:
        name = node.name.value
        js_cls = N.js_name(name)
        if any(_is_typeddict(b.value) for b in node.bases):
            # A TypedDict "instance" is a plain dict: the class is `dict` itself.
            value = self.rt("dict")
            if declaration:
                return [f"{self.mark(node)}{'export ' if export else ''}const {js_cls} = {value};"]
            return [f"{self.mark(node)}{js_cls} = {value};"]
        bases = [b for b in node.bases if not self.typing_only(b.value)]
        class_keywords: list[tuple[str, str]] = []  # for __init_subclass__
        for kw in node.keywords:
            if kw.keyword is None:
                self.unsupported(kw, "`**` in a class statement")
            elif kw.keyword.value == "metaclass":
                self.unsupported(kw, "a metaclass (`metaclass=`)")
            else:
                class_keywords.append((kw.keyword.value, self.code(kw.value)))
        many: str | None = None  # the temp holding several bases
        named_fields = (
            _namedtuple_fields(node) if any(_is_namedtuple(b.value) for b in node.bases) else None
        )
        if named_fields is not None:
            # `class P(NamedTuple)` is `class P(namedtuple("P", [...], defaults=[...]))`.
            base = self.namedtuple_base(name, named_fields)
            bases = [node.bases[0]]
        elif len(bases) > 1:
            # Several bases: the JS parent is a chain following the C3 MRO (lang/mro.js).
            many = self.ctx.fresh_name("bases")
            base = f"{self.lang('$mi')}({many})"
        elif bases:
            base = self.class_base(bases[0].value)
        else:
            base = self.ctx.use(N.RUNTIME_BUILTINS, "PyObject", "$PyObject")
        pre: list[str] = []
        if many is not None:
            pre.append(f"const {many} = [{', '.join(self.class_base(b.value) for b in bases)}];")
        subclass_kw = ""
        if class_keywords:
            # Evaluated before the class body, as Python does; passed to __init_subclass__.
            subclass_kw = self.ctx.fresh_name("ckw")
            pre.append(f"const {subclass_kw} = {kw_literal(class_keywords)};")
        members: list[str] = []
        after: list[str] = []
        class_attrs: list[str] = []
        body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
        class_scope = Scope("class")
        self.ctx.class_scopes.append((class_scope, self.function_depth()))
        if self.ctx.annotations_used:
            # The module reads `__annotations__`: the class's annotations are recorded.
            members.append(f"static __annotations__ = {self.lang('$dict_lit')}();")
        try:
            for stmt in body:
                if self.ctx.annotations_used:
                    members.extend(self.class_annotations(stmt))
                if named_fields is not None and _is_field_annotation(stmt):
                    continue  # a NamedTuple field: part of the base
                self.class_member(stmt, js_cls, members, after, class_attrs, pre)
                if isinstance(stmt, cst.SimpleStatementLine):
                    collect_bindings(list(stmt.body), class_scope)  # visible from here on
                elif isinstance(stmt, cst.FunctionDef) and not stmt.decorators:
                    # A plain method, read later in the class body (`v = property(get_v)`).
                    class_scope.bound.add(stmt.name.value)
                    class_scope.defs[stmt.name.value] = "method"
        finally:
            self.ctx.class_scopes.pop()
        if js_cls != name:
            # A reserved word (`class this`) is named `this$` in JS.
            members.append(f"static $pyname = {js_string(name)};")
        decorated = list(node.decorators)
        found = dataclass_decorator(node, self)
        if found is not None:
            deco, options = found
            decorated.remove(deco)
            # Python gathers fields along the reversed MRO; the bases' own field lists
            # (each already complete) in reverse order give the same order.
            merged: dict[str, Field] = {}
            for b in reversed([b for b in node.bases if not self.typing_only(b.value)]):
                for f in self.ctx.dataclass_fields.get(self.code(b.value), []):
                    merged[f.name] = f
            inherited = list(merged.values())
            fields = collect_fields(node, self, pre, inherited)
            self.ctx.dataclass_fields[js_cls] = fields
            defined = {s.name.value for s in body if isinstance(s, cst.FunctionDef)}
            extra_members, extra_after = generated_members(
                js_cls, name, fields, options, self, defined
            )
            members += extra_members
            after += extra_after
        if class_attrs:
            names = ", ".join(js_string(n) for n in class_attrs)
            after.insert(0, f"{self.rt('$clsattrs')}({js_cls}, [{names}]);")
        if any(self.is_protocol_base(b.value) for b in node.bases):
            members_js = ", ".join(js_string(n) for n in _protocol_members(body))
            after.append(f"{self.lang('$protocol')}({js_cls}, [{members_js}]);")
        if _defines_any(body, ("__new__", "__setattr__", "__slots__")):
            # Instances are then made by Python's general protocol (builtins/pynew.js).
            after.append(f"{self.rt('$newstyle')}({js_cls});")
        if bases or subclass_kw:
            # Python calls the base's __init_subclass__ once the class exists (Enum uses it).
            hook_args = f"{js_cls}, {subclass_kw}" if subclass_kw else js_cls
            after.append(f"{self.lang('$init_subclass')}({hook_args});")
        if many is not None:
            after.insert(0, f"{self.lang('$mi_done')}({js_cls}, {many});")
        decorators = [self.code(d.decorator) for d in decorated]
        class_js = f"class {js_cls} extends {base} {{\n{_indent(chr(10).join(members))}\n}}"
        out = [self.mark(node) + s for s in pre]
        if declaration and not decorators:
            out.append(("export " if export else "") + class_js)
            out.extend(after)
            return out
        out.append(f"{js_cls} = {class_js};")
        out.extend(after)
        for deco in reversed(decorators):
            out.append(f"{js_cls} = {deco}({js_cls});")
        return out

    def annotation_value(self, node: cst.BaseExpression) -> str:
        """An annotation evaluated for ``__annotations__``: a name (a class, a typing
        name), a dotted name or a string; other forms (``list[int]``, ``int | None``)
        would not evaluate as in CPython, so they are refused (positioned)."""
        if isinstance(node, cst.Name | cst.Attribute | cst.SimpleString | cst.ConcatenatedString):
            return self.code(node)
        return self.unsupported(
            node,
            "this annotation in a module that reads `__annotations__`",
            "cfpy evaluates annotations only for `__annotations__`, and only names and "
            "strings; write the annotation as a string",
        ).code

    def class_annotations(self, stmt: cst.BaseStatement) -> list[str]:
        """Static blocks recording the annotations of a class-body statement."""
        out: list[str] = []
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                    key = js_string(small.target.value)
                    value = self.annotation_value(small.annotation.annotation)
                    out.append(f"static {{ this.__annotations__.$set({key}, {value}); }}")
        return out

    def class_base(self, node: cst.BaseExpression) -> str:
        """The JS class a base expression stands for: a builtin type named in the class
        statement (``class X(list)``) is the runtime's subclassable base for it."""
        name = self.builtin_name(node)
        if name is None or name not in N.BUILTIN_BASES:
            if name in N.REFUSED_BASES:
                self.unsupported(node, f"subclassing `{name}`", N.REFUSED_BASES[name])
            return self.code(node)
        if name == "object":
            return self.ctx.use(N.RUNTIME_BUILTINS, "PyObject", "$PyObject")
        return self.lang(N.BUILTIN_BASES[name])

    def is_cached_property(self, deco: cst.BaseExpression) -> bool:
        """Is ``deco`` ``functools.cached_property`` (imported either way)?"""
        functools = N.STDLIB_MODULES["functools"]
        if isinstance(deco, cst.Name):
            imported = self.ctx.imported.get(deco.value)
            return (
                imported is not None
                and imported.module == functools
                and imported.name == "cached_property"
            )
        if isinstance(deco, cst.Attribute) and isinstance(deco.value, cst.Name):
            imported = self.ctx.imported.get(deco.value.value)
            return (
                imported is not None
                and imported.module == functools
                and imported.name is None
                and deco.attr.value == "cached_property"
            )
        return False

    def namedtuple_base(
        self, name: str, fields: list[tuple[str, cst.BaseExpression | None]]
    ) -> str:
        make = self.ctx.use(N.RUNTIME_NAMEDTUPLE, "namedtuple", "$namedtuple")
        names = "[" + ", ".join(js_string(f) for f, _ in fields) + "]"
        defaults = [self.code(v) for _, v in fields if v is not None]
        kw = f", {self.rt('$kw')}({{defaults: [{', '.join(defaults)}]}})" if defaults else ""
        return f"{make}({js_string(name)}, {names}{kw})"

    def class_member(
        self,
        stmt: cst.BaseStatement,
        js_cls: str,
        members: list[str],
        after: list[str],
        class_attrs: list[str],
        pre: list[str],
    ) -> None:
        if isinstance(stmt, cst.FunctionDef):
            self.class_method(stmt, js_cls, members, after, class_attrs, pre)
            return
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.Pass):
                    continue
                if isinstance(small, cst.Expr) and isinstance(
                    small.value, cst.SimpleString | cst.ConcatenatedString | cst.Ellipsis
                ):
                    continue  # docstring or `...`
                target: cst.BaseExpression | None = None
                value: cst.BaseExpression | None = None
                if isinstance(small, cst.Assign) and len(small.targets) == 1:
                    target, value = small.targets[0].target, small.value
                elif isinstance(small, cst.AnnAssign):
                    target, value = small.target, small.value
                    if value is None:
                        continue  # a bare annotation declares nothing at run time
                if isinstance(value, cst.Call) and _is_field_call(value.func, self):
                    continue  # a dataclass field(...): handled by lower/dataclasses.py
                if isinstance(small, cst.Del) and self.class_del(small, js_cls, after, class_attrs):
                    continue
                if isinstance(target, cst.Name) and value is not None:
                    attr = target.value
                    members.append(f"static {_member_key(attr)} = {self.code(value)};")
                    class_attrs.append(attr)
                    continue
                self.unsupported(small, "this statement in a class body")
            return
        self.unsupported(stmt, "this statement in a class body")

    def class_del(
        self, node: cst.Del, js_cls: str, after: list[str], class_attrs: list[str]
    ) -> bool:
        """``del a, b`` in a class body, of names the body assigned before (helpers of
        other attributes' values, as textwrap's): they leave the class once it exists."""
        targets = node.target.elements if isinstance(node.target, cst.Tuple) else [node.target]
        names = [t.value if isinstance(t, cst.Element) else t for t in targets]
        if not all(isinstance(n, cst.Name) and n.value in class_attrs for n in names):
            return False
        for name in names:
            assert isinstance(name, cst.Name)
            class_attrs.remove(name.value)
            after.append(f"delete {js_cls}[{js_string(name.value)}];")
        return True

    def class_method(
        self,
        stmt: cst.FunctionDef,
        js_cls: str,
        members: list[str],
        after: list[str],
        class_attrs: list[str],
        pre: list[str],
    ) -> None:
        name = stmt.name.value
        kind = "classmethod" if name == "__init_subclass__" else "method"
        if name == "__new__":
            kind = "staticmethod"  # as in Python: __new__(cls, ...) is a static method
        user_decorators: list[cst.Decorator] = []
        for deco in stmt.decorators:
            d = deco.decorator
            if isinstance(d, cst.Name) and d.value in ("staticmethod", "classmethod", "property"):
                kind = d.value
            elif isinstance(d, cst.Attribute) and d.attr.value in ("setter", "deleter"):
                kind = d.attr.value
            elif self.is_cached_property(d):
                kind = "cached_property"
            else:
                user_decorators.append(deco)
        if kind in ("property", "setter", "deleter", "cached_property"):
            expected = 2 if kind == "setter" else 1
            count = len(stmt.params.params) + len(stmt.params.posonly_params)
            starred = isinstance(stmt.params.star_arg, cst.Param) or stmt.params.star_kwarg
            starred = starred or bool(stmt.params.kwonly_params)
            # (a JS accessor cannot be async or a generator: `get *p()` is not JS)
            if stmt.asynchronous is not None or contains_in_scope(stmt.body, cst.Yield):
                self.unsupported(
                    stmt,
                    f"an async or generator @{kind}",
                    "return the coroutine or generator of a helper method instead",
                )
                return
            if count != expected or starred:
                self.unsupported(
                    stmt,
                    f"this @{kind} signature",
                    "a property getter takes (self), a setter (self, value)",
                )
                return
        if user_decorators and kind not in ("method", "staticmethod"):
            self.unsupported(user_decorators[0], f"a decorator combined with @{kind}")
            user_decorators = []
        key = _member_key(name)
        static = _is_static(stmt) or kind in ("classmethod", "staticmethod")
        defaults: list[str] = []
        fn = self.function_js(
            stmt, key, method=True, class_name=js_cls, defaults_out=defaults, keyword=""
        )
        for default in defaults:
            # Python evaluates a method's defaults when its `def` runs, in the class body:
            # a static block at the def's place sees the class attributes bound above it
            # (`this.NAME`) and runs in order with them.
            temp, value = _split_const(default)
            pre.append(f"let {temp};")
            members.append(f"static {{ {temp} = {value}; }}")
        if kind == "property":
            members.append("get " + fn)
            return
        if kind == "cached_property":
            # Computed on first read, then an ordinary instance attribute (assignable,
            # deletable to recompute), as functools.cached_property is.
            hidden = js_string(f"$cp:{name}")
            members.append(js_string(f"$cp:{name}") + fn[len(key) :])
            cached = self.lang("$cached")
            members.append(
                f"get {key}() {{ return {cached}(this, {js_string(key)}, this[{hidden}]()); }}"
            )
            members.append(f"set {key}(v) {{ {cached}(this, {js_string(key)}, v); }}")
            return
        if kind == "setter":
            members.append("set " + fn)
            return
        if kind == "deleter":
            # `del obj.name` calls it (runtime $delattr looks for this member).
            members.append(js_string(f"$del:{name}") + fn[len(key) :])
            return
        members.append(("static " if static else "") + fn)
        sig = Signature.of(stmt.params, drop_first=kind != "staticmethod")
        owner = js_cls if static else f"{js_cls}.prototype"
        member = f"{owner}[{js_string(N.js_attr(name))}]"
        flags = self.introspection_flags(stmt, signature_flags(sig))
        if key != name:  # JS names it `then$`; __name__ must still say `then`
            flags = add_flag(flags, f"qn: {js_string(name)}")
        if _is_coroutine_function(stmt):
            flags = add_flag(flags, "co: true")
        sig_call = f"{self.rt('$sig')}({member}, {flags})"
        after.append(self.with_kwdefaults(sig_call, self.last_kwdefaults) + ";")
        if user_decorators:
            # Python applies decorators to the plain function (self first); the result is
            # what instances see as the method.
            value = member if static else f"{self.lang('$unthis')}({member}, {js_string(name)})"
            for deco in reversed(user_decorators):
                value = f"{self.code(deco.decorator)}({value})"
            if not static:
                value = f"{self.lang('$as_method')}({value})"
            after.append(f"{member} = {value};")
        if static:
            class_attrs.append(name)
            if kind == "classmethod":
                after.append(f"{member}.$cm = true;")
            elif kind == "staticmethod":
                after.append(f"{member}.$sm = true;")  # read through an instance: not bound


def _defines_any(body: Sequence[cst.BaseStatement], names: tuple[str, ...]) -> bool:
    """Does a class body bind one of ``names`` (a def or an assignment)?"""
    for stmt in body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value in names:
            return True
        if isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                targets = (
                    [t.target for t in small.targets]
                    if isinstance(small, cst.Assign)
                    else [small.target]
                    if isinstance(small, cst.AnnAssign)
                    else []
                )
                if any(isinstance(t, cst.Name) and t.value in names for t in targets):
                    return True
    return False


# What typing (3.11) leaves out of a protocol's members.
_NOT_PROTOCOL_MEMBERS = frozenset(
    {
        "__abstractmethods__",
        "__annotations__",
        "__dict__",
        "__doc__",
        "__init__",
        "__module__",
        "__new__",
        "__slots__",
        "__subclasshook__",
        "__weakref__",
        "__class_getitem__",
        "__qualname__",
        "__parameters__",
        "__orig_bases__",
    }
)


def _protocol_members(body: Sequence[cst.BaseStatement]) -> list[str]:
    """The members a ``Protocol`` class body declares: its defs and its annotated or
    assigned names, in order (typing's ``_get_protocol_attrs``)."""
    names: list[str] = []
    for stmt in body:
        found: list[str] = []
        if isinstance(stmt, cst.FunctionDef):
            found = [stmt.name.value]
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                    found.append(small.target.value)
                elif isinstance(small, cst.Assign):
                    found += [
                        t.target.value for t in small.targets if isinstance(t.target, cst.Name)
                    ]
        names += [n for n in found if n not in _NOT_PROTOCOL_MEMBERS and n not in names]
    return [n for n in names if not n.startswith("_abc_")]


def _split_const(stmt: str) -> tuple[str, str]:
    """``("$d1", "expr")`` from a default's ``const $d1 = expr;`` (param_js)."""
    name, value = stmt.removeprefix("const ").removesuffix(";").split(" = ", 1)
    return name, value


def add_flag(flags: str, flag: str) -> str:
    """Add ``flag`` (``"co: true"``) to the flags literal made by ``signature_flags``."""
    return flags[:-1] + f", {flag}}}" if flags.endswith("}") else flags + f", {{{flag}}}"


def _is_coroutine_function(node: cst.FunctionDef) -> bool:
    is_gen, is_async = node_is_async_generator(node)
    return is_async and not is_gen


def _docstring(node: cst.FunctionDef) -> str | None:
    """The docstring of a def (its first statement, a string literal), as CPython keeps it."""
    import ast

    body = node.body.body
    if not body:
        return None
    first = body[0]
    if isinstance(first, cst.SimpleStatementLine):
        first = first.body[0]
    if not isinstance(first, cst.Expr):
        return None
    value = first.value
    if not isinstance(value, cst.SimpleString | cst.ConcatenatedString):
        return None
    try:
        text = ast.literal_eval(cst.Module([]).code_for_node(value))
    except (ValueError, SyntaxError):
        return None
    return text if isinstance(text, str) else None


def _is_static(node: cst.FunctionDef) -> bool:
    return any(
        isinstance(d.decorator, cst.Name) and d.decorator.value in ("staticmethod", "classmethod")
        for d in node.decorators
    )


def _is_namedtuple(node: cst.BaseExpression) -> bool:
    return (isinstance(node, cst.Name) and node.value == "NamedTuple") or (
        isinstance(node, cst.Attribute) and node.attr.value == "NamedTuple"
    )


def _is_field_annotation(stmt: cst.CSTNode) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and len(stmt.body) == 1
        and isinstance(stmt.body[0], cst.AnnAssign)
        and isinstance(stmt.body[0].target, cst.Name)
    )


def _namedtuple_fields(node: cst.ClassDef) -> list[tuple[str, cst.BaseExpression | None]]:
    """(name, default) of the annotated fields of a ``class P(NamedTuple)`` body."""
    body = node.body.body if isinstance(node.body, cst.IndentedBlock) else []
    out: list[tuple[str, cst.BaseExpression | None]] = []
    for stmt in body:
        if _is_field_annotation(stmt):
            ann = stmt.body[0]  # type: ignore[attr-defined]
            out.append((ann.target.value, ann.value))
    return out


def _is_typeddict(node: cst.BaseExpression) -> bool:
    return (isinstance(node, cst.Name) and node.value == "TypedDict") or (
        isinstance(node, cst.Attribute) and node.attr.value == "TypedDict"
    )


def _is_staticmethod(node: cst.FunctionDef) -> bool:
    if node.name.value == "__new__":
        return True  # implicitly static in Python
    return any(
        isinstance(d.decorator, cst.Name) and d.decorator.value == "staticmethod"
        for d in node.decorators
    )


def _member_key(name: str) -> str:
    # `constructor`, `then`, ... are stored under another key (names.JS_PROTOCOL_ATTRS).
    return N.js_attr(name)


def _indent(text: str) -> str:
    return "\n".join(("  " + line) if line else line for line in text.split("\n"))
