"""Hostile program and project generators for the compiler fuzzer (issue 12).

* ``chain_program(rng)``: long chains and deep nesting CPython still compiles (hundreds of
  `elif`s, `and`/`or`/`+` chains of thousands of terms, calls/lists/subscripts nested up
  to CPython's parser limit, deeply nested blocks and lambdas), and now and then one
  CPython refuses as too deep (cfpy must refuse it with a positioned error, never CF900).
* ``identifier_program(rng)``: JS reserved words, JS protocol names (`then`,
  `constructor`, `__proto__`, ...) and `$`-names as module globals, functions,
  parameters, keywords, classes, class attributes, methods, instance attributes,
  dataclass/NamedTuple fields, dict keys and `getattr`/`setattr` names.
* ``project_case(rng)``: a project shape: a wrangler config (TOML or JSONC, odd `main`
  values), sources with BOMs, coding declarations and CRLF, symlinks (loops, links out
  of the project, links over the config), hostile names as module globals, defs and
  classes read from another module (`helpers.default`, `from helpers import then`),
  sometimes across an import cycle. ``check_project`` builds it up to the compiled
  modules (no bundling) and checks that nothing escapes: no Python exception, nothing
  written outside ``.cfpy/`` of the project, no source or config changed.

All deterministic for a given ``random.Random`` state.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# -- long chains and deep nesting ----------------------------------------------------------


def _elif_chain(rng: random.Random) -> str:
    n = rng.choice([50, 200, 340, 600, rng.randrange(1, 1500)])
    var = rng.choice(["x", "default", "s"])
    lines = [f"{var} = {rng.randrange(n)}", "def pick(v):", "    if v == -1:", "        return -1"]
    for i in range(n):
        body = rng.choice([f"return {i}", f"return str({i})", "pass", f"v = {i}"])
        lines += [f"    elif v == {i}:", f"        {body}"]
    if rng.random() < 0.5:
        lines += ["    else:", "        return None"]
    lines.append(f"print(pick({var}))")
    return "\n".join(lines) + "\n"


_TERMS = ["a", "0", "1", "''", "'s'", "None", "[]", "[0]", "x > 1", "2.5", "0.0", "b()", "(a or 0)"]


def _bool_chain(rng: random.Random) -> str:
    n = rng.choice([3, 49, 50, 51, 400, 2000, rng.randrange(2, 5000)])
    ops = [rng.choice(["and", "or"])] if rng.random() < 0.7 else ["and", "or"]
    parts = [rng.choice(_TERMS)]
    for _ in range(n - 1):
        parts += [rng.choice(ops), rng.choice(_TERMS)]
    expr = " ".join(parts)
    if rng.random() < 0.5:
        expr = f"not ({expr})"
    head = "a = 1\nx = 3\ndef b():\n    return 'b'\n"
    where = rng.choice(["print({})", "y = {}\nprint(y)", "def f():\n    return {}\nprint(f())",
                        "while {}:\n    break", "assert {} or True"])
    return head + where.format(expr) + "\n"


_BINOPS = ["+", "-", "*", "|", "&", "^", "%", "//", "<<"]


def _binary_chain(rng: random.Random) -> str:
    # libcst parses a chain of n binary operators in O(n**2) time (1000 terms: seconds,
    # 3000: about a minute), so chains stay short of that; 3500 is refused by CPython
    # (nested too deeply) before libcst sees it.
    n = rng.choice([49, 50, 300, 1000, 3500, rng.randrange(2, 1200)])
    op = rng.choice(_BINOPS + ["mixed"])
    operand = rng.choice(["n", "s", "1", "2.5", "xs", "n * 2"])
    parts = [operand]
    for _ in range(n - 1):
        parts += [rng.choice(_BINOPS) if op == "mixed" else op, operand]
    expr = " ".join(parts)
    if operand == "s":
        expr = " + ".join(["s"] * n)
    if operand == "xs":
        expr = " + ".join(["xs"] * n)
    return f"n = 3\ns = 'ab'\nxs = [1]\nr = {expr}\nprint(r if not isinstance(r, list) else len(r))\n"


def _nesting(rng: random.Random) -> str:
    depth = rng.choice([20, 98, 150, 199, 200, rng.randrange(1, 210)])
    kind = rng.choice(["call", "list", "paren", "tuple", "dict", "subscript", "attr", "lambda",
                       "not", "neg", "ifexp", "fstring", "set", "comprehension"])
    if kind == "call":
        return "def f(v):\n    return v\nprint(" + "f(" * depth + "1" + ")" * depth + ")\n"
    if kind == "list":
        return "print(" + "[" * depth + "1" + "]" * depth + ")\n"
    if kind == "paren":
        return "print(" + "(" * depth + "1" + ")" * depth + ")\n"
    if kind == "tuple":
        return "print(" + "(" * depth + "1," + ")," * (depth - 1) + ")" + ")\n"
    if kind == "dict":
        return "print(" + "{'k': " * depth + "1" + "}" * depth + ")\n"
    # (libcst parses postfix chains in superlinear time: 1000 subscripts take ~10 s)
    if kind == "subscript":
        return "a = []\na.append(a)\nprint(a" + "[0]" * depth * 2 + " is a)\n"
    if kind == "attr":
        return "class A:\n    pass\na = A()\na.a = a\nprint(a" + ".a" * depth * 5 + " is a)\n"
    if kind == "lambda":
        return "f = " + "lambda: " * depth + "1\nprint(f" + "()" * depth + ")\n"
    if kind == "not":
        return "print(" + "not " * depth * 5 + "0)\n"
    if kind == "neg":
        return "print(" + "-" * depth * 5 + "1, " + "~" * depth * 3 + "1)\n"
    if kind == "ifexp":
        return "x = 1\nprint(" + "x if x else " * depth * 3 + "0)\n"
    if kind == "fstring":
        inner = "x"
        for _ in range(min(depth, 3)):
            inner = "f'{" + inner + "}'"
        return f"x = 1\nprint({inner})\n"
    if kind == "set":
        return "print(" + "{frozenset(" * min(depth, 90) + ")}" * min(depth, 90) + ")\n"
    return "print(" + "[" * min(depth, 60) + "x for x in range(2)" + "]" * min(depth, 60) + ")\n"


def _deep_blocks(rng: random.Random) -> str:
    depth = rng.choice([20, 60, 99, 100, rng.randrange(1, 101)])
    kind = rng.choice(["if", "for", "while", "def", "try", "with", "class"])
    lines: list[str] = ["import contextlib", "x = 1"]
    for level in range(depth):
        pad = "    " * level
        if kind == "if":
            lines.append(f"{pad}if x:")
        elif kind == "for":
            lines.append(f"{pad}for i{level} in range(1):")
        elif kind == "while":
            lines.append(f"{pad}while x:")
        elif kind == "def":
            lines.append(f"{pad}def f{level}():")
        elif kind == "try":
            lines.append(f"{pad}try:")
        elif kind == "with":
            lines.append(f"{pad}with contextlib.nullcontext():")
        else:
            lines.append(f"{pad}class C{level}:")
    pad = "    " * depth
    lines.append(f"{pad}print('deep')" + ("\n" + pad + "break" if kind == "while" else ""))
    if kind == "try":
        for level in reversed(range(depth)):
            lines.append("    " * level + "except Exception:\n" + "    " * (level + 1) + "pass")
    return "\n".join(lines) + "\n"


def chain_program(rng: random.Random) -> str:
    make = rng.choice([_elif_chain, _bool_chain, _binary_chain, _nesting, _deep_blocks])
    return make(rng)


# -- hostile identifiers ------------------------------------------------------------------

# Python identifiers that are JS reserved words, strict-mode names or JS globals.
JS_WORDS = ["default", "new", "function", "var", "let", "this", "typeof", "delete", "void",
            "switch", "case", "catch", "const", "enum", "export", "extends", "static", "super",
            "undefined", "NaN", "Infinity", "eval", "arguments", "package", "private",
            "interface", "implements", "protected", "public", "yield_", "instanceof", "do",
            "debugger", "volatile", "int", "float", "globalThis"]
# Names JS engines consult implicitly, and JS-only properties of functions/objects.
JS_PROTOCOL = ["then", "constructor", "__proto__", "toString", "valueOf", "toJSON",
               "prototype", "length", "name", "caller", "callee", "apply", "bind", "call",
               "hasOwnProperty", "isPrototypeOf", "size", "next", "done", "value"]
DOLLAR = ["$v", "$m", "$entries", "$u8", "$cfpy", "$p", "$U", "$", "$$", "a$b", "$pyname"]


def _ident(rng: random.Random) -> str:
    return rng.choice(JS_WORDS + JS_PROTOCOL)


def _key(rng: random.Random) -> str:
    return rng.choice(JS_WORDS + JS_PROTOCOL + DOLLAR)


def identifier_program(rng: random.Random) -> str:
    """A program using hostile names in many roles at once."""
    parts: list[str] = ["import dataclasses", "import collections", "import typing", ""]
    names = [_ident(rng) for _ in range(rng.randrange(2, 6))]
    g, f, p, c, a = (_ident(rng) for _ in range(5))
    key, key2 = _key(rng), _key(rng)
    roles = rng.sample(range(12), rng.randrange(3, 12))
    for role in roles:
        if role == 0:
            parts += [f"{n} = {i}" for i, n in enumerate(names)]
            parts.append(f"print({', '.join(names)})")
        elif role == 1:
            parts += [f"def {f}({p}, *args, **kwargs):", f"    return ({p}, args, kwargs)",
                      f"print({f}(1, 2, **{{{key!r}: 3}}), {f}({p}=4))"]
        elif role == 2:
            parts += [f"class {c}:", f"    {a} = 'class attr'",
                      f"    def {g}(self, {p}=1):", f"        self.{a} = {p}",
                      f"        return self.{a}",
                      f"o = {c}()", f"print(o.{a}, o.{g}(), o.{a}, {c}.{a})"]
        elif role == 3:
            parts += ["o2 = type('O', (), {})()", f"setattr(o2, {key!r}, 5)",
                      f"print(getattr(o2, {key!r}), hasattr(o2, {key2!r}), vars(o2))",
                      f"delattr(o2, {key!r})", f"print(hasattr(o2, {key!r}))"]
        elif role == 4:
            fields = sorted({_ident(rng) for _ in range(3)} - {"yield_"})
            parts += ["@dataclasses.dataclass", "class D:"]
            parts += [f"    {fld}: int = {i}" for i, fld in enumerate(fields)] or ["    pass"]
            parts += ["d = D()", "print(d, dataclasses.asdict(d), dataclasses.astuple(d))"]
        elif role == 5:
            fields = sorted({_ident(rng) for _ in range(3)})
            parts += [f"T = collections.namedtuple('T', {fields!r})",
                      f"t = T(*range({len(fields)}))", "print(t, t._asdict(), t._fields)"]
            parts += [f"print(t.{fld})" for fld in fields]
        elif role == 6:
            parts += [f"d2 = {{{key!r}: 1, {key2!r}: 2, {a!r}: 3}}",
                      f"d2[{key!r}] += 1", "print(d2, list(d2), dict(**d2) if all(k.isidentifier() for k in d2) else 0)"]
        elif role == 7:
            parts += ["class N(typing.NamedTuple):", f"    {a}: int = 1", f"    {p}: str = 's'",
                      "n = N()", f"print(n, n.{a}, n.{p}, n._asdict())"] if a != p else []
        elif role == 8:
            parts += ["def outer():", f"    {g} = 1", "    def inner():",
                      f"        nonlocal {g}", f"        {g} += 1", f"        return {g}",
                      "    return inner()", "print(outer())"]
        elif role == 9:
            parts += [f"print({{{key!r}: v for v in range(2)}}, [{p} for {p} in range(3)])"]
        elif role == 10:
            parts += ["import json", f"print(json.dumps({{{key!r}: [{key2!r}]}}), json.loads('{{\"{key}\": 1}}'))"]
        else:
            parts += [f"def {g}():", "    pass", f"print({g}.__name__, getattr({g}, {key!r}, 'none'),"
                      f" hasattr({g}, {key2!r}))"]
    return "\n".join(parts) + "\n"


# -- project shapes -------------------------------------------------------------------------

MAINS = ["build/worker.js", "src/worker.py", "wrangler.toml", "../outside/x.js", "", "src",
         "/tmp/abs.js", "build", "src/helpers.py", "build/../build/w.mjs", ".", "./",
         "build/worker.txt", "pyproject.toml", "worker.js", "a b/ünï.js", "build\\w.js",
         ".cfpy/build/entry.js", "src/worker.js", "link-out/x.js", "link-config.js"]
ENCODINGS = ["utf-8", "utf-8-bom", "latin-1-decl", "cp1252-decl", "crlf", "bad-utf8",
             "unknown-decl", "nul"]


@dataclass
class ProjectCase:
    """A project to lay out in a temp folder: config text, sources, links."""

    config_name: str
    config: str
    sources: dict[str, bytes] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)  # path -> link target (relative)


def _source(rng: random.Random, text: str) -> bytes:
    encoding = rng.choice(ENCODINGS)
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode()
    if encoding == "latin-1-decl":
        return ("# -*- coding: latin-1 -*-\n" + text + "s = 'café'\n").encode("latin-1", "replace")
    if encoding == "cp1252-decl":
        return ("# vim: set fileencoding=cp1252 :\n" + text + "s = '€'\n").encode("cp1252")
    if encoding == "crlf":
        return text.replace("\n", "\r\n").encode()
    if encoding == "bad-utf8":
        return text.encode() + b"x = '\xff'\n"
    if encoding == "unknown-decl":
        return b"# coding: no-such-codec\n" + text.encode()
    if encoding == "nul":
        return text.encode() + b"\x00\n"
    return text.encode()


WORKER = """from cloudflare_workers import CloudflareWorkers, Request, Response
import helpers


async def fetch(request: Request, env, ctx) -> Response:
    return Response.ok(helpers.greet(request.path))


CloudflareWorkers(fetch=fetch)
"""
HELPERS = "def greet(path):\n    return 'hi ' + path\n"


def _hostile_modules(rng: random.Random) -> tuple[str, str]:
    """(helpers text, worker text): helpers binds hostile names as globals, a def and a
    class; the worker reads them as `helpers.name` and by `from helpers import name`,
    and now and then helpers imports the worker back (an import cycle)."""
    names = sorted({_ident(rng) for _ in range(rng.randrange(1, 5))})
    fn, cls = _ident(rng), _ident(rng)
    helpers = HELPERS + "".join(f"{n} = {i!r}\n" for i, n in enumerate(names))
    helpers += f"def {fn}():\n    return 'fn'\nclass {cls}:\n    {names[0]} = 1\n"
    if rng.random() < 0.3:
        helpers = "import worker\n" + helpers
    imported = rng.sample([*names, fn, cls], rng.randrange(1, len(names) + 3))
    worker = WORKER.replace("import helpers\n", "import helpers\nfrom helpers import "
                            + ", ".join(imported) + "\n")
    worker += f"print(helpers.{names[-1]}, helpers.{fn}(), helpers.{cls}.{names[0]})\n"
    return helpers, worker


def project_case(rng: random.Random) -> ProjectCase:
    main = rng.choice(MAINS)
    toml = rng.random() < 0.5
    name = "wrangler.toml" if toml else "wrangler.jsonc"
    extra = rng.choice(["", "x = 1", '"a,}" ', "// c", "/* ,] */"])
    if toml:
        config = f'name = "w"\nmain = {main!r}\ncompatibility_date = "2024-09-23"\n'.replace("'", '"')
    else:
        config = ('{\n  // ' + extra + '\n  "name": "w",\n  "main": ' + repr(main).replace("'", '"')
                  + ',\n  "compatibility_date": "2024-09-23",\n}\n')
    case = ProjectCase(name, config)
    helpers, worker = _hostile_modules(rng) if rng.random() < 0.5 else (HELPERS, WORKER)
    case.sources["src/worker.py"] = _source(rng, worker)
    case.sources["src/helpers.py"] = _source(rng, helpers)
    for _ in range(rng.randrange(0, 3)):
        where = rng.choice(["src/worker.py", "src/helpers.py", "link-out", "link-config.js",
                            "build", ".cfpy", "src/loop.py"])
        target = rng.choice(["worker.py", "helpers.py", "../outside", f"../{name}", "loop.py",
                             "../../outside", "."])
        case.links[where] = target
    return case


def check_project(case: ProjectCase) -> list[str]:
    """Lay out ``case`` in a temp folder (next to an ``outside`` folder) and build it up to
    the compiled modules. Problems: a Python exception, an error without a diagnostic, a
    file written or changed outside the project's ``.cfpy/`` and ``main``."""
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import discover_modules, write_modules
    from cfpy_workers.project import load_project

    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cfpy-fuzz-project-") as tmp:
        base = Path(tmp)
        outside = base / "outside"
        outside.mkdir()
        (outside / "keep.txt").write_text("outside\n")
        root = base / "p"
        (root / "src").mkdir(parents=True)
        (root / case.config_name).write_text(case.config, encoding="utf-8")
        for rel, data in case.sources.items():
            (root / rel).write_bytes(data)
        for rel, target in case.links.items():
            link = root / rel
            if link.is_symlink() or link.exists():
                if link.is_dir() and not link.is_symlink():
                    shutil.rmtree(link)
                else:
                    link.unlink()
            link.parent.mkdir(parents=True, exist_ok=True)
            link.symlink_to(target)
        before = _snapshot(base)
        try:
            logger = Logger()
            config = load_project(root, logger)
            if config is not None:
                modules = discover_modules(config.entry, logger)
                if not logger.has_errors:
                    write_modules(modules, config.build_dir / "modules", logger, main=None)
            if config is None and not logger.has_errors:
                problems.append("no config and no error")
            for diag in logger.diagnostics:
                diag.render()
        except Exception:  # noqa: BLE001 - the finding
            problems.append("crash:\n" + traceback.format_exc())
        after = _snapshot(base)
        for path, stamp in sorted(after.items()):
            inside_build = path.startswith("p/.cfpy/") or path.startswith("p/build/")
            if before.get(path) != stamp and not inside_build:
                problems.append(f"wrote {path}")
        for path in sorted(set(before) - set(after)):
            problems.append(f"removed {path}")
    return problems


def _snapshot(base: Path) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for folder, _dirs, names in os.walk(base, followlinks=False):
        for name in names:
            path = Path(folder) / name
            try:
                stat = path.lstat()
            except OSError:
                continue
            found[path.relative_to(base).as_posix()] = (stat.st_size, stat.st_mtime_ns)
    return found


GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "chains": chain_program,
    "identifiers": identifier_program,
}
