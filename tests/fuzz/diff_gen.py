"""Hypothesis strategies for differential fuzzing: typed Python expressions and small
statement sequences whose printed output CPython and cfpy must agree on.

Every expression is a ``Node``: its source and its static kind (``int``, ``float``,
``str``, ``bool``, ``list``, ``tuple``, ``dict``).  Each node is evaluated with CPython as
it is built, and replaced by a plain literal when its value falls outside what cfpy
promises to reproduce exactly (docs/language.md, "Deliberate deviations"):

* ints stay below 2**53 in magnitude (literals below 2**31);
* a float that reaches output through anything but a direct ``print``/f-string of a value
  the compiler knows is a float must be non-integral (``[2.0]`` prints ``[2]`` by design);
  integral floats are exercised only by ``direct_float_snippet``;
* an int multiplication never yields zero (K11: ``0 * -1`` is JS ``-0``, printed ``-0.0``);
* no precision-only format spec on ints (``format(2, ".3")``, docs/design.md "Numbers"),
  and no type ``d`` for floats (cfpy formats an integral float, 1.5e300 included, as the
  int it cannot tell it from).

Strings draw from an alphabet with quotes, backslashes, control characters, non-ASCII
letters with special case mappings, digits of other scripts, and astral characters.
Sizes stay small (repeat counts, widths and ranges are small literals) so CPython never
builds a huge value.

``KNOWN_BUGS`` lists mismatches found by this fuzzer and reported (each has a strict-xfail
reproduction in test_differential.py); ``known_bug`` recognises a snippet that would only
rediscover one of them, so that the generated-program test keeps looking for new ones.
"""

from __future__ import annotations

import builtins
import contextlib
import io
import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass

from diff_run import Snippet
from hypothesis import strategies as st

INT_LIMIT = 2**53
MAX_LEN = 120  # longest str/list a node may evaluate to

KINDS = ("int", "float", "str", "bool", "list", "tuple", "dict")

ALPHABET = (
    "abcxyzABCXYZ019 _-.,:;!?/|#$&*+=<>()[]"
    "'\"\\{}%"
    "\t\n\r\x00\x0b\x1b\x7f"
    "éÉßİıǅǆŉﬁﬃΣσςΐᾳა\u0301\u00a0\u2028\u3000"
    "٣²½Ⅻ中文ひ"
    "😀👍\U0001f3fd\U00010400\U0001d11e"
)


@dataclass(frozen=True)
class KnownBug:
    """A mismatch this fuzzer found and that is reported; ``repro`` is a minimal snippet
    body, ``expected`` CPython's output for it."""

    repro: str
    expected: str
    reason: str
    # Recognises a generated snippet that can only rediscover this bug; None when the
    # generator avoids the bug's trigger instead (see the "K<n>" comments below).
    matches: Callable[[str], bool] | None = None


KNOWN_BUGS: dict[str, KnownBug] = {}


def known_bug(body: str) -> str | None:
    """The name of the reported bug that a mismatching snippet rediscovers, if any."""
    for name, bug in KNOWN_BUGS.items():
        if bug.matches is not None and bug.matches(body):
            return name
    return None


@dataclass(frozen=True)
class Node:
    src: str
    kind: str


def evaluate(src: str) -> tuple[bool, object]:
    """(True, value) or (False, exception) of ``src`` under CPython."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return True, eval(src, {"__builtins__": builtins})  # noqa: S307 - test input
    except Exception as err:  # noqa: BLE001
        return False, err


def value_ok(value: object, depth: int = 0) -> bool:
    """A value cfpy must print exactly like CPython (see the module docstring)."""
    if depth > 6:
        return False
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int):
        return abs(value) < INT_LIMIT
    if isinstance(value, float):
        return not value.is_integer() or not math.isfinite(value)
    if isinstance(value, complex):
        return True  # printed exactly (both parts are floats)
    if isinstance(value, str):
        return len(value) <= MAX_LEN
    if isinstance(value, (list, tuple)):
        return len(value) <= MAX_LEN and all(value_ok(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return len(value) <= MAX_LEN and all(
            value_ok(k, depth + 1) and value_ok(v, depth + 1) for k, v in value.items()
        )
    return True


def accept(node: Node, fallback: Node, *, int_product: bool = False) -> Node:
    """``node`` if CPython's value of it is one cfpy must reproduce, else ``fallback``."""
    ok, value = evaluate(node.src)
    if not ok:
        # An exception is a fine outcome to compare, unless it is about huge values.
        return fallback if isinstance(value, (OverflowError, MemoryError)) else node
    if not value_ok(value):
        return fallback
    if int_product and type(value) is int and value == 0:
        return fallback  # K11: an int product of zero can be JS -0
    return node


# -- literals ----------------------------------------------------------------------------

small_ints = st.integers(-12, 12)
tiny_nat = st.integers(0, 6)


@st.composite
def int_literal(draw: st.DrawFn) -> Node:
    value = draw(
        st.one_of(
            small_ints,
            st.integers(-1000, 1000),
            st.integers(-(2**31) + 1, 2**31 - 1),
            st.sampled_from([0, 1, -1, 2**31 - 1, -(2**31) + 1, 255, 256, 1000000]),
        )
    )
    style = draw(st.sampled_from(["dec", "dec", "dec", "hex", "bin", "oct", "under"]))
    sign = "-" if value < 0 else ""
    mag = abs(value)
    if style == "hex":
        text = hex(mag)
    elif style == "bin" and mag < 2**16:
        text = bin(mag)
    elif style == "oct":
        text = oct(mag)
    elif style == "under" and mag >= 1000:
        text = f"{mag:_}"
    else:
        text = str(mag)
    return Node(f"({sign}{text})" if sign else text, "int")


# Non-integral only (every float from 2**52 up is integral): big floats are printed by
# direct_float_snippet, where the compiler knows they are floats.
FLOAT_SAMPLES = [
    0.5,
    1.25,
    -2.75,
    0.1,
    0.2,
    1e-07,
    3.14159,
    2.5e-05,
    123.456,
    5e-324,
    -0.001,
    1e15 + 0.5,
    0.30000000000000004,
]


@st.composite
def float_literal(draw: st.DrawFn) -> Node:
    value = draw(
        st.one_of(
            st.sampled_from(FLOAT_SAMPLES),
            st.floats(allow_nan=False, allow_infinity=False, width=64).filter(
                lambda f: not f.is_integer()
            ),
        )
    )
    text = repr(value)
    return Node(f"({text})" if value < 0 else text, "float")


_ESCAPES = {
    "\n": "\\n",
    "\r": "\\r",
    "\x00": "\\x00",
    "\x0b": "\\x0b",
    "\x1b": "\\x1b",
    "\x7f": "\\x7f",
    "\t": "\\t",
}


def escape_body(text: str, quote: str, *, escape_2028: bool = True) -> str:
    """String literal body: backslash, quote and control characters escaped; every other
    character (non-ASCII included) written as it is."""
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == quote:
            out.append("\\" + quote)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch == "\u2028" and escape_2028:
            out.append("\\u2028")
        else:
            out.append(ch)
    return "".join(out)


@st.composite
def str_literal(draw: st.DrawFn, max_size: int = 8) -> Node:
    text = draw(st.text(alphabet=ALPHABET, max_size=max_size))
    style = draw(st.sampled_from(["repr", "double", "single", "raw-2028"]))
    if style == "repr":
        src = repr(text)
    elif style == "double":
        src = '"' + escape_body(text, '"') + '"'
    elif style == "single":
        src = "'" + escape_body(text, "'") + "'"
    else:  # U+2028 written literally in the source too
        src = "'" + escape_body(text, "'", escape_2028=False) + "'"
    return Node(src, "str")


WORDS = ["a", "b", "ab", "ba", "abc", "x", "", " ", "A", "é", "😀", "a b", ",", "Σ", "\t"]
words = st.sampled_from(WORDS)


@st.composite
def word_literal(draw: st.DrawFn) -> Node:
    return Node(repr(draw(words)), "str")


# -- expressions by kind -----------------------------------------------------------------


def expr(kind: str, depth: int) -> st.SearchStrategy[Node]:
    return _BUILDERS[kind](depth)


def leaf(kind: str) -> st.SearchStrategy[Node]:
    if kind == "int":
        return int_literal()
    if kind == "float":
        return float_literal()
    if kind == "str":
        return st.one_of(str_literal(), word_literal())
    if kind == "bool":
        return st.sampled_from([Node("True", "bool"), Node("False", "bool")])
    if kind == "list":
        return st.one_of(
            st.lists(int_literal(), max_size=5).map(lambda xs: seq(xs, "[", "]")),
            st.lists(word_literal(), max_size=5).map(lambda xs: seq(xs, "[", "]")),
        )
    if kind == "tuple":
        return st.lists(st.one_of(int_literal(), word_literal()), max_size=4).map(
            lambda xs: seq(xs, "(", ")", tuple_=True)
        )
    return st.lists(st.tuples(word_literal(), int_literal()), max_size=4).map(
        lambda kv: Node("{" + ", ".join(f"{k.src}: {v.src}" for k, v in kv) + "}", "dict")
    )


def seq(items: list[Node], open_: str, close: str, tuple_: bool = False) -> Node:
    body = ", ".join(i.src for i in items)
    if tuple_ and len(items) == 1:
        body += ","
    return Node(open_ + body + close, "tuple" if tuple_ else "list")


def sub(kind: str, depth: int) -> st.SearchStrategy[Node]:
    """An operand of ``kind`` for a node at ``depth`` (a literal at the bottom)."""
    return leaf(kind) if depth <= 0 else st.one_of(leaf(kind), expr(kind, depth - 1))


INT_BINOPS = ["+", "-", "*", "//", "%", "&", "|", "^"]


@st.composite
def int_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = draw(int_literal())
    if depth <= 0:
        return fb

    def s(kind: str = "int") -> Node:
        return draw(sub(kind, depth))

    choice = draw(st.integers(0, 16))
    product = False
    if choice <= 3:
        op = draw(st.sampled_from(INT_BINOPS))
        node = Node(f"({s().src} {op} {s().src})", "int")
        product = op == "*"
    elif choice == 4:
        base = draw(st.one_of(small_ints.map(lambda v: Node(f"({v})", "int")), sub("int", depth)))
        node = Node(f"({base.src} ** {draw(tiny_nat)})", "int")
    elif choice == 5:
        op = draw(st.sampled_from(["<<", ">>"]))
        count = draw(st.one_of(st.integers(0, 20), st.integers(0, 2000)))
        node = Node(f"({s().src} {op} {count if op == '>>' else min(count, 60)})", "int")
    elif choice == 6:
        op = draw(st.sampled_from(["-", "+", "~", "abs"]))
        a = s()
        node = Node(f"abs({a.src})" if op == "abs" else f"({op}{a.src})", "int")
    elif choice == 7:
        node = Node(f"len({s(draw(st.sampled_from(['str', 'list', 'tuple', 'dict']))).src})", "int")
    elif choice == 8:
        f = draw(st.sampled_from(["int", "round", "floor"]))
        x = s("float")
        node = Node(f"{f}({x.src})" if f != "floor" else f"int({x.src} // 1)", "int")
    elif choice == 9:
        m = draw(st.sampled_from(["count", "find", "rfind", "index", "rindex"]))
        extra = draw(
            st.sampled_from(
                ["", f", {draw(small_ints)}", f", {draw(small_ints)}, {draw(small_ints)}"]
            )
        )
        node = Node(f"{s('str').src}.{m}({draw(word_literal()).src}{extra})", "int")
    elif choice == 10:
        f = draw(st.sampled_from(["min", "max"]))
        node = Node(f"{f}({s().src}, {s().src})", "int")
    elif choice == 11:
        node = Node(f"sum({s('list').src})", "int")
    elif choice == 12:
        node = Node(f"({s().src} if {s('bool').src} else {s().src})", "int")
    elif choice == 13:
        container = s(draw(st.sampled_from(["list", "tuple"])))
        node = Node(f"{container.src}[{draw(small_ints)}]", "int")
    elif choice == 14:
        d, k = s("dict"), draw(word_literal())
        alt = draw(st.sampled_from(["[]", "get"]))
        node = Node(f"{d.src}[{k.src}]" if alt == "[]" else f"{d.src}.get({k.src}, -1)", "int")
    elif choice == 15:
        digits = draw(
            st.sampled_from(
                [
                    "'42'",
                    "' -7 '",
                    "'0x1f'",
                    "'1_000'",
                    "'+3'",
                    "'3.5'",
                    "''",
                    "'12e2'",
                    "'z'",
                    "'0b11'",
                    "'١٢'",
                    "' ٣_٣ '",
                    "'\\uff11\\uff10'",
                ]
            )
        )

        base = draw(st.sampled_from(["", ", 16", ", 0", ", 8", ", 36"]))
        node = Node(f"int({digits}{base})", "int")
    else:
        node = Node(f"ord({s('str').src}[{draw(small_ints)}])", "int")
    return accept(node, fb, int_product=product)


@st.composite
def float_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = draw(float_literal())
    if depth <= 0:
        return fb

    def s(kind: str = "float") -> Node:
        return draw(sub(kind, depth))

    def num() -> Node:
        return s(draw(st.sampled_from(["float", "float", "int"])))

    choice = draw(st.integers(0, 7))
    if choice <= 2:
        op = draw(st.sampled_from(["+", "-", "*", "/", "//", "%"]))
        node = Node(f"({num().src} {op} {num().src})", "float")
    elif choice == 3:
        node = Node(f"({s('int').src} / {s('int').src})", "float")
    elif choice == 4:
        f = draw(st.sampled_from(["abs", "-", "round"]))
        x = s()
        if f == "round":
            node = Node(f"round({x.src}, {draw(st.integers(-2, 4))})", "float")
        else:
            node = Node(f"abs({x.src})" if f == "abs" else f"(-{x.src})", "float")
    elif choice == 5:
        text = draw(
            st.sampled_from(
                [
                    "'1.5'",
                    "' -2.25 '",
                    "'1e-3'",
                    "'inf'",
                    "'-Infinity'",
                    "'nan'",
                    "'1_0.5'",
                    "'0x1p3'",
                    "'.5'",
                    "'5.'",
                    "'abc'",
                ]
            )
        )
        node = Node(f"float({text})", "float")
    elif choice == 6:
        f = draw(st.sampled_from(["min", "max"]))
        node = Node(f"{f}({num().src}, {s().src})", "float")
    else:
        exp = draw(st.sampled_from(["2", "0.5", "-1", "3"]))
        node = Node(f"({s().src} ** {exp})", "float")
    return accept(node, fb)


STR_METHODS0 = [
    "upper",
    "lower",
    "title",
    "capitalize",
    "swapcase",
    "casefold",
    "strip",
    "lstrip",
    "rstrip",
]
STR_PRED = [
    "isdigit",
    "isalpha",
    "isalnum",
    "isspace",
    "isupper",
    "islower",
    "isnumeric",
    "isdecimal",
    "isidentifier",
    "istitle",
    "isascii",
    "isprintable",
]


@st.composite
def str_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = draw(str_literal())
    if depth <= 0:
        return fb

    def s(kind: str = "str") -> Node:
        return draw(sub(kind, depth))

    choice = draw(st.integers(0, 17))
    if choice <= 1:
        node = Node(f"({s().src} + {s().src})", "str")
    elif choice == 2:
        node = Node(f"({s().src} * {draw(st.integers(-1, 4))})", "str")
    elif choice == 3:
        lo, hi, step = (draw(st.one_of(st.none(), small_ints)) for _ in range(3))
        parts = ["" if v is None else str(v) for v in (lo, hi)]
        tail = f":{step}" if step else ""
        node = Node(f"{s().src}[{parts[0]}:{parts[1]}{tail}]", "str")
    elif choice == 4:
        node = Node(f"{s().src}[{draw(small_ints)}]", "str")
    elif choice == 5:
        m = draw(st.sampled_from(STR_METHODS0))
        arg = draw(word_literal()).src if m.endswith("strip") and draw(st.booleans()) else ""
        node = Node(f"{s().src}.{m}({arg})", "str")
    elif choice == 6:
        m = draw(st.sampled_from(["center", "ljust", "rjust", "zfill"]))
        width = draw(st.integers(-2, 12))
        fill = ""
        if m != "zfill" and draw(st.booleans()):
            fill = ", " + repr(draw(st.sampled_from(["*", "é", "😀", " ", "ab"])))
        node = Node(f"{s().src}.{m}({width}{fill})", "str")
    elif choice == 7:
        a, b = draw(word_literal()), draw(word_literal())
        count = draw(st.sampled_from(["", ", 1", ", 0", ", -1", ", 2"]))
        node = Node(f"{s().src}.replace({a.src}, {b.src}{count})", "str")
    elif choice == 8:
        node = Node(f"{s().src}.join({s('list').src})", "str")
    elif choice == 9:
        f = draw(st.sampled_from(["str", "repr", "ascii"]))
        node = Node(f"{f}({s(draw(st.sampled_from(KINDS))).src})", "str")
    elif choice == 10:
        code = draw(
            st.sampled_from([0, 9, 10, 39, 65, 92, 233, 0x2028, 0x1F600, 0x10FFFF, -1, 0x110000])
        )
        node = Node(f"chr({code})", "str")
    elif choice == 11:
        node = Node(f"{s().src}.removeprefix({draw(word_literal()).src})", "str")
    elif choice == 12:
        node = Node(f"''.join(sorted({s().src}))", "str")
    elif choice == 13:
        node = Node(f"''.join(reversed({s().src}))", "str")
    elif choice == 14:
        node = Node(f"{s().src}.expandtabs({draw(st.integers(0, 8))})", "str")
    elif choice == 15:
        node = draw(percent_format(depth))
    elif choice == 16:
        node = draw(str_format_call(depth))
    else:
        node = Node(f"{s().src}.removesuffix({draw(word_literal()).src})", "str")
    return accept(node, fb)


@st.composite
def bool_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = Node(draw(st.sampled_from(["True", "False"])), "bool")
    if depth <= 0:
        return fb

    def s(kind: str) -> Node:
        return draw(sub(kind, depth))

    choice = draw(st.integers(0, 7))
    if choice <= 2:
        k = draw(st.sampled_from(["int", "float", "str", "list", "tuple", "int"]))
        op = draw(st.sampled_from(["<", "<=", ">", ">=", "==", "!="]))
        a, b = s(k), s(k)
        if draw(st.booleans()):
            op2 = draw(st.sampled_from(["<", "<=", "==", "!="]))
            node = Node(f"({a.src} {op} {b.src} {op2} {s(k).src})", "bool")
        else:
            node = Node(f"({a.src} {op} {b.src})", "bool")
    elif choice == 3:
        node = Node(f"{s('str').src}.{draw(st.sampled_from(STR_PRED))}()", "bool")
    elif choice == 4:
        x = s("str")
        c = s(draw(st.sampled_from(["str", "list", "dict", "tuple"])))
        node = Node(f"({x.src} {draw(st.sampled_from(['in', 'not in']))} {c.src})", "bool")
    elif choice == 5:
        text, w = s("str"), draw(word_literal())
        m = draw(st.sampled_from(["startswith", "endswith"]))
        arg = w.src if draw(st.booleans()) else f"({w.src}, {draw(word_literal()).src})"
        node = Node(f"{text.src}.{m}({arg})", "bool")
    elif choice == 6:
        node = Node(f"(not {s(draw(st.sampled_from(KINDS))).src})", "bool")
    else:
        x = s(draw(st.sampled_from(KINDS)))
        t = draw(st.sampled_from(["int", "float", "str", "bool", "list", "tuple", "dict"]))
        node = Node(f"isinstance({x.src}, {t})", "bool")
    return accept(node, fb)


@st.composite
def list_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = draw(leaf("list"))
    if depth <= 0:
        return fb

    def s(kind: str = "list") -> Node:
        return draw(sub(kind, depth))

    choice = draw(st.integers(0, 13))
    if choice <= 1:
        k = draw(st.sampled_from(["int", "str", "float", "bool", "tuple", "list", "dict"]))
        node = seq(draw(st.lists(sub(k, depth - 1), max_size=4)), "[", "]")
    elif choice == 2:
        node = Node(f"({s().src} + {s().src})", "list")
    elif choice == 3:
        node = Node(f"({s().src} * {draw(st.integers(-1, 3))})", "list")
    elif choice == 4:
        step = draw(st.sampled_from(["", ":2", ":-1", ":-2", ":3"]))
        node = Node(f"{s().src}[{draw(small_ints)}:{draw(small_ints)}{step}]", "list")
    elif choice == 5:
        rev = draw(st.sampled_from(["", ", reverse=True"]))
        key = draw(st.sampled_from(["", ", key=len", ", key=str", ", key=abs"]))
        node = Node(f"sorted({s().src}{key}{rev})", "list")
    elif choice == 6:
        sep = draw(st.sampled_from(["", "None", "','", "' '", "'a'", "'😀'", "''"]))
        maxsplit = draw(st.sampled_from(["", ", 1", ", 0", ", -1"])) if sep else ""
        m = draw(st.sampled_from(["split", "rsplit"]))
        node = Node(f"{s('str').src}.{m}({sep}{maxsplit})", "list")
    elif choice == 7:
        node = Node(f"{s('str').src}.splitlines({draw(st.sampled_from(['', 'True']))})", "list")
    elif choice == 8:
        a, b, c = draw(small_ints), draw(small_ints), draw(st.sampled_from([1, 2, -1, -3]))
        node = Node(f"list(range({a}, {b}, {c}))", "list")
    elif choice == 9:
        body = draw(st.sampled_from(["e * 2", "str(e)", "[e]", "(e, e)", "e"]))
        cond = draw(st.sampled_from(["", " if e", " if not e"]))
        node = Node(f"[{body} for e in {s().src}{cond}]", "list")
    elif choice == 10:
        node = Node(f"list({s(draw(st.sampled_from(['str', 'tuple', 'dict']))).src})", "list")
    elif choice == 11:
        m = draw(st.sampled_from(["keys", "values", "items"]))
        node = Node(f"list({s('dict').src}.{m}())", "list")
    elif choice == 12:
        node = Node(f"list(zip({s().src}, {s('str').src}))", "list")
    else:
        start = draw(st.sampled_from(["", ", 1", ", -2"]))
        node = Node(f"list(enumerate({s().src}{start}))", "list")
    return accept(node, fb)


@st.composite
def tuple_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = draw(leaf("tuple"))
    if depth <= 0:
        return fb

    def s(kind: str = "tuple") -> Node:
        return draw(sub(kind, depth))

    choice = draw(st.integers(0, 6))
    if choice <= 1:
        kinds = st.sampled_from(["int", "str", "float", "list", "tuple", "bool"])
        node = seq(
            draw(st.lists(kinds.flatmap(lambda k: sub(k, depth - 1)), max_size=4)),
            "(",
            ")",
            tuple_=True,
        )
    elif choice == 2:
        node = Node(f"({s().src} + {s().src})", "tuple")
    elif choice == 3:
        node = Node(f"tuple({s('list').src})", "tuple")
    elif choice == 4:
        b = s(draw(st.sampled_from(["int", "float"])))
        node = Node(f"divmod({s('int').src}, {b.src})", "tuple")
    elif choice == 5:
        m = draw(st.sampled_from(["partition", "rpartition"]))
        node = Node(f"{s('str').src}.{m}({draw(word_literal()).src})", "tuple")
    else:
        node = Node(f"{s().src}[{draw(small_ints)}:{draw(small_ints)}]", "tuple")
    return accept(node, fb)


@st.composite
def dict_expr(draw: st.DrawFn, depth: int) -> Node:
    fb = draw(leaf("dict"))
    if depth <= 0:
        return fb

    def s(kind: str = "dict") -> Node:
        return draw(sub(kind, depth))

    choice = draw(st.integers(0, 4))
    if choice <= 1:
        kk = draw(st.sampled_from(["str", "int", "tuple", "bool"]))
        vk = draw(st.sampled_from(KINDS))
        pairs = draw(st.lists(st.tuples(sub(kk, depth - 1), sub(vk, depth - 1)), max_size=4))
        node = Node("{" + ", ".join(f"{k.src}: {v.src}" for k, v in pairs) + "}", "dict")
    elif choice == 2:
        node = Node(f"({s().src} | {s().src})", "dict")
    elif choice == 3:
        node = Node(f"dict(zip({s('str').src}, {s('list').src}))", "dict")
    else:
        node = Node(f"{{str(e): e for e in {s('list').src}}}", "dict")
    return accept(node, fb)


_BUILDERS = {
    "int": int_expr,
    "float": float_expr,
    "str": str_expr,
    "bool": bool_expr,
    "list": list_expr,
    "tuple": tuple_expr,
    "dict": dict_expr,
}


# -- formatting --------------------------------------------------------------------------


@st.composite
def format_spec(draw: st.DrawFn, kind: str) -> str:
    """A format spec for a value of ``kind`` (sometimes an invalid one: both must raise)."""
    fill_align = draw(st.sampled_from(["", "<", ">", "^", "=", "*<", "0>", "é^", "😀>"]))
    sign = draw(st.sampled_from(["", "", "+", "-", " "]))
    alt = draw(st.sampled_from(["", "", "#"]))
    zero = draw(st.sampled_from(["", "", "0"]))
    width = draw(st.sampled_from(["", "", "1", "5", "12"]))
    group = draw(st.sampled_from(["", "", ",", "_"]))
    precision = draw(st.sampled_from(["", "", ".0", ".1", ".3", ".12"]))
    if kind == "int":
        types = ["", "d", "x", "X", "o", "b", "c", "e", "f", "g", "%", "E", "G", "n", "s"]
    elif kind == "float":
        # no "d": CPython refuses it for every float, cfpy formats an integral float
        # (1.5e300 too) as the int it cannot tell it from (documented deviation)
        types = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
    else:
        types = ["", "s", "d"]
    ftype = draw(st.sampled_from(types))
    if kind == "int" and precision and ftype == "":
        precision = ""  # documented: format(2, ".3") formats an integral number as a float
    return fill_align + sign + alt + zero + width + group + precision + ftype


@st.composite
def percent_format(draw: st.DrawFn, depth: int) -> Node:
    convs = []
    args = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["int", "float", "str", "list"]))
        flags = draw(st.sampled_from(["", "-", "+", " ", "0", "#", "-0"]))
        width = draw(st.sampled_from(["", "3", "8"]))
        prec = draw(st.sampled_from(["", ".0", ".2", ".5"]))
        conv = {
            "int": ["d", "i", "x", "X", "o", "s", "r", "c", "f", "e", "g"],
            "float": ["f", "e", "E", "g", "G", "r", "d", "F", "s"],
            "str": ["s", "r", "a", "d"],
            "list": ["s", "r"],
        }[kind]
        one = "%" + flags + width + prec + draw(st.sampled_from(conv))
        arg = draw(sub(kind, depth - 1))
        convs.append(one)
        args.append(arg)
    if not convs:
        return Node("'%%'", "str")
    lit = draw(st.sampled_from(["", "x=", " | ", "%% ", "é"]))
    fmt = lit + lit.join(convs)
    if len(args) == 1 and args[0].kind != "list" and draw(st.booleans()):
        return Node(f"({fmt!r} % {args[0].src})", "str")
    return Node(f"({fmt!r} % ({', '.join(a.src for a in args)},))", "str")


@st.composite
def str_format_call(draw: st.DrawFn, depth: int) -> Node:
    fields = []
    args = []
    auto = draw(st.booleans())
    for i in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["int", "float", "str", "list", "bool"]))
        args.append(draw(sub(kind, depth - 1)))
        conv = draw(st.sampled_from(["", "", "!r", "!s", "!a"]))
        spec = ""
        if kind in ("int", "float", "str") and draw(st.booleans()):
            spec = ":" + draw(format_spec(kind if not conv else "str"))
        fields.append("{" + ("" if auto else str(i)) + conv + spec + "}")
    sep = draw(st.sampled_from(["", " ", "{{}}", "-"]))
    return Node(f"{sep.join(fields)!r}.format({', '.join(a.src for a in args)})", "str")


# -- snippets ----------------------------------------------------------------------------


def print_snippet(max_depth: int = 2) -> st.SearchStrategy[Snippet]:
    """``print(<expression>)`` of any kind."""
    return (
        st.tuples(st.sampled_from(KINDS), st.integers(0, max_depth))
        .flatmap(lambda kd: expr(*kd))
        .map(lambda n: Snippet.expr(n.src))
    )


@st.composite
def fstring_snippet(draw: st.DrawFn) -> Snippet:
    """Locals formatted by an f-string with specs and conversions."""
    lines = [f"w = {draw(st.integers(0, 9))}"]
    fields = []
    for i in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["int", "float", "str", "bool", "list"]))
        node = draw(expr(kind, draw(st.integers(0, 1))))
        lines.append(f"v{i} = {node.src}")
        conv = draw(st.sampled_from(["", "", "", "!r", "!s", "!a"]))
        spec = ""
        if draw(st.booleans()):
            spec_kind = {"bool": "int"}.get(kind, kind) if not conv else "str"
            spec = ":" + draw(format_spec(spec_kind))
            if draw(st.integers(0, 5)) == 0:
                spec = ":{w}"  # a nested replacement field
        fields.append("{v" + str(i) + conv + spec + "}")
    lit = draw(st.sampled_from(["", " ", "|", "{{x}}", "é😀", "'", "\\n", '"']))
    body = lit.join(fields)
    quote = '"' if '"' not in body else "'"
    if quote in body:
        quote = "'''"
    lines.append(f"print(f{quote}{body}{quote})")
    return Snippet("\n".join(lines))


@st.composite
def list_mutation_snippet(draw: st.DrawFn) -> Snippet:
    lines = [f"x = {draw(leaf('list')).src}"]
    for _ in range(draw(st.integers(1, 5))):
        e = draw(st.one_of(int_literal(), word_literal()))
        i, j = draw(small_ints), draw(small_ints)
        other = draw(leaf("list")).src
        lines.append(
            draw(
                st.sampled_from(
                    [
                        f"x.append({e.src})",
                        f"x.insert({i}, {e.src})",
                        "print(x.pop())",
                        f"print(x.pop({i}))",
                        f"x.remove({e.src})",
                        f"x.extend({other})",
                        "x.sort()",
                        "x.sort(reverse=True)",
                        "x.sort(key=str)",
                        "x.reverse()",
                        f"del x[{i}]",
                        f"del x[{i}:{j}]",
                        f"x[{i}] = {e.src}",
                        f"x[{i}:{j}] = {other}",
                        "x[::2] = x[::2]",
                        f"x[::-1] = {other}",
                        f"x += {other}",
                        f"x *= {draw(st.integers(0, 2))}",
                        f"print(x.index({e.src}))",
                        f"print(x.count({e.src}))",
                        "y = x.copy()\ny.append(0)\nprint(len(x), len(y))",
                        "y = x\ny += [1]\nprint(x is y, len(x))",
                        "x.clear()",
                    ]
                )
            )
        )
    lines.append("print(x)")
    return Snippet("\n".join(lines))


@st.composite
def dict_mutation_snippet(draw: st.DrawFn) -> Snippet:
    lines = [f"d = {draw(leaf('dict')).src}"]
    for _ in range(draw(st.integers(1, 5))):
        k = draw(word_literal())
        v = draw(st.one_of(int_literal(), word_literal(), leaf("list")))
        lines.append(
            draw(
                st.sampled_from(
                    [
                        f"d[{k.src}] = {v.src}",
                        f"del d[{k.src}]",
                        f"print(d.pop({k.src}, None))",
                        f"print(d.pop({k.src}))",
                        f"print(d.setdefault({k.src}, {v.src}))",
                        f"d.update({draw(leaf('dict')).src})",
                        f"d.update({{{k.src}: {v.src}}})",
                        f"d |= {draw(leaf('dict')).src}",
                        "print(d.popitem())",
                        f"print({k.src} in d, d.get({k.src}))",
                        "print(list(d), list(d.values()), list(d.items()))",
                        "print(sorted(d), len(d))",
                        "d = dict(sorted(d.items()))",
                        "d = {v: k for k, v in d.items() if isinstance(v, int)}",
                        "print(d == dict(d), d.copy() is d)",
                        f"print(dict.fromkeys({draw(str_literal()).src}, 0))",
                    ]
                )
            )
        )
    lines.append("print(d)")
    return Snippet("\n".join(lines))


LOOP_BODIES = [
    "acc = ''\nfor ch in s:\n    acc = ch + acc\nprint(acc)",
    "acc = []\nfor i, ch in enumerate(s):\n    acc.append(f'{i}:{ch!r}')\nprint(' '.join(acc))",
    "n = 0\nwhile n < len(s) and s[n] != ' ':\n    n += 1\nelse:\n    print('end')\nprint(n, s[:n])",
    "counts = {}\nfor ch in s:\n    counts[ch] = counts.get(ch, 0) + 1\nprint(counts)",
    "print([ord(c) for c in s])",
    "print(s.encode('utf-8'), len(s.encode('utf-8')))",
    "print(s.encode('utf-8').decode('utf-8') == s)",
    "a, *b = s or 'xy'\nprint(a, b)",
    "print(*s, sep='|')",
    "print(s, s, sep=s, end='<\\n')",
    "print(s.split(s[:1]) if s else None)",
    "print(' '.join(w.capitalize() for w in s.split()))",
    "print(repr(s), ascii(s), str(s) == s, len(repr(s)))",
    "print(s.upper().lower() == s.lower(), s.casefold(), s.swapcase().swapcase() == s)",
]


@st.composite
def loop_snippet(draw: st.DrawFn) -> Snippet:
    s = draw(st.one_of(str_literal(max_size=12), str_expr(1)))
    return Snippet(f"s = {s.src}\n{draw(st.sampled_from(LOOP_BODIES))}")


def run_body(body: str) -> dict[str, object] | None:
    """Run a snippet body under CPython; its variables, or None if it raised."""
    glb: dict[str, object] = {"__builtins__": builtins}
    try:
        with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(body, glb)  # noqa: S102 - generated test input
    except Exception:  # noqa: BLE001
        return None
    return glb


@st.composite
def int_statement_snippet(draw: st.DrawFn) -> Snippet:
    lines = [f"a = {draw(int_expr(1)).src}", "b = a"]
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["+=", "-=", "//=", "%=", "&=", "|=", "^=", ">>=", "<<="]))
        rhs = draw(int_literal()).src
        if op == "<<=":
            rhs = str(draw(tiny_nat))
        elif op == ">>=":
            rhs = str(draw(st.integers(0, 2000)))
        lines.append(f"a {op} {rhs}")
        lines.append("print(a)" if draw(st.booleans()) else "b, a = a, b")
    lines.append("print(a, b, a == b, a < b, divmod(a, 7), a * 3 // 4)")
    body = "\n".join(lines)
    found = run_body(body)
    if found is not None and not all(value_ok(v) for k, v in found.items() if k != "__builtins__"):
        return Snippet("print(0)")
    return Snippet(body)


@st.composite
def direct_float_snippet(draw: st.DrawFn) -> Snippet:
    """Floats (integral ones included) where the compiler knows they are floats."""
    n, m = draw(st.integers(-(2**20), 2**20)), draw(st.integers(-50, 50).filter(bool))
    lit = draw(
        st.sampled_from(
            [
                "2.0",
                "0.0",
                "1e16",
                "1e22",
                "100.0",
                "3.0",
                "1e-05",
                "123456789012.0",
                "0.5",
                "7.0",
                "1.5e300",
            ]
        )
    )
    return Snippet(
        draw(
            st.sampled_from(
                [
                    f"print({n} / {m})",
                    f"print({n} / {m}, {lit})",
                    f"print(float({n}))",
                    f"x = {lit}\nprint(x)",
                    f"x = {lit}\nprint(x + 1, x * 2, x - 1)",
                    f"x = {lit}\nprint(f'{{x}}', str(x), repr(x))",
                    f"x = {n} / {m}\nprint(f'{{x}} {{x:.3f}} {{x:g}} {{x!r}}')",
                    f"x = {lit}\nx = x + {n}\nprint(x)",
                    f"print({lit})",
                    f"print(-{lit})",
                    f"print({lit} / {m})",
                    f"print(float('{n}'))",
                    "print(-0.0, 0.0, float('-0'))",
                ]
            )
        )
    )


@st.composite
def str_methods_snippet(draw: st.DrawFn) -> Snippet:
    """Many str methods (random arguments) applied to one string."""
    text = draw(st.one_of(str_literal(max_size=10), word_literal()))
    calls = []
    for _ in range(draw(st.integers(3, 8))):
        w, w2 = draw(word_literal()).src, draw(word_literal()).src
        i, j = draw(small_ints), draw(small_ints)
        n = draw(st.integers(-1, 12))
        calls.append(
            draw(
                st.sampled_from(
                    [
                        *(f"s.{m}()" for m in STR_METHODS0 + STR_PRED),
                        f"s.strip({w})",
                        f"s.lstrip({w})",
                        f"s.rstrip({w})",
                        f"s.split({w})",
                        f"s.split({w}, {i})",
                        f"s.rsplit({w}, {i})",
                        "s.split()",
                        f"s.split(maxsplit={i})",
                        f"s.rsplit(None, {i})",
                        "s.splitlines()",
                        "s.splitlines(keepends=True)",
                        f"s.partition({w})",
                        f"s.rpartition({w})",
                        f"s.find({w}, {i})",
                        f"s.rfind({w}, {i}, {j})",
                        f"s.count({w}, {i}, {j})",
                        f"s.index({w})",
                        f"s.rindex({w}, {i})",
                        f"s.startswith({w}, {i})",
                        f"s.endswith(({w}, {w2}), {i}, {j})",
                        f"s.replace({w}, {w2})",
                        f"s.replace({w}, {w2}, {i})",
                        f"s.center({n}, {w})",
                        f"s.ljust({n})",
                        f"s.rjust({n}, {w})",
                        f"s.zfill({n})",
                        f"s.expandtabs({n})",
                        f"s.removeprefix({w})",
                        f"s.removesuffix({w})",
                        f"{w}.join(s)",
                        f"s.join([{w}, {w2}])",
                        f"s[{i}:{j}]",
                        f"s[{i}::{j or 1}]",
                        "s[::-1]",
                        f"s[{i}]",
                        "len(s)",
                        "sorted(s)",
                        "list(s)",
                        "s * 2",
                        f"s + {w}",
                        f"{w} in s",
                        f"s < {w}",
                        f"s == {w}",
                        "repr(s)",
                        "ascii(s)",
                        "s.encode()",
                        "s.encode('utf-8', 'replace')",
                        "str(s)",
                        "[*s]",
                        f"s.format({w})",
                        "s.casefold() == s.lower()",
                        "min(s) if s else ''",
                        "max(s, default='')",
                    ]
                )
            )
        )
    sep = draw(st.sampled_from(["", ", sep='|'"]))
    return Snippet(f"s = {text.src}\nprint({', '.join(calls)}{sep})")


@st.composite
def format_snippet(draw: st.DrawFn) -> Snippet:
    """One value through format(), an f-string, str.format and %-formatting."""
    kind = draw(st.sampled_from(["int", "int", "float", "float", "str", "bool"]))
    value = draw(leaf(kind))
    lines = [f"v = {value.src}"]
    spec_kind = {"bool": "int"}.get(kind, kind)
    outs = []
    for _ in range(draw(st.integers(2, 5))):
        spec = draw(format_spec(spec_kind))
        outs.append(
            draw(
                st.sampled_from(
                    [
                        f"format(v, {spec!r})",
                        f"f'{{v:{spec}}}'",
                        f"'{{:{spec}}}'.format(v)",
                        f"'{{0!r:{spec}}}'.format(v)"
                        if kind == "str"
                        else f"'{{0:{spec}}}'.format(v)",
                    ]
                )
            )
        )
    pct = draw(percent_format(1))
    outs.append(pct.src)
    lines.append(f"print({', '.join(outs)}, sep='|')")
    return Snippet("\n".join(lines))


# Operations on an instance `w` of a class derived from a builtin, with `o` a plain value
# of the same kind: each prints what the builtin's own method or operator answers.
SUBCLASS_OPS = {
    "str": [
        "w", "repr(w)", "str(w)", "w.upper()", "w + o", "o + w", "w == o", "w != o", "w < o",
        "len(w)", "w[1:]", "w[-1]", "w * 2", "o in w", "w in o", "w.split()", "o.startswith(w)",
        "o.replace(w, '|')", "'-'.join([w, o])", "{w: 1}.get(o)", "{o: 2}.get(w)", "f'{w!r:>8}'",
        "f'{w}'", "type(w.strip()).__name__", "isinstance(w, str)", "hash(w) == hash(o)",
        "sorted([w, o])", "max(w, o)", "list(w)", "w.count(o)", "o.find(w)", "'%s|%r' % (w, w)",
        "'{}'.format(w)", "(w, 1) in {(o, 1)}", "w.encode()",
    ],
    "int": [
        "w", "repr(w)", "w + o", "o - w", "w * o", "w // 3", "w % 5", "-w", "abs(w)", "w == o",
        "w < o", "w >= o", "f'{w:>6}'", "f'{w:,}'", "str(w)", "hex(w)", "w.bit_length()",
        "divmod(w, 7)", "[1, 2, 3][w % 3]", "{w: 'k'}.get(o)", "{o: 'k'}.get(w)",
        "type(w + 1).__name__", "round(w, -1)", "bool(w)", "w & 255", "w >> 2", "int(w)",
        "float(w)", "isinstance(w, int)", "sorted([w, o, 0])", "'%d' % w", "(w, 'a') in {(o, 'a')}",
    ],
    "float": [
        "w", "repr(w)", "w + o", "o - w", "w * 2", "w / 4", "w // 1", "w % 1.5", "-w", "abs(w)",
        "w == o", "w < o", "f'{w:.3f}'", "f'{w:g}'", "str(w)", "round(w, 2)", "int(w)",
        "w.is_integer()", "type(w * 1).__name__", "isinstance(w, float)", "max(w, o)",
        "{w: 1}.get(o)", "sorted([o, w])",
    ],
    "list": [
        "w", "repr(w)", "len(w)", "w + o", "o + w", "w == o", "w[::-1]", "w * 2", "w[1:]",
        "type(w.copy()).__name__", "list(reversed(w))", "w < o", "bool(w)", "o == w",
        "isinstance(w, list)", "[x for x in w]", "len(w + o)", "w.count(1)",
    ],
    "tuple": [
        "w", "repr(w)", "len(w)", "w + o", "w == o", "w[::-1]", "w * 2", "w < o",
        "{w: 1}.get(o)", "isinstance(w, tuple)", "tuple(w)", "w.count(1)",
    ],
    "dict": [
        "w", "repr(w)", "len(w)", "w == o", "list(w.items())", "w | o", "type(w | o).__name__",
        "sorted(w)", "w.get('a')", "dict(w)", "{**w, **o}", "isinstance(w, dict)", "list(w)",
    ],
}


@st.composite
def subclass_snippet(draw: st.DrawFn) -> Snippet:
    """Instances of a class derived from a builtin, through the builtin's operations."""
    kind = draw(st.sampled_from(sorted(SUBCLASS_OPS)))
    if kind == "int":
        value, other = draw(int_literal()), Node(str(draw(small_ints)), "int")
    else:
        value, other = draw(sub(kind, 1)), draw(sub(kind, 1))
    extra = draw(
        st.sampled_from(
            [
                "pass",
                "def hello(self):\n        return 'hi'",
                "def __repr__(self):\n        return 'W!'",
                "def __str__(self):\n        return 'w-str'",
            ]
        )
    )
    ops = draw(st.lists(st.sampled_from(SUBCLASS_OPS[kind]), min_size=3, max_size=8, unique=True))
    lines = [f"class W({kind}):", f"    {extra}", f"w = W({value.src})", f"o = {other.src}"]
    body = "\n".join(lines)
    for op in ops:
        found = run_body(body + f"\nr = {op}")
        if found is not None and not value_ok(found.get("r")):
            continue
        lines.append(f"print({op})")
    return Snippet("\n".join(lines))


def snippet() -> st.SearchStrategy[Snippet]:
    return st.one_of(
        print_snippet(),
        print_snippet(),
        print_snippet(),
        str_methods_snippet(),
        str_methods_snippet(),
        format_snippet(),
        format_snippet(),
        fstring_snippet(),
        list_mutation_snippet(),
        dict_mutation_snippet(),
        loop_snippet(),
        int_statement_snippet(),
        direct_float_snippet(),
        subclass_snippet(),
        subclass_snippet(),
    )


def batch(min_size: int = 10, max_size: int = 30) -> st.SearchStrategy[list[Snippet]]:
    return st.lists(snippet(), min_size=min_size, max_size=max_size)
