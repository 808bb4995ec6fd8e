"""Program generators for the compiler fuzzer, besides hypothesmith.

* ``synth_program(rng)``: a random module built from a grammar of every statement and
  expression kind, aware of context (loops, functions, async, classes) and of which names
  are bound, so programs get past name resolution and reach deep lowering code.  A small
  share of programs deliberately break a context rule (``break`` outside a loop, ``await``
  in a plain function ...) to check that such programs are refused.
* ``splice_program(rng, pool)``: crossover of existing programs (the regression corpus):
  expressions and statements are swapped between programs and statements are moved into
  new contexts (a function, an async function, a class body, a loop, a ``match`` case).

Both are deterministic for a given ``random.Random`` state.  A result may fail to parse
(the caller checks with ``ast.parse`` and counts it).
"""

from __future__ import annotations

import ast
import random
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import libcst as cst

CORPUS = Path(__file__).parent / "corpus"

# -- synth -------------------------------------------------------------------------------

RESERVED_JS = ["new", "this", "default", "arguments", "function", "var", "let", "typeof", "delete",
               "undefined", "NaN", "constructor", "prototype", "__proto__", "static", "enum"]
ATTRS = ["x", "y", "value", "items", "append", "split", "keys", "get", "upper", "length",
         "constructor", "__proto__", "prototype", "__class__", "__dict__", "real", "pop", "copy"]
MODULES = ["json", "datetime", "typing", "cloudflare_workers", "js", "collections.abc", "os",
           "numpy", "math", "__future__"]
STRING_PREFIXES = ["", "r", "R", "u", "b", "B", "rb", "Rb", "bR", "BR", "f", "F", "rf", "fR", "Rf"]
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "&", "^", "@"]
CMPOPS = ["<", "<=", ">", ">=", "==", "!=", "is", "is not", "in", "not in"]
AUGOPS = [op + "=" for op in BINOPS]
BUILTINS = ["len", "print", "str", "int", "float", "list", "dict", "tuple", "set", "range", "sorted",
            "isinstance", "getattr", "max", "min", "sum", "repr", "abs", "enumerate", "zip", "super",
            "type", "iter", "next", "object", "Exception", "ValueError", "KeyError", "hash", "id"]


@dataclass
class Ctx:
    """Where the generator is: decides which statements/expressions are legal here."""

    names: list[str] = field(default_factory=list)
    in_function: bool = False
    in_async: bool = False
    in_loop: bool = False
    in_class: bool = False
    in_method: bool = False
    depth: int = 0
    # Names bound in enclosing function scopes (targets for nonlocal).
    enclosing: list[str] = field(default_factory=list)

    def child(self, **changes: object) -> Ctx:
        new = Ctx(list(self.names), self.in_function, self.in_async, self.in_loop, self.in_class,
                  self.in_method, self.depth + 1, list(self.enclosing))
        for key, value in changes.items():
            setattr(new, key, value)
        return new


class Synth:
    def __init__(self, rng: random.Random, *, rule_breaking: float = 0.03) -> None:
        self.rng = rng
        self.counter = 0
        self.rule_breaking = rule_breaking

    # -- helpers --

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq: list[str]) -> str:
        return self.rng.choice(seq)

    def fresh(self) -> str:
        self.counter += 1
        if self.chance(0.08):
            return self.pick(RESERVED_JS)
        if self.chance(0.04):
            return self.pick(["π", "名前", "ñame", "Ωmega", "straße"]) + str(self.counter)
        return f"v{self.counter}"

    def name(self, ctx: Ctx) -> str:
        if ctx.names and not self.chance(0.05):
            return self.pick(ctx.names)
        return self.pick(BUILTINS) if self.chance(0.7) else "undefined_name"

    def bind(self, ctx: Ctx) -> str:
        if ctx.names and self.chance(0.4):
            return self.pick(ctx.names)
        n = self.fresh()
        ctx.names.append(n)
        return n

    # -- expressions --

    def expr(self, ctx: Ctx, depth: int = 0) -> str:
        if depth > 3 or self.chance(0.35 + 0.2 * depth):
            return self.atom(ctx)
        kind = self.rng.randrange(24)
        d = depth + 1
        e = lambda: self.expr(ctx, d)  # noqa: E731
        if kind == 0:
            return f"({e()} {self.pick(BINOPS)} {e()})"
        if kind == 1:
            return f"({self.pick(['-', '+', '~', 'not '])}{e()})"
        if kind == 2:
            ops = " ".join(f"{self.pick(CMPOPS)} {e()}" for _ in range(self.rng.randint(1, 3)))
            return f"({e()} {ops})"
        if kind == 3:
            return f"({e()} {self.pick(['and', 'or'])} {e()})"
        if kind == 4:
            return f"({e()} if {e()} else {e()})"
        if kind == 5:
            return self.call(ctx, d)
        if kind == 6:
            return f"{self.primary(ctx, d)}.{self.pick(ATTRS)}"
        if kind == 7:
            return f"{self.primary(ctx, d)}[{self.subscript(ctx, d)}]"
        if kind == 8:
            return "[" + self.elements(ctx, d) + "]"
        if kind == 9:
            inner = self.elements(ctx, d)
            return f"({inner}{',' if inner and ',' not in inner else ''})"
        if kind == 10:
            return "{" + (self.elements(ctx, d) or e()) + "}"
        if kind == 11:
            return self.dict_display(ctx, d)
        if kind in (12, 13):
            return self.comprehension(ctx, d)
        if kind == 14:
            return self.lambda_(ctx, d)
        if kind == 15:
            target = self.bind(ctx) if not ctx.in_class else self.fresh()
            return f"({target} := {e()})"
        if kind == 16 and (ctx.in_async or self.chance(self.rule_breaking)):
            return f"(await {e()})"
        if kind == 17 and (ctx.in_function or self.chance(self.rule_breaking)):
            if self.chance(0.3) and not ctx.in_async:
                return f"(yield from {e()})"
            return f"(yield {e()})" if self.chance(0.7) else "(yield)"
        if kind == 18:
            return self.fstring(ctx, d)
        if kind == 19:
            return f"{self.primary(ctx, d)}({', '.join(self.args(ctx, d))})"
        if kind == 20:
            return f"{self.string(bytes_ok=False)} {self.string(bytes_ok=False)}"
        return self.atom(ctx)

    def primary(self, ctx: Ctx, depth: int) -> str:
        e = self.expr(ctx, depth + 1)
        return e if e.isidentifier() or e.endswith((")", "]", "}")) else f"({e})"

    def atom(self, ctx: Ctx) -> str:
        kind = self.rng.randrange(12)
        if kind <= 3:
            return self.name(ctx)
        if kind == 4:
            return self.pick(["0", "1", "-1", "42", "0x1F", "0o17", "0b101", "1_000", "9007199254740993",
                              "2**53", "10**20", "00"])
        if kind == 5:
            return self.pick(["0.5", "1e309", "1.0", ".5", "5.", "1e-5", "1_0.0_1", "3j", "-0.0"])
        if kind in (6, 7):
            return self.string()
        if kind == 8:
            return self.pick(["None", "True", "False", "...", "__name__", "NotImplemented"])
        if kind == 9:
            return self.pick(["[]", "()", "{}", "''", "b''", "f''", "set()"])
        return self.name(ctx)

    def string(self, bytes_ok: bool = True) -> str:
        prefix = self.pick(STRING_PREFIXES)
        if not bytes_ok and "b" in prefix.lower():
            prefix = ""
        if self.chance(0.35):
            body = self.literal_body(prefix)
        elif "f" in prefix.lower():
            body = self.pick(["{1}", "x{{y}}", "{1!r:>5}", "{2=}", "{3:{4}}", "é{None}", "\\t{0}"])
        elif "b" in prefix.lower():
            body = self.pick(["abc", "\\x00\\xff", "\\n", ""])
        else:
            body = self.pick(["abc", "é", "😀", "\\n\\t", "\\x00", "</script>", "\\N{BULLET}", "$x", "`", "${a}", ""])
        if "r" in prefix.lower():
            body = body.replace("\\N{BULLET}", "N")
        quote = self.pick(['"', "'", '"""', "'''"])
        return f"{prefix}{quote}{body}{quote}"

    # Pieces of string bodies that stress escaping: quotes, backslashes, braces, non-ASCII.
    PIECES = ["a", " ", '"', "'", "\\\\", "\\n", "\\t", "\\x41", "\\u00e9", "\\N{BULLET}", "\\0",
              "\\'", '\\"', "{{", "}}", "é", "😀", "\\\n", "$", "`", "${", "</", "\\d", "%s", "\u2028"]

    def literal_body(self, prefix: str) -> str:
        """A random body; may be invalid for its prefix/quote (the caller's parse check drops it)."""
        pieces = [self.pick(self.PIECES) for _ in range(self.rng.randint(1, 6))]
        if "f" in prefix.lower() and self.chance(0.6):
            pieces.insert(self.rng.randint(0, len(pieces)), self.pick(["{1}", "{a!r}", "{s:>{a}}", "{a=}"]))
        if "b" in prefix.lower():
            pieces = [p for p in pieces if p.isascii() and "\\u" not in p and "\\N" not in p]
        return "".join(pieces)

    def fstring(self, ctx: Ctx, depth: int) -> str:
        inner = self.expr(ctx, depth + 1)
        if any(ch in inner for ch in "'\"\\\n{}!:"):
            inner = self.name(ctx)
        spec = self.pick(["", "!r", "!s", "!a", ":>10", ":.2f", "=", "=!r", ":{5}", ":x", ":,"])
        return f"f'a{{({inner}){spec}}}b{{{{c}}}}'"

    def elements(self, ctx: Ctx, depth: int) -> str:
        items = []
        for _ in range(self.rng.randint(0, 3)):
            value = self.expr(ctx, depth + 1)
            items.append(f"*{value}" if self.chance(0.2) else value)
        return ", ".join(items)

    def dict_display(self, ctx: Ctx, depth: int) -> str:
        items = []
        for _ in range(self.rng.randint(0, 3)):
            if self.chance(0.2):
                items.append(f"**{self.expr(ctx, depth + 1)}")
            else:
                items.append(f"{self.expr(ctx, depth + 1)}: {self.expr(ctx, depth + 1)}")
        return "{" + ", ".join(items) + "}"

    def subscript(self, ctx: Ctx, depth: int) -> str:
        kind = self.rng.randrange(5)
        e = lambda: self.expr(ctx, depth + 1) if self.chance(0.7) else ""  # noqa: E731
        if kind == 0:
            return f"{e()}:{e()}"
        if kind == 1:
            return f"{e()}:{e()}:{e()}"
        if kind == 2:
            return f"{self.expr(ctx, depth + 1)}, {self.expr(ctx, depth + 1)}"
        if kind == 3:
            return f"{e()}:{e()}, {self.expr(ctx, depth + 1)}"
        return self.expr(ctx, depth + 1)

    def args(self, ctx: Ctx, depth: int) -> list[str]:
        out: list[str] = []
        kw_started = double_star = False
        for _ in range(self.rng.randint(0, 4)):
            r = self.rng.randrange(6)
            if r == 0 and not double_star:
                out.append(f"*{self.expr(ctx, depth + 1)}")
            elif r == 1:
                out.append(f"**{self.expr(ctx, depth + 1)}")
                kw_started = double_star = True
            elif r == 2:
                out.append(f"{self.pick(['key', 'sep', 'new', 'default', 'x', 'self'])}={self.expr(ctx, depth + 1)}")
                kw_started = True
            elif not kw_started:
                out.append(self.expr(ctx, depth + 1))
        if self.chance(0.05) and not out:
            out.append(f"{self.expr(ctx, depth + 1)} for {self.fresh()} in {self.expr(ctx, depth + 1)}")
        # keep `**x` after keywords legal: Python allows keywords and ** in any order
        return out

    def call(self, ctx: Ctx, depth: int) -> str:
        if ctx.in_method and self.chance(0.2):
            return f"super().{self.pick(ATTRS)}({', '.join(self.args(ctx, depth))})"
        if self.chance(0.2):
            return f"{self.primary(ctx, depth)}.{self.pick(ATTRS)}({', '.join(self.args(ctx, depth))})"
        return f"{self.name(ctx)}({', '.join(self.args(ctx, depth))})"

    def comprehension(self, ctx: Ctx, depth: int) -> str:
        inner = ctx.child()
        clauses = []
        for _ in range(self.rng.randint(1, 3)):
            target = self.target_names(inner)
            is_async = ctx.in_async and self.chance(0.3)
            clause = f"{'async ' if is_async else ''}for {target} in {self.expr(inner, depth + 1)}"
            for _ in range(self.rng.randint(0, 2)):
                clause += f" if {self.expr(inner, depth + 1)}"
            clauses.append(clause)
        body = " ".join(clauses)
        kind = self.rng.randrange(4)
        elt = self.expr(inner, depth + 1)
        if kind == 0:
            return f"[{elt} {body}]"
        if kind == 1:
            return f"{{{elt} {body}}}"
        if kind == 2:
            return f"{{{elt}: {self.expr(inner, depth + 1)} {body}}}"
        return f"({elt} {body})"

    def target_names(self, ctx: Ctx) -> str:
        if self.chance(0.25):
            a, b = self.fresh(), self.fresh()
            ctx.names += [a, b]
            star = "*" if self.chance(0.3) else ""
            return f"{a}, {star}{b}" if star else self.pick([f"{a}, {b}", f"({a}, {b})", f"[{a}, {b}]"])
        n = self.fresh()
        ctx.names.append(n)
        return n

    def params(self, ctx: Ctx, inner: Ctx, lam: bool = False) -> str:
        parts: list[str] = []
        used: set[str] = set()

        def pname() -> str:
            n = self.fresh()
            while n in used:
                n = self.fresh()
            used.add(n)
            inner.names.append(n)
            return n

        defaults = False

        def one() -> str:
            nonlocal defaults
            n = pname()
            ann = f": {self.pick(['int', 'str', 'list[int]', 'Any'])}" if not lam and self.chance(0.2) else ""
            if defaults or self.chance(0.3):
                defaults = True
                eq = " = " if ann else "="
                return f"{n}{ann}{eq}{self.expr(ctx, 3)}"
            return n + ann

        for _ in range(self.rng.randint(0, 2)):
            parts.append(one())
        if parts and self.chance(0.2):
            parts.append("/")
        for _ in range(self.rng.randint(0, 2)):
            parts.append(one())
        if self.chance(0.3):
            parts.append(f"*{pname()}")
        elif self.chance(0.2):
            parts.append("*")
        if parts and parts[-1] in ("*",) or (parts and parts[-1].startswith("*") and self.chance(0.5)):
            n = pname()
            parts.append(f"{n}={self.expr(ctx, 3)}" if self.chance(0.5) else n)
        if self.chance(0.25):
            parts.append(f"**{pname()}")
        return ", ".join(parts)

    def lambda_(self, ctx: Ctx, depth: int) -> str:
        inner = ctx.child(in_function=True, in_async=False, in_loop=False, in_class=False, in_method=False)
        params = self.params(ctx, inner, lam=True)
        body = self.expr(inner, depth + 1)
        return f"(lambda {params}: {body})" if params else f"(lambda: {body})"

    # -- statements --

    def block(self, ctx: Ctx, n: int | None = None) -> list[str]:
        count = n if n is not None else self.rng.randint(1, 2 if ctx.depth > 1 else 3)
        lines: list[str] = []
        for _ in range(count):
            lines += self.stmt(ctx)
        return lines or ["pass"]

    def indent(self, lines: list[str]) -> list[str]:
        return ["    " + line for line in lines]

    def target(self, ctx: Ctx) -> str:
        r = self.rng.randrange(8)
        if r == 0:
            return f"{self.primary(ctx, 2)}.{self.pick(ATTRS)}"
        if r == 1:
            return f"{self.primary(ctx, 2)}[{self.subscript(ctx, 2)}]"
        if r == 2:
            a, b = self.bind(ctx), self.bind(ctx)
            return self.pick([f"{a}, {b}", f"{a}, *{b}", f"[{a}, ({b}, {self.bind(ctx)})]", f"*{a}, {b}"])
        return self.bind(ctx)

    def stmt(self, ctx: Ctx) -> list[str]:
        if ctx.depth > 3:
            return [self.simple(ctx)]
        r = self.rng.randrange(30)
        if r < 10:
            return [self.simple(ctx)]
        if r < 12:
            return self.if_(ctx)
        if r < 14:
            return self.for_(ctx)
        if r == 14:
            return self.while_(ctx)
        if r in (15, 16):
            return self.def_(ctx)
        if r == 17:
            return self.class_(ctx)
        if r in (18, 19):
            return self.try_(ctx)
        if r == 20:
            return self.with_(ctx)
        if r in (21, 22):
            return self.match(ctx)
        if r == 23 and ctx.in_async:
            return self.async_for(ctx)
        return [self.simple(ctx)]

    def simple(self, ctx: Ctx) -> str:
        r = self.rng.randrange(22)
        e = lambda: self.expr(ctx, 1)  # noqa: E731
        if r < 4:
            value = e()
            return f"{self.target(ctx)} = {value}"
        if r == 4:
            value = e()
            return f"{self.target(ctx)} = {self.target(ctx)} = {value}"
        if r == 5:
            target = self.pick([self.bind(ctx), f"{self.primary(ctx, 2)}.{self.pick(ATTRS)}",
                                f"{self.primary(ctx, 2)}[{self.expr(ctx, 2)}]"])
            return f"{target} {self.pick(AUGOPS)} {e()}"
        if r == 6:
            ann = self.pick(["int", "str", "'X'", "list[int]", "Optional[int]"])
            value = f" = {e()}" if self.chance(0.6) else ""
            target = self.bind(ctx) if self.chance(0.7) else f"{self.name(ctx)}.{self.pick(ATTRS)}"
            return f"{target}: {ann}{value}"
        if r in (7, 8):
            return e()
        if r == 9:
            if ctx.in_function or self.chance(self.rule_breaking):
                return "return" if self.chance(0.3) else f"return {e()}"
            return "pass"
        if r == 10:
            if ctx.in_loop or self.chance(self.rule_breaking):
                return self.pick(["break", "continue"])
            return "pass"
        if r == 11:
            kind = self.rng.randrange(4)
            if kind == 0:
                return "raise"
            if kind == 1:
                return f"raise {e()} from {self.pick(['None', e()])}"
            return f"raise {self.pick(['ValueError', 'Exception', 'KeyError(1)', e()])}"
        if r == 12:
            return f"assert {e()}" + (f", {e()}" if self.chance(0.5) else "")
        if r == 13:
            return f"del {self.pick([self.name(ctx), f'{self.name(ctx)}[{self.subscript(ctx, 2)}]', f'{self.name(ctx)}.{self.pick(ATTRS)}', f'({self.name(ctx)}, {self.name(ctx)})'])}"
        if r == 14 and ctx.in_function:
            if ctx.enclosing and self.chance(0.5):
                return f"nonlocal {self.pick(ctx.enclosing)}"
            name = self.bind(ctx)
            return f"global {name}"
        if r == 15 and ctx.depth == 0:
            mod = self.pick(MODULES)
            if self.chance(0.5):
                alias = self.bind(ctx)
                return f"import {mod} as {alias}"
            name = self.pick(["dumps", "loads", "datetime", "timedelta", "Any", "Optional", "annotations",
                              "Response", "Request", "CloudflareWorkers", "fetch", "console", "Iterable", "nope"])
            ctx.names.append(name)
            return f"from {mod} import {name}"
        if r == 16:
            return "pass"
        if r == 17:
            return f"{self.simple(ctx)}; {self.simple(ctx)}"
        if r == 18 and ctx.in_function and not ctx.in_async:
            return self.pick([f"yield {e()}", f"yield from {e()}", "yield"])
        if r == 19 and ctx.in_async:
            return f"await {e()}"
        return e()

    def if_(self, ctx: Ctx) -> list[str]:
        lines = [f"if {self.expr(ctx, 1)}:", *self.indent(self.block(ctx.child()))]
        for _ in range(self.rng.randint(0, 2)):
            lines += [f"elif {self.expr(ctx, 1)}:", *self.indent(self.block(ctx.child()))]
        if self.chance(0.5):
            lines += ["else:", *self.indent(self.block(ctx.child()))]
        return lines

    def for_(self, ctx: Ctx) -> list[str]:
        inner = ctx.child(in_loop=True)
        target = self.target(inner)
        it = f"range({self.expr(ctx, 2)})" if self.chance(0.4) else self.expr(ctx, 1)
        lines = [f"for {target} in {it}:", *self.indent(self.block(inner))]
        ctx.names += [n for n in inner.names if n not in ctx.names]
        if self.chance(0.3):
            lines += ["else:", *self.indent(self.block(ctx.child()))]
        return lines

    def async_for(self, ctx: Ctx) -> list[str]:
        inner = ctx.child(in_loop=True)
        if self.chance(0.5):
            return [f"async for {self.target(inner)} in {self.expr(ctx, 1)}:", *self.indent(self.block(inner))]
        return [f"async with {self.expr(ctx, 1)} as {self.bind(inner)}:", *self.indent(self.block(inner))]

    def while_(self, ctx: Ctx) -> list[str]:
        lines = [f"while {self.expr(ctx, 1)}:", *self.indent(self.block(ctx.child(in_loop=True)))]
        if self.chance(0.3):
            lines += ["else:", *self.indent(self.block(ctx.child()))]
        return lines

    def decorators(self, ctx: Ctx, method: bool = False) -> list[str]:
        out = []
        if method and self.chance(0.4):
            out.append("@" + self.pick(["staticmethod", "classmethod", "property"]))
        for _ in range(self.rng.randint(0, 1) if self.chance(0.3) else 0):
            out.append("@" + self.pick([self.name(ctx), f"{self.name(ctx)}({self.expr(ctx, 2)})",
                                        f"{self.name(ctx)}.{self.pick(ATTRS)}", "(lambda f: f)"]))
        return out

    def def_(self, ctx: Ctx, method: bool = False) -> list[str]:
        name = self.fresh() if method else self.bind(ctx)
        is_async = self.chance(0.3)
        inner = ctx.child(in_function=True, in_async=is_async, in_loop=False, in_class=False,
                          in_method=method, enclosing=ctx.enclosing + (ctx.names if ctx.in_function else []))
        decos = self.decorators(ctx, method)
        params = self.params(ctx, inner)
        if method and "staticmethod" not in "".join(decos):
            params = "self" + (", " + params if params else "")
            inner.names.append("self")
        ret = f" -> {self.pick(['int', 'None', 'str'])}" if self.chance(0.15) else ""
        head = f"{'async ' if is_async else ''}def {name}({params}){ret}:"
        body = self.block(inner)
        if self.chance(0.3):
            body.insert(0, self.pick(['"""doc"""', "'''doc'''", "..."]))
        return [*decos, head, *self.indent(body)]

    def class_(self, ctx: Ctx) -> list[str]:
        name = self.bind(ctx)
        bases = []
        if self.chance(0.4):
            bases.append(self.pick(["Exception", "ValueError", "object", "list", "dict", "str", "int",
                                    "tuple", "bool", self.name(ctx)]))
        if self.chance(0.05):
            bases.append("metaclass=type")
        head = f"class {name}({', '.join(bases)}):" if bases or self.chance(0.2) else f"class {name}:"
        inner = ctx.child(in_class=True, in_loop=False)
        body: list[str] = []
        for _ in range(self.rng.randint(1, 4)):
            r = self.rng.randrange(6)
            if r < 2:
                body += self.def_(inner, method=True)
            elif r == 2:
                body.append(f"{self.fresh()} = {self.expr(inner, 2)}")
            elif r == 3:
                body.append(f"{self.fresh()}: int" + (f" = {self.expr(inner, 2)}" if self.chance(0.5) else ""))
            elif r == 4 and ctx.depth < 3:
                body += self.class_(inner)
            else:
                body += self.stmt(inner)
        return [*self.decorators(ctx), head, *self.indent(body)]

    def try_(self, ctx: Ctx) -> list[str]:
        lines = ["try:", *self.indent(self.block(ctx.child()))]
        star = self.chance(0.1)
        handlers = self.rng.randint(0 if not star else 1, 3)
        for i in range(handlers):
            exc = self.pick(["Exception", "ValueError", "(KeyError, TypeError)", self.name(ctx)])
            bare = not star and i == handlers - 1 and self.chance(0.2)
            head = "except:" if bare else f"except{'*' if star else ''} {exc}" + (
                f" as {self.bind(ctx)}:" if self.chance(0.5) else ":")
            inner = ctx.child(in_loop=False) if star else ctx.child()
            lines += [head, *self.indent(self.block(inner))]
        if handlers and self.chance(0.3):
            lines += ["else:", *self.indent(self.block(ctx.child()))]
        if not handlers or self.chance(0.3):
            lines += ["finally:", *self.indent(self.block(ctx.child()))]
        return lines

    def with_(self, ctx: Ctx) -> list[str]:
        items = []
        for _ in range(self.rng.randint(1, 3)):
            item = self.expr(ctx, 1)
            if self.chance(0.6):
                item += f" as {self.target(ctx)}" if self.chance(0.2) else f" as {self.bind(ctx)}"
            items.append(item)
        head = f"with ({', '.join(items)}):" if self.chance(0.2) else f"with {', '.join(items)}:"
        if "*" in head:
            head = f"with {self.expr(ctx, 1)}:"
        return [head, *self.indent(self.block(ctx.child()))]

    def pattern(self, ctx: Ctx, depth: int = 0) -> str:
        r = self.rng.randrange(12 if depth < 2 else 5)
        if r == 0:
            return self.pick(["None", "True", "False", "0", "-1", "1.5", "'s'", "b'b'", "-2.5", "1 + 2j"])
        if r == 1:
            return self.bind(ctx)
        if r == 2:
            return "_"
        if r == 3:
            return f"{self.name(ctx)}.{self.pick(ATTRS)}"
        if r == 4:
            lits = ["None", "0", "'s'", "[_, *_]", "{'k': _}", "str()", "(1 | 2)", "C.x", "-1.5"]
            return " | ".join(self.pick(lits) for _ in range(self.rng.randint(2, 3)))
        if r in (5, 6):
            items = [self.pattern(ctx, depth + 1) for _ in range(self.rng.randint(0, 3))]
            if self.chance(0.4):
                items.insert(self.rng.randint(0, len(items)), "*" + self.pick(["_", self.fresh()]))
            return self.pick(["[{}]", "({},)" if len(items) == 1 else "({})"]).format(", ".join(items))
        if r == 7:
            items = [f"{self.pick(['1', repr('k'), 'None', 'True', repr(self.fresh())])}: {self.pattern(ctx, depth + 1)}"
                     for _ in range(self.rng.randint(0, 2))]
            if self.chance(0.3):
                items.append(f"**{self.fresh()}")
            return "{" + ", ".join(items) + "}"
        if r == 8:
            cls = self.pick(["int", "str", "list", "dict", self.name(ctx), "Point"])
            pos = [self.pattern(ctx, depth + 1) for _ in range(self.rng.randint(0, 2))]
            kws = [f"{self.pick(ATTRS)}={self.pattern(ctx, depth + 1)}" for _ in range(self.rng.randint(0, 2))]
            return f"{cls}({', '.join(pos + kws)})"
        if r == 9:
            return f"({self.pattern(ctx, depth + 1)}) as {self.fresh()}"
        return self.bind(ctx)

    def match(self, ctx: Ctx) -> list[str]:
        lines = [f"match {self.expr(ctx, 1)}:"]
        for _ in range(self.rng.randint(1, 4)):
            guard = f" if {self.expr(ctx, 2)}" if self.chance(0.25) else ""
            lines += self.indent([f"case {self.pattern(ctx)}{guard}:", *self.indent(self.block(ctx.child()))])
        return lines

    def module(self) -> str:
        ctx = Ctx(names=["a", "s", "items", "mapping", "f", "C", "Point"])
        prelude = [
            "a = 1",
            "s = 'text'",
            "items = [1, 2, 3]",
            "mapping = {'k': 1}",
            "def f(*args, **kwargs):",
            "    return args",
            "class C:",
            "    def __init__(self, x=0):",
            "        self.x = x",
            "    def m(self, y):",
            "        return self.x + y",
            "class Point:",
            "    __match_args__ = ('x', 'y')",
        ]
        body: list[str] = []
        for _ in range(self.rng.randint(1, 6)):
            body += self.stmt(ctx)
        return "\n".join(prelude + body) + "\n"


def synth_program(rng: random.Random) -> str:
    """One random module (may occasionally fail to parse; callers check)."""
    return Synth(rng).module()


# -- splice ------------------------------------------------------------------------------


def load_pool(paths: list[Path] | None = None) -> list[cst.Module]:
    """Parsed programs to splice: the corpus (valid programs only) by default."""
    if paths is None:
        paths = sorted(CORPUS.glob("*.py"))
    pool: list[cst.Module] = []
    for path in paths:
        try:
            module = cst.parse_module(path.read_text(encoding="utf-8"))
            _collect(module)  # a program nested too deep for libcst's recursive visitor
        except Exception:  # noqa: BLE001 - a corpus file libcst cannot read is still a test
            continue
        pool.append(module)
    return pool


class _Collect(cst.CSTVisitor):
    def __init__(self) -> None:
        self.exprs: list[cst.BaseExpression] = []
        self.stmts: list[cst.BaseStatement] = []
        self.small: list[cst.BaseSmallStatement] = []

    def on_visit(self, node: cst.CSTNode) -> bool:
        if isinstance(node, cst.BaseExpression) and not isinstance(
            node, cst.Name | cst.Attribute | cst.StarredElement | cst.StarredDictElement
        ):
            self.exprs.append(node)
        elif isinstance(node, cst.BaseStatement):
            self.stmts.append(node)
        if isinstance(node, cst.BaseSmallStatement):
            self.small.append(node)
        return True


def _collect(module: cst.Module) -> _Collect:
    c = _Collect()
    module.visit(c)
    return c


_WRAPPERS = [
    "def wrapper_fn(p, *a, k=1, **kw):\n    {}\n",
    "async def wrapper_async(p):\n    {}\n",
    "def wrapper_gen():\n    yield 1\n    {}\n",
    "class WrapperClass:\n    {}\n",
    "class WrapperMethods:\n    def method(self, p):\n        {}\n",
    "for wrapper_i in range(3):\n    {}\n",
    "while wrapper_cond():\n    {}\nelse:\n    pass\n",
    "try:\n    {}\nexcept Exception as wrapper_e:\n    raise\nfinally:\n    pass\n",
    "with wrapper_ctx() as wrapper_w:\n    {}\n",
    "match wrapper_subject:\n    case [wrapper_x, *_]:\n        {}\n",
    "if wrapper_cond():\n    pass\nelse:\n    {}\n",
    "def wrapper_outer():\n    wrapper_v = 1\n    def wrapper_inner():\n        nonlocal wrapper_v\n        {}\n    return wrapper_inner\n",
]


def _wrap(stmt: cst.BaseStatement, template: str) -> cst.BaseStatement | None:
    """``stmt`` moved into a new context (``{}`` in the template marks where)."""
    code = cst.Module(body=[stmt]).code.rstrip("\n")
    lines = template.split("\n")
    out: list[str] = []
    for line in lines:
        if line.strip() == "{}":
            pad = line[: len(line) - len(line.lstrip())]
            out += [pad + code_line if code_line else code_line for code_line in code.split("\n")]
        else:
            out.append(line)
    try:
        module = cst.parse_module("\n".join(out))
    except Exception:  # noqa: BLE001
        return None
    return module.body[0] if module.body else None


def splice_program(rng: random.Random, pool: list[cst.Module]) -> str:
    """A host program from ``pool`` with 1-4 random crossovers and context moves."""
    host = rng.choice(pool)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(4)
        try:
            donor = _collect(rng.choice(pool))
            here = _collect(host)
            if op == 0 and here.exprs and donor.exprs:
                host = host.deep_replace(rng.choice(here.exprs), rng.choice(donor.exprs))
            elif op == 1 and here.stmts and donor.stmts:
                host = host.deep_replace(rng.choice(here.stmts), rng.choice(donor.stmts))
            elif op == 2 and here.stmts:
                target = rng.choice(here.stmts)
                wrapped = _wrap(target, rng.choice(_WRAPPERS))
                if wrapped is not None:
                    host = host.deep_replace(target, wrapped)
            elif here.stmts and donor.stmts:
                target = rng.choice(here.stmts)
                extra = rng.choice(donor.stmts)
                host = host.deep_replace(target, cst.FlattenSentinel([target, extra]))
        except Exception:  # noqa: BLE001 - an edit libcst cannot represent: skip it
            continue
        if not isinstance(host, cst.Module):
            break
    try:
        return host.code if isinstance(host, cst.Module) else ""
    except Exception:  # noqa: BLE001 - a node in a place libcst cannot print
        return ""


def parses(source: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True
