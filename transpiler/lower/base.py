"""The lowerer's shared machinery: errors, position marks, runtime names, name resolution.

Every lowering mixin (expressions, calls, statements, definitions) builds on this class,
so each Python construct has exactly one lowering method and they all report the same way.
"""

from __future__ import annotations

import json

import libcst as cst

from .. import names as N
from ..diagnostics import Span
from ..parse import ParsedModule
from .context import JS, ModuleContext


class LowerBase:
    def __init__(self, parsed: ParsedModule, ctx: ModuleContext) -> None:
        self.parsed = parsed
        self.ctx = ctx

    # -- diagnostics -------------------------------------------------------------------

    def error(self, node: cst.CSTNode, code: str, message: str, hint: str | None = None) -> JS:
        self.ctx.logger.error(
            code,
            message,
            file=self.parsed.path,
            span=self.parsed.span(node),
            source=self.parsed.source,
            hint=hint,
        )
        return JS("undefined")

    def unsupported(self, node: cst.CSTNode, what: str, hint: str | None = None) -> JS:
        return self.error(
            node,
            "CF101",
            f"{what} is not supported by cfpy yet",
            hint or "rewrite it with the constructs listed in docs/language.md",
        )

    def span(self, node: cst.CSTNode) -> Span | None:
        return self.parsed.span(node)

    def mark(self, node: cst.CSTNode) -> str:
        """A position mark for ``node`` (empty when libcst has no position for it)."""
        start = self.parsed.start(node)
        if start is None:
            return ""
        return self.ctx.positions.mark(*start)

    # -- runtime names -----------------------------------------------------------------

    def rt(self, name: str) -> str:
        """A runtime name the compiler itself uses (``$truthy``, ``isinstance`` ...).

        Names without a ``$`` are imported under a ``$`` alias, so a program that binds
        the same name (``def isinstance(...)``) cannot clash with the compiler's use.
        """
        return self.ctx.use(N.RUNTIME_BUILTINS, name, name if name.startswith("$") else f"${name}")

    def rt_class(self, name: str) -> str:
        """A runtime class used internally (``Tuple`` -> local alias ``$Tuple``)."""
        return self.ctx.use(N.RUNTIME_BUILTINS, name, f"${name}")

    def lang(self, name: str) -> str:
        """A compiler-support helper (``$classattrs`` ...) from runtime ``lang/``."""
        return self.ctx.use(N.RUNTIME_LANG, name)

    # -- names -------------------------------------------------------------------------

    def resolve(self, node: cst.Name) -> JS:
        """Lower a name read, checking that it is bound somewhere (else CF110)."""
        name = node.value
        # A comprehension in a class body does not see the class's names (only its first
        # iterable, lowered outside the comprehension's scope, does), as in Python.
        in_comprehension = bool(self.ctx.functions) and self.ctx.functions[-1].scope.kind == "comprehension"
        if self.in_class_body() and not in_comprehension and name in self.ctx.class_scopes[-1][0].bound:
            if self.ctx.class_scopes[-1][0].defs.get(name) == "method":
                # The function itself (self first), as Python's class body sees it.
                method = f"this.prototype[{js_string(name)}]"
                return JS(f"{self.lang('$unthis')}({method}, {js_string(name)})")
            return JS(f"this.{N.js_attr(name)}")
        if (
            name == "__name__"
            and name not in self.ctx.module_scope.bound
            and not any(name in fn.scope.locals for fn in self.ctx.functions)
        ):
            return JS(json.dumps("__main__" if self.ctx.is_main else self.ctx.module_name), "str")
        if name == "__debug__":
            return JS("true", "bool")  # Python cannot rebind it; cfpy has no -O
        if name == "__annotations__" and self.ctx.annotations_used:
            if self.in_class_body() and not in_comprehension:
                return JS("this.__annotations__", "dict")  # the class's, being filled
            if name not in self.ctx.module_scope.bound and not any(
                name in fn.scope.locals for fn in self.ctx.functions
            ):
                return JS("__annotations__", "dict")
        for fn in reversed(self.ctx.functions):
            if name in fn.scope.locals:
                return JS(N.js_name(name), fn.types.get(name))
            if name in fn.scope.globals_:
                break
        if name in self.ctx.module_scope.bound:
            imported = self.ctx.imported.get(name)
            if imported is not None and imported.name == "TYPE_CHECKING":
                return JS("false", "bool")  # typing.TYPE_CHECKING is False at run time
            if imported is not None and imported.source == "erased" and imported.module == "typing":
                helper = N.TYPING_FUNCTIONS.get(imported.name or name)
                if helper is not None:
                    return JS(self.lang(helper))
                # A typing construct evaluated at run time (an alias such as Dict[str, Any]).
                return JS(f"{self.lang('$typing')}({json.dumps(imported.name or name)})")
            runtime_part = (
                imported is not None
                and imported.source == "compiletime"
                and imported.name not in N.COMPILE_TIME_ONLY_NAMES
            )
            if imported is not None and imported.source in ("erased", "compiletime") and not runtime_part:
                return self.error(
                    node,
                    "CF206",
                    f"`{name}` from `{imported.module}` cannot be used at run time",
                    "typing names belong in annotations; of dataclasses, cfpy supports "
                    "@dataclass and field(...) in a dataclass body",
                )
            return JS(N.js_name(name), self.ctx.module_types.get(name))
        if name in N.REFUSED_BUILTINS:
            return self.error(
                node,
                "CF102",
                f"`{name}` cannot be compiled: {N.REFUSED_BUILTINS[name]}",
                "cfpy compiles all code ahead of time; see docs/language.md for what is refused",
            )
        if name in N.BUILTINS:
            return JS(self.ctx.use(N.RUNTIME_BUILTINS, name))
        if name in ("True", "False"):
            return JS(name.lower(), "bool")
        if name == "None":
            return JS("null", "none")
        self.ctx.logger.warning(
            "CF110",
            f"undefined name `{name}`",
            file=self.parsed.path,
            span=self.parsed.span(node),
            source=self.parsed.source,
            hint="define or import it; running this line raises NameError, as in Python",
        )
        return JS(f"{self.lang('$name_error')}({json.dumps(name)})")

    def function_depth(self) -> int:
        return sum(1 for fn in self.ctx.functions if fn.scope.kind != "comprehension")

    def in_class_body(self) -> bool:
        """Directly in a class body (or a comprehension in it), not in one of its methods."""
        return bool(self.ctx.class_scopes) and self.ctx.class_scopes[-1][1] == self.function_depth()

    def builtin_name(self, node: cst.BaseExpression) -> str | None:
        """The builtin ``node`` names (``list`` not rebound anywhere in reach), or None."""
        if not isinstance(node, cst.Name) or node.value not in N.BUILTINS:
            return None
        name = node.value
        if any(name in fn.scope.locals for fn in self.ctx.functions):
            return None
        if name in self.ctx.module_scope.bound:
            return None
        return name

    def is_class_expr(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` statically a class object (a store to one of its attributes is a
        class attribute that instances must see: runtime ``$clsset``)?"""
        if isinstance(node, cst.Name):
            fn = self.ctx.fn
            if fn is not None and fn.cls_param == node.value:
                return True
            return self.known_class(node) or self.builtin_name(node) in N.BUILTIN_TYPES
        if isinstance(node, cst.Attribute):
            return node.attr.value == "__class__" or self.known_class(node)
        if isinstance(node, cst.Call) and self.builtin_name(node.func) == "type":
            return len(node.args) == 1 and not node.args[0].star and node.args[0].keyword is None
        return False

    def is_function_value(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` statically a Python function (a lambda or the name of a def)?"""
        if isinstance(node, cst.Lambda):
            return True
        if not isinstance(node, cst.Name):
            return False
        name = node.value
        for fn in reversed(self.ctx.functions):
            if name in fn.scope.locals:
                return fn.scope.defs.get(name) == "function"
        if name in self.ctx.module_scope.bound and name not in self.ctx.imported:
            sym = self.ctx.module_symbol(name)
            return sym is not None and sym.kind == "function"
        return False

    def known_class(self, node: cst.BaseExpression) -> bool:
        """Is ``node`` statically a class, so that calling it means ``new``?"""
        if isinstance(node, cst.Name):
            name = node.value
            if any(name in fn.scope.locals for fn in self.ctx.functions):
                return any(fn.scope.defs.get(name) == "class" for fn in self.ctx.functions)
            imported = self.ctx.imported.get(name)
            if imported is not None:
                if imported.source == "workers":
                    return imported.name in N.WORKERS_CLASSES
                if imported.source == "stdlib":
                    mod = imported.module
                    return imported.name in N.STDLIB_CLASSES.get(_stdlib_key(mod), frozenset())
                if imported.source == "project" and imported.name:
                    sym = self.ctx.index.lookup(imported.module, imported.name)
                    return sym is not None and sym.kind == "class"
                return False
            if name in self.ctx.module_scope.bound:
                sym = self.ctx.module_symbol(name)
                return sym is not None and sym.kind == "class"
            return name in N.BUILTIN_EXCEPTIONS
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            imported = self.ctx.imported.get(node.value.value)
            if imported is not None and imported.name is None:
                if imported.source == "workers":  # `cf.Response(...)`
                    return node.attr.value in N.WORKERS_CLASSES
                if imported.source == "stdlib":
                    key = _stdlib_key(imported.module)
                    return node.attr.value in N.STDLIB_CLASSES.get(key, frozenset())
                if imported.source == "project":
                    sym = self.ctx.index.lookup(imported.module, node.attr.value)
                    return sym is not None and sym.kind == "class"
        return False


def _stdlib_key(path: str) -> str:
    for key, value in N.STDLIB_MODULES.items():
        if value == path:
            return key
    return path


def js_string(value: str) -> str:
    """A JS string literal for ``value`` that is safe anywhere (ASCII only, no `</`)."""
    out = json.dumps(value, ensure_ascii=True)
    return out.replace("</", "<\\/")
