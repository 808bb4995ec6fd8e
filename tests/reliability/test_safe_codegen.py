"""Safe generated code: what a Python program contains cannot break, or escape from, the JS
cfpy generates for it.

* string literals with quotes, backslashes, ``</script>``, comment markers, template
  syntax, U+2028/U+2029, lone surrogates, NUL and other control characters survive
  compile + run exactly, in the plain and in the minified bundle (compared with CPython
  through ``ascii``/``repr``/``len``/``json.dumps``);
* bytes that no Python file may contain (a raw NUL, a lone surrogate encoded in the file)
  are refused with a diagnostic, never compiled;
* Python names that are JS reserved words or JS/Workers globals work as variables,
  parameters, functions, classes' attributes and methods, dict keys and keyword arguments,
  and never change a dict key, an attribute name or JSON output;
* dict keys and attributes named ``__proto__``, ``constructor``, ``hasOwnProperty``,
  ``toString``, ... are ordinary, and no Python code pollutes a prototype;
* neither the runtime nor any built example bundle contains ``eval(`` or ``new Function``
  (workerd forbids both; the e2e tests run the bundles there).

Every program is compared with CPython's output; where cfpy differs the test is a strict
xfail naming the bug (see the reasons).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cfpy_workers.bundle import map_path  # noqa: E402
from conftest import cfpy  # noqa: E402
from reliability_support import EXAMPLES, ROOT, RUNTIME_JS, run_cfpy, run_cpython  # noqa: E402

# -- string literals -----------------------------------------------------------------------

# Python source text of string literals (as written in the program).
LITERALS = [
    r"""'"'""",
    r'''"'"''',
    r"""'\'"'""",
    r'''"\\"''',
    r'''"\\\\ \\n \\u2028 \\x41"''',
    r'''r"\n\t\u2028\x00"''',
    r'''"</script>"''',
    r'''"</SCRIPT><script>alert(1)</script><!-- -->"''',
    r'''"*/ /* // #"''',
    r'''"${x} `backtick` ${'$'}{y}"''',
    r'''"\u2028"''',
    r'''"\u2029"''',
    r'''"a\u2028b\u2029c"''',
    '"raw\u2028line\u2029sep"',  # U+2028/U+2029 written literally in the source
    r'''"\ud800"''',
    r'''"\udfff"''',
    r'''"x\udc80y"''',
    r'''"\ud83d"''',
    r'''"\x00"''',
    r'''"a\x00b\0c"''',
    r'''"\u0000\x01\x1f\x7f\x80\x9f"''',
    r'''"\x1b[31mred\x1b[0m"''',
    r'''"\r\n\r\t\v\f\a\b"''',
    r'''"\N{SNOWMAN}\N{GRINNING FACE}"''',
    r'''"\U0001F600\U0010FFFF\uffff\ufeff"''',
    '"😀é中\u200d\u0301"',
    '"\'\'\'" + \'"""\' + "\\\\\'"',  # source text: "'''" + '"""' + "\\'"
    r'''"{} {0} %s %% {{"''',
    r'''"use strict"''',
    r'''"__proto__"''',
    r'''"a" "b" 'c' """d"""''',
    r'''"""multi
line\
continued"""''',
    r'''"\\" + '"' + "\\'" + "'"''',
    r""""</script>" * 3 + "\u2028" * 2""",
    r""""".join(chr(c) for c in range(0, 0x300, 7))""",
    r""""x" * 20000 + "</script>\u2028\ud800" + "y" * 20000""",
]

BYTES_LITERALS = [
    r'''b"\x00\xff</script>\\'\""''',
    r'''b"\xe2\x80\xa8\xed\xa0\x80"''',
]


def _literal_program() -> str:
    lines = ["import json", ""]
    for i, lit in enumerate(LITERALS):
        lines.append(f"s{i} = {lit}")
        lines.append(f"print({i}, ascii(s{i}), len(s{i}), json.dumps(s{i}))")
        lines.append(f"print(repr(s{i}).encode('utf-8', 'backslashreplace'))")
        lines.append(f"print(ascii([s{i}, (s{i},), {{s{i}: s{i}}}]))")
        lines.append(f"print(ascii(s{i}[::-1]), ascii(s{i}.upper()), s{i} == {lit})")
    for j, lit in enumerate(BYTES_LITERALS):
        lines.append(f"b{j} = {lit}")
        lines.append(f"print('b{j}', b{j}, len(b{j}), list(b{j}))")
    return "\n".join(lines) + "\n"


def test_literal_program_is_valid_python(tmp_path: Path) -> None:
    result = run_cpython(_literal_program(), tmp_path)
    assert result.returncode == 0, result.stderr.decode()


@pytest.mark.parametrize("minify", [False, True], ids=["plain", "minified"])
def test_string_literals_survive_compile_and_run(minify: bool, tmp_path: Path) -> None:
    source = _literal_program()
    expected = run_cpython(source, tmp_path)
    assert expected.returncode == 0, expected.stderr.decode()
    got = run_cfpy(source, minify=minify)
    assert got.returncode == 0, got.stderr.decode(errors="replace")
    exp_lines = expected.stdout.decode().splitlines()
    got_lines = got.stdout.decode(errors="backslashreplace").splitlines()
    for e, g in zip(exp_lines, got_lines, strict=False):
        assert g == e, f"literal {e.split(' ', 1)[0]}: CPython {e!r}, cfpy {g!r}"
    assert len(got_lines) == len(exp_lines)


@pytest.mark.parametrize(
    ("literal", "column"),
    [
        ('"\\ud83d\\ude00"', 5),
        ('"\\ud83d" "\\ude00"', 5),  # the pair straddles two literals
        ("f\"{''}\\ud83d\\ude00\"", 5),
    ],
)
def test_adjacent_surrogate_escapes_are_refused(tmp_path: Path, literal: str, column: int) -> None:
    """'\\ud83d\\ude00' is two characters in Python; a UTF-16 JS string cannot tell it from
    '😀' (len 1), so cfpy refuses the literal at its position (CF132) instead of
    running a program with different results."""
    source = f"x = {literal}\nprint(len(x), ascii(x), x == '\\U0001f600')\n"
    assert run_cpython(source, tmp_path).stdout == b"2 '\\ud83d\\ude00' False\n"
    got = run_cfpy(source)
    assert got.returncode is None
    assert f":1:{column}: CF132 ".encode() in got.stderr, got.stderr


def test_lone_surrogates_and_astral_escapes_compile(tmp_path: Path) -> None:
    source = (
        'a = "\\ud83d"\nb = "x\\ude00"\nprint(len(a), len(b), ascii(a), ascii(b), '
        'len("\\U0001f600"), ascii("\\ude00\\ud83d"))\n'
    )
    expected = run_cpython(source, tmp_path).stdout
    assert expected == b"1 2 '\\ud83d' 'x\\ude00' 1 '\\ude00\\ud83d'\n"
    assert run_cfpy(source).stdout == expected


def test_comment_and_docstring_text_is_not_code(tmp_path: Path) -> None:
    """A Python comment or docstring holding JS line terminators or comment closers never
    turns into JS code."""
    source = (
        '# comment \u2028 print("injected 1") */ print("injected 2")\n'
        "def f():\n"
        '    """doc \u2028 print("injected 3") */ `${x}` </script>"""\n'
        '    return "ok"\n'
        "\n"
        'x = 1  # \u2029 print("injected 4")\n'
        "print(f(), x)\n"
    )
    expected = run_cpython(source, tmp_path)
    assert expected.stdout == b"ok 1\n"
    for minify in (False, True):
        got = run_cfpy(source, minify=minify)
        assert (got.returncode, got.stdout) == (0, expected.stdout), got.stderr.decode()


@pytest.mark.parametrize(
    "source",
    [
        b'x = "a\x00b"\nprint(x)\n',
        b'x = "\xed\xa0\x80"\nprint(x)\n',  # a UTF-8-encoded lone surrogate
        b'x = "\xff"\nprint(x)\n',
    ],
    ids=["raw-nul", "encoded-surrogate", "invalid-utf8"],
)
def test_bytes_no_python_file_may_contain_are_refused(source: bytes, tmp_path: Path) -> None:
    assert run_cpython(source, tmp_path).returncode != 0  # CPython refuses them too
    got = run_cfpy(source)
    assert got.returncode is None, "cfpy compiled a file CPython cannot read"
    text = got.stderr.decode()
    assert re.search(r"\bCF(100|200)\b", text), text
    assert "CF900" not in text and "Traceback" not in text


# -- JS reserved words and globals as Python names -----------------------------------------

JS_NAMES = """new this arguments eval Object Response fetch undefined NaN Infinity Symbol Promise
JSON Map Array globalThis default function var delete typeof void switch case let static enum
String Number Math Error Reflect Proxy console process require module exports window
constructor prototype __proto__ toString valueOf hasOwnProperty length caller callee apply
call bind then instanceof interface package private protected public implements null true
false""".split()

# (name, what is left out of the generated program) for the bugs tested separately below,
# and for documented deviations.
SKIP_CLASS_ATTR = {"prototype"}  # a class attribute `prototype` is refused (CF101)
SKIP_TYPE_NAME = {"constructor"}  # BUG: see test_attribute_named_constructor_keeps_type
SKIP_GETATTR = {"__proto__"}  # BUG: see test_proto_attribute_is_an_ordinary_attribute
SKIP_MODULE_CALL: set[str] = set()


def _names_program(names: list[str]) -> str:
    out = ["import json", ""]
    for n in names:
        cls_attr = "" if n in SKIP_CLASS_ATTR else f'{n} = "class attr {n}"'
        cls_read = "" if n in SKIP_CLASS_ATTR else f"K_{n}.{n},"
        get = "" if n in SKIP_GETATTR else f'getattr(k, "{n}"),'
        tname = "" if n in SKIP_TYPE_NAME else "type(k).__name__"
        attrs = "" if n in SKIP_GETATTR else "vars(k), json.dumps(k.__dict__)"
        out.append(f"""
def {n}({n}, *, kw_{n}=0):
    return [{n}, kw_{n}]


class K_{n}:
    {cls_attr or "pass"}

    def __init__(self, {n}=1):
        self.{n} = {n}

    def m_{n}(self, {n}):
        return {n}


def block_{n}():
    {n} = 7
    k = K_{n}()
    k.{n} = {n} + 1
    d = {{"{n}": {n}, {n}: "{n}"}}
    lam = lambda **kw: sorted(kw.items())

    def kwonly(*, {n}=0):
        return {n}

    {n} += 1
    print({n}, k.{n}, {get} hasattr(k, "{n}"), {cls_read} k.m_{n}({n}={n}), K_{n}({n}=5).{n})
    print(d, json.dumps(d), dict({n}=1), lam({n}=2), lam(**{{"{n}": 3}}), kwonly({n}=4), kwonly())
    print(json.dumps({{"{n}": [{n}, "{n}"]}}, sort_keys=True), json.loads('{{"{n}": 1}}'))
    print([{n} for {n} in range(2)], {{{n}: {n} for {n} in "ab"}}, (lambda {n}: {n} * 2)(3))
    for {n} in ["loop"]:
        pass
    print({n}, {tname})
    print({attrs})
""")
    for n in names:
        out.append(
            f'try:\n    block_{n}()\nexcept Exception as e:\n    print("{n}:", type(e).__name__, e)'
        )
    for n in names:
        if n not in SKIP_MODULE_CALL:
            out.append(f"print({n}(1), {n}(2, kw_{n}=3), {n}({n}=4))")
    return "\n".join(out) + "\n"


def test_js_reserved_words_and_globals_work_as_python_names(tmp_path: Path) -> None:
    source = _names_program(JS_NAMES)
    expected = run_cpython(source, tmp_path)
    assert expected.returncode == 0, expected.stderr.decode()
    got = run_cfpy(source)
    assert got.returncode == 0, got.stderr.decode()
    assert got.stdout.decode().splitlines() == expected.stdout.decode().splitlines()


def test_eval_is_refused_as_a_call_but_works_as_a_variable(tmp_path: Path) -> None:
    refused = run_cfpy('x = eval("1 + 1")\nprint(x)\n')
    assert refused.returncode is None and b"CF102" in refused.stderr
    source = "eval = 5\nexec = [eval]\nprint(eval, exec)\n"
    assert run_cfpy(source).stdout == run_cpython(source, tmp_path).stdout == b"5 [5]\n"


def test_user_function_named_eval_is_called(tmp_path: Path) -> None:
    source = "def eval(x):\n    return [x]\n\n\nprint(eval(1))\n"
    assert run_cfpy(source).stdout == run_cpython(source, tmp_path).stdout == b"[1]\n"


def test_reserved_word_function_keeps_its_python_name(tmp_path: Path) -> None:
    source = (
        "def new():\n    pass\n\n\nclass this:\n    pass\n\n\n"
        "print(new.__name__, this.__name__, type(this()).__name__)\n"
    )
    assert run_cfpy(source).stdout == run_cpython(source, tmp_path).stdout == b"new this this\n"


def test_identifiers_are_nfkc_normalized(tmp_path: Path) -> None:
    source = "ℌ = 1\nﬁx = 2\nprint(H, fix)\n\n\ndef ｆ(ａ=1):\n    return a\n\n\nprint(f(a=3), ｆ.__name__)\n"
    assert run_cfpy(source).stdout == run_cpython(source, tmp_path).stdout == b"1 2\n3 f\n"


def test_non_ascii_identifiers(tmp_path: Path) -> None:
    source = (
        "café = 1\n\n\nclass Ñandú:\n    größe = 2\n\n    def 測試(self, π=3.5):\n"
        "        return π\n\n\n"
        "print(café, Ñandú.größe, Ñandú().測試(), Ñandú.__name__, {'café': café})\n"
    )
    expected = run_cpython(source, tmp_path).stdout
    assert expected == "1 2 3.5 Ñandú {'café': 1}\n".encode()
    assert run_cfpy(source).stdout == expected
    assert run_cfpy(source, minify=True).stdout == expected


# -- prototype keys and attributes ----------------------------------------------------------

PROTO_PROGRAM = r"""
import json

KEYS = ["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf", "prototype",
        "__defineGetter__", "isPrototypeOf", "length", "then", "__class__", "__dict__"]

d = {k: i for i, k in enumerate(KEYS)}
print(d, len(d), list(d) == KEYS)
print([d[k] for k in KEYS], [k in d for k in KEYS], "polluted" in d)
text = json.dumps(d)
print(text)
back = json.loads(text)
print(back == d, list(back) == KEYS)
nested = json.loads('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}}')
print(nested, nested["__proto__"]["polluted"], json.dumps(nested, sort_keys=True))
e = {}
e["__proto__"] = {"polluted": 3}
e.update({"constructor": 4})
e.setdefault("toString", 5)
print(e, e.get("__proto__"), e.pop("constructor"), sorted(e))
print(dict(__proto__=1, constructor=2), dict([("__proto__", 3)]), dict.fromkeys(["__proto__"]))


def kw(**k):
    return sorted(k.items())


print(kw(**d) == sorted(d.items()), kw(__proto__=1, toString=2))


class O:
    pass


o = O()
o.__proto__ = {"polluted": 4}
o.hasOwnProperty = 5
o.toString = 6
o.valueOf = 7
o.prototype_ = 8
setattr(o, "isPrototypeOf", 9)
print(o.__proto__, o.hasOwnProperty, o.toString, o.valueOf, getattr(o, "isPrototypeOf"))
print(o == o, o is o, [o].count(o), {1: o}[1] is o, isinstance(o, O), type(o) is O)
fresh = O()
print([hasattr(x, "polluted") for x in (fresh, {}, [], (), "", 1, O, json)])
print(hasattr(fresh, "hasOwnProperty"), hasattr(fresh, "isPrototypeOf"), {}.get("polluted"))
print(str(1), str([1]), str({"a": 1}), repr("x"), f"{fresh.__class__.__name__}")
"""


def test_prototype_named_keys_and_attributes_are_ordinary(tmp_path: Path) -> None:
    expected = run_cpython(PROTO_PROGRAM, tmp_path)
    assert expected.returncode == 0, expected.stderr.decode()
    for minify in (False, True):
        got = run_cfpy(PROTO_PROGRAM, minify=minify)
        assert got.returncode == 0, got.stderr.decode()
        assert got.stdout.decode().splitlines() == expected.stdout.decode().splitlines()


def test_no_prototype_pollution_visible_from_js_objects(tmp_path: Path) -> None:
    """After Python code stores `__proto__`/`constructor` keys and attributes everywhere,
    a fresh JS object (and Object.prototype itself) has no new property."""
    source = (
        "import json\nfrom js import Object\n\n\nclass O:\n    pass\n\n\n"
        "o = O()\no.__proto__ = {'polluted': 1}\n"
        'd = json.loads(\'{"__proto__": {"polluted": 1}}\')\n'
        "d['__proto__'] = {'polluted': 1}\n"
        "e = dict(__proto__={'polluted': 1})\n"
        "setattr(O(), 'polluted', 1)\n"
        # (`Object.prototype` itself is not a Python attribute: `prototype` is stored as
        # `prototype$`, docs/design.md "Names".)
        "fresh = Object()\nproto = Object.getPrototypeOf(fresh)\n"
        # (getattr would not tell: it ignores what JS's own prototypes carry.)
        "print(list(Object.keys(fresh)), 'polluted' in Object.getOwnPropertyNames(proto))\n"
    )
    got = run_cfpy(source)
    assert (got.returncode, got.stdout) == (0, b"[] False\n"), got.stderr.decode()


def test_setattr_proto_does_not_replace_the_prototype(tmp_path: Path) -> None:
    source = (
        "class O:\n    def hello(self):\n        return 'hello'\n\n\n"
        "o = O()\nsetattr(o, '__proto__', {'polluted': 1})\n"
        "print(type(o).__name__, o.hello(), getattr(o, '__proto__'))\n"
    )
    expected = run_cpython(source, tmp_path).stdout
    assert expected == b"O hello {'polluted': 1}\n"
    assert run_cfpy(source).stdout == expected


def test_proto_attribute_is_an_ordinary_attribute(tmp_path: Path) -> None:
    source = (
        "class O:\n    pass\n\n\no = O()\no.__proto__ = 1\n"
        "print(vars(o), o.__dict__)\n"
        "print(getattr(o, '__proto__'), hasattr(o, '__proto__'))\n"
    )
    expected = b"{'__proto__': 1} {'__proto__': 1}\n1 True\n"
    assert run_cfpy(source).stdout == run_cpython(source, tmp_path).stdout == expected


def test_attribute_named_constructor_keeps_type(tmp_path: Path) -> None:
    source = (
        "class O:\n    pass\n\n\no = O()\no.constructor = 5\n"
        "print(type(o).__name__, o.constructor, isinstance(o, O))\n"
    )
    assert run_cfpy(source).stdout == run_cpython(source, tmp_path).stdout == b"O 5 True\n"


def test_object_with_then_method_can_be_awaited(tmp_path: Path) -> None:
    source = (
        "import asyncio\n\n\nclass T:\n    def then(self, x):\n        return 'then'\n\n\n"
        "async def get():\n    return T()\n\n\n"
        "async def main():\n    t = await get()\n    print(type(t).__name__, t.then(1))\n\n\n"
        "asyncio.run(main())\n"
    )
    expected = run_cpython(source, tmp_path).stdout
    assert expected == b"T then\n"
    assert run_cfpy(source).stdout == expected


JS_PROTOCOL_NAMES_PROGRAM = r"""
import asyncio
from collections import namedtuple
from dataclasses import dataclass
from enum import Enum


class T:
    kind = "t"

    def then(self, x):
        return "then"

    def toString(self):
        return "ts"

    @classmethod
    def valueOf(cls):
        return cls.__name__

    @property
    def toJSON(self):
        return "tj"


async def get():
    return T()


async def main():
    t = await get()
    print(type(t).__name__, t.then(1), t.toString(), T.valueOf(), t.valueOf(), t.toJSON)
    print(T.then.__name__, t.then.__name__, getattr(t, "then")(2), hasattr(t, "then"), T.then(t, 3))
    print(sorted(n for n in dir(t) if not n.startswith("_")))
    f = t.then
    print(f(1), t.then(x=4))


asyncio.run(main())


class O:
    pass


o = O()
o.constructor = 5
print(type(o).__name__, o.constructor, isinstance(o, O), vars(o))
o2 = O()
setattr(o2, "__proto__", {"polluted": 1})
print(type(o2).__name__, getattr(o2, "__proto__"), vars(o2), o2.__dict__)
o3 = O()
o3.__proto__ = 1
print(vars(o3), o3.__dict__, getattr(o3, "__proto__"), hasattr(o3, "__proto__"), o3.__proto__)
delattr(o3, "__proto__")
print(hasattr(o3, "__proto__"), vars(o3))
o3.then = 7
o3.then += 1
print(o3.then, vars(o3))
try:
    o3.valueOf
except AttributeError as e:
    print(e)
print(hasattr(o3, "toString"), hasattr(o3, "constructor"))


@dataclass
class D:
    then: int
    constructor: str = "c"


d = D(1)
print(d, d.then, d.constructor, d == D(1), vars(d), type(d).__name__)
d2 = D(then=2, constructor="x")
print(d2)


async def m2():
    return d


print(asyncio.run(m2()))

match d:
    case D(then=1):
        print("matched")


class E(T):
    def then(self, x):
        return "E" + super().then(x)


print(E().then(0))


P = namedtuple("P", ["then", "constructor"])
p = P(1, 2)
print(p, p.then, p.constructor, type(p).__name__, p._asdict(), p._replace(then=5))


async def g():
    return p


print(asyncio.run(g()))


class Color(Enum):
    then = 1
    toString = 2


print(Color.then, Color.then.value, Color.toString.name, list(Color), Color["then"], Color(1))


class S:
    __slots__ = ("then",)

    def __init__(self):
        self.then = 3


s = S()
print(s.then)


"""


def test_js_protocol_attribute_names_are_ordinary_attributes(tmp_path: Path) -> None:
    """Methods, class attributes, properties, instance attributes, dataclass and namedtuple
    fields and enum members named `then`, `constructor`, `__proto__`, `toString`,
    `valueOf`, `toJSON` behave as in CPython everywhere names are read at run time
    (getattr/setattr/hasattr/delattr, vars, __dict__, dir, match, super, await)."""
    expected = run_cpython(JS_PROTOCOL_NAMES_PROGRAM, tmp_path).stdout
    assert b"T then ts T T tj" in expected and b"Color.then 1 toString" in expected
    assert run_cfpy(JS_PROTOCOL_NAMES_PROGRAM).stdout == expected


# -- no eval / new Function -----------------------------------------------------------------

FORBIDDEN = [
    ("eval(", re.compile(r"(?<![\w$.])eval\s*\(")),
    ("new Function", re.compile(r"\bnew\s+Function\b")),
    ("Function(", re.compile(r"(?<![\w$.])Function\s*\(")),
    (
        "setTimeout/setInterval with a string",
        re.compile(r"\bset(?:Timeout|Interval)\s*\(\s*[\"'`]"),
    ),
]

TEMPLATES = ["hello", "kv", "durable-object"]


def _forbidden_uses(text: str) -> list[str]:
    found = []
    for label, pattern in FORBIDDEN:
        for m in pattern.finditer(text):
            found.append(
                f"{label} at {m.start()}: ...{text[max(0, m.start() - 40) : m.end() + 40]!r}..."
            )
    return found


def test_runtime_sources_never_evaluate_code() -> None:
    sources = sorted(RUNTIME_JS.rglob("*.js")) + sorted((ROOT / "templates").rglob("*.j2"))
    assert len(sources) > 20
    problems = {str(p.relative_to(ROOT)): _forbidden_uses(p.read_text()) for p in sources}
    assert {k: v for k, v in problems.items() if v} == {}


def test_built_bundles_never_evaluate_code(tmp_path: Path) -> None:
    projects = []
    for example in sorted(p for p in EXAMPLES.iterdir() if (p / "wrangler.toml").is_file()):
        target = tmp_path / example.name
        shutil.copytree(example, target, ignore=shutil.ignore_patterns("build", ".cfpy"))
        projects.append(target)
    for template in TEMPLATES:
        target = tmp_path / f"init-{template}"
        result = cfpy("init", str(target), "--template", template)
        assert result.returncode == 0, result.stderr
        projects.append(target)

    def build(project: Path) -> Path:
        result = cfpy("build", str(project))
        assert result.returncode == 0, result.stderr
        return project

    with ThreadPoolExecutor(max_workers=3) as pool:
        built = list(pool.map(build, projects))
    assert len(built) >= 6
    for project in built:
        assert _forbidden_uses((project / "build" / "worker.js").read_text()) == [], project.name
        # the unminified sources of every module in the bundle, runtime included
        smap = json.loads(map_path(project / "build" / "worker.js").read_text())  # type: ignore[union-attr]
        contents = smap.get("sourcesContent", [])
        assert len(contents) == len(smap["sources"]) > 10
        for name, text in zip(smap["sources"], contents, strict=True):
            if name.endswith(".py"):
                continue  # the Python source itself is not JS
            assert _forbidden_uses(text or "") == [], f"{project.name}: {name}"


def test_the_scan_finds_eval_and_new_function() -> None:
    assert _forbidden_uses("x=eval(s)") and _forbidden_uses("const f = new Function('a', b)")
    assert _forbidden_uses("Function('return this')()")
    assert _forbidden_uses("a.$eval(x); isFunction(y); evaluate(z); f.eval(1)") == []
