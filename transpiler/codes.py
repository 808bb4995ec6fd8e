"""The registry of diagnostic codes: every code cfpy reports, what it means, and where
docs/errors.md explains it.

A phase reports a problem with ``logger.error(code, message, ...)``; the logger refuses a
code that is not registered here (a typo would otherwise reach users as a code no doc
explains). docs/errors.md carries the table that ``codes_table()`` renders, between the
``codes:begin``/``codes:end`` markers, and tests/compiler/test_codes.py holds the two
together: every registered code is in the doc's table, and no other code is.

Numbering: CF1xx what cfpy cannot compile, CF2xx modules and imports, CF3xx the worker
against its configuration, CF4xx the JavaScript toolchain, CF900 a bug in cfpy.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    summary: str  # what the code is about, one line (the doc's table)
    anchor: str  # the docs/errors.md section that explains it


def _codes(*entries: tuple[str, str, str]) -> dict[str, Code]:
    return {code: Code(code, summary, anchor) for code, summary, anchor in entries}


_PY = "python-code"
_IMPORTS = "imports"
_BINDINGS = "bindings-code-against-wranglertoml"
_CONFIG = "configuration"
_TOOLCHAIN = "the-javascript-toolchain"

CODES: dict[str, Code] = _codes(
    ("CF100", "Python syntax error", _PY),
    ("CF101", "a construct cfpy does not compile yet", _PY),
    ("CF102", "a builtin refused by design (`eval`, `exec`, `open`, ...)", _PY),
    ("CF103", "`return` outside a function", _PY),
    ("CF104", "bare `raise` outside an `except` block", _PY),
    ("CF110", "undefined name (warning: the line raises NameError when it runs)", _PY),
    ("CF120", "a call passes more positional arguments than the callee takes (warning)", _PY),
    ("CF132", "a string literal with a surrogate pair, which JS keeps as one character", _PY),
    ("CF150", "a worker API coroutine that is never awaited (warning: did you forget `await`?)", _PY),
    ("CF200", "a module file that cannot be read", _IMPORTS),
    ("CF201", "the entry module does not exist", _IMPORTS),
    ("CF202", "a module that is neither in the project nor supported", _IMPORTS),
    ("CF203", "a module refused by design (`os`, `threading`, ...)", _IMPORTS),
    ("CF204", "a name `cloudflare_workers` does not have", _IMPORTS),
    ("CF205", "a name a project or stdlib module does not have", _IMPORTS),
    ("CF206", "a typing-only name used at run time", _IMPORTS),
    ("CF210", "a standard library module whose CPython source cfpy cannot compile yet", _IMPORTS),
    ("CF300", "no wrangler configuration", _CONFIG),
    ("CF301", "an invalid configuration key or file (`main`, a wrong value, bad TOML)", _CONFIG),
    ("CF310", "`durable_objects=` is not a dict literal with string keys", _BINDINGS),
    ("CF311", "the entry module never calls `CloudflareWorkers(...)`", _BINDINGS),
    ("CF312", "`CloudflareWorkers(...)` is called more than once", _BINDINGS),
    ("CF320", "a KV namespace the configuration does not declare", _BINDINGS),
    ("CF321", "a Durable Object namespace the configuration does not declare", _BINDINGS),
    ("CF322", "a variable or secret the configuration does not declare", _BINDINGS),
    ("CF323", "a Durable Object class the code does not register", _BINDINGS),
    ("CF324", "a handler or Durable Object method with the wrong parameters", _BINDINGS),
    ("CF325", "a D1 database, R2 bucket or queue the configuration does not declare", _BINDINGS),
    ("CF326", "a binding the configuration declares as another kind", _BINDINGS),
    ("CF327", "`env.NAME` where the configuration declares no binding or variable NAME", _BINDINGS),
    ("CF330", "a Durable Object class without a migration (warning)", _BINDINGS),
    ("CF401", "Node.js or npm is not installed", _TOOLCHAIN),
    ("CF402", "Node.js is too old", _TOOLCHAIN),
    ("CF403", "`npm ci` of the pinned toolchain failed", _TOOLCHAIN),
    ("CF404", "the installed toolchain has no esbuild for this platform", _TOOLCHAIN),
    ("CF410", "esbuild reported an error", _TOOLCHAIN),
    ("CF411", "esbuild could not be run or did not finish", _TOOLCHAIN),
    ("CF900", "an internal error in cfpy (a bug: please report it)", "what-cfpy-build-prints-for-bad-input"),
)


class UnknownCode(ValueError):
    """A phase reported a code that is not in ``CODES``."""


def check_code(code: str) -> None:
    if code not in CODES:
        raise UnknownCode(f"diagnostic code {code} is not registered in transpiler/codes.py")


def codes_table() -> str:
    """The Markdown table of every code that docs/errors.md carries."""
    rows = ["| code | what it is about |", "|---|---|"]
    rows += [f"| [{c.code}](#{c.anchor}) | {c.summary} |" for c in CODES.values()]
    return "\n".join(rows)
