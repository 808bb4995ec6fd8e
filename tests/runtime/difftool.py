"""Differential testing helpers: evaluate Python expressions with CPython and the matching
JS expressions with the cfpy runtime, and compare `repr` (or the exception line)."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "runtime_shim" / "js"


def norm_repr(v, seen=None) -> str:
    """repr() of a CPython value, container by container (sets in iteration order)."""
    if seen is None:
        seen = set()
    if isinstance(v, (list, tuple, dict, set, frozenset)):
        if id(v) in seen:
            return {list: "[...]", tuple: "(...)", dict: "{...}"}.get(type(v), "...")
        seen = seen | {id(v)}
    if type(v) is list:
        return "[" + ", ".join(norm_repr(x, seen) for x in v) + "]"
    if type(v) is tuple:
        if len(v) == 1:
            return "(" + norm_repr(v[0], seen) + ",)"
        return "(" + ", ".join(norm_repr(x, seen) for x in v) + ")"
    if type(v) is dict:
        return (
            "{"
            + ", ".join(f"{norm_repr(k, seen)}: {norm_repr(x, seen)}" for k, x in v.items())
            + "}"
        )
    if type(v) in (set, frozenset):
        if not v:
            return f"{type(v).__name__}()"
        body = "{" + ", ".join(norm_repr(x, seen) for x in v) + "}"
        return body if type(v) is set else f"frozenset({body})"
    return repr(v)


EXC_NAMES = (
    "BaseException Exception ArithmeticError ZeroDivisionError OverflowError LookupError "
    "IndexError KeyError ValueError TypeError AttributeError NameError UnboundLocalError "
    "RuntimeError NotImplementedError RecursionError StopIteration StopAsyncIteration "
    "AssertionError ImportError ModuleNotFoundError OSError TimeoutError UnicodeError "
    "UnicodeDecodeError UnicodeEncodeError KeyboardInterrupt SystemExit GeneratorExit "
    "JSONDecodeError"
).split()


_FLOAT_LITERAL = r"(?<![\w.$])(\d+\.\d*(?:[eE][-+]?\d+)?|\d+[eE][-+]?\d+)(?![\w.])"


def to_js(expr: str) -> str:
    """Exception calls get ``new``; an integral float literal outside strings (``2.0``,
    ``1e16``) becomes a Float box, as compiled code makes it (``$fbox(2.0)``)."""
    import re

    expr = re.sub(r"(?<![\w.$])(" + "|".join(EXC_NAMES) + r")\(", r"new \1(", expr)
    parts = re.split(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""", expr)
    for i in range(0, len(parts), 2):  # outside string literals
        parts[i] = re.sub(
            _FLOAT_LITERAL,
            lambda m: f"$fbox({m[1]})" if float(m[1]).is_integer() else m[1],
            parts[i],
        )
    return "".join(parts)


def py_result(expr: str, env: dict | None = None) -> str:
    g: dict = {"__name__": "__main__"}
    exec(
        "import datetime, json\nfrom datetime import timedelta, timezone, date\n",
        g,
    )
    if env:
        g.update(env)
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            v = eval(expr, g)
        return "OK " + norm_repr(v)
    except BaseException as e:  # noqa: BLE001
        s = str(e)
        name = type(e).__name__
        return f"EXC {name}: {s}" if s else f"EXC {name}"


PRELUDE = """
import * as R from "%(builtins)s";
import * as json from "%(json)s";
import * as datetime from "%(datetime)s";
const { %(names)s } = R;
const K = (o) => R.$kw(o);
const T = (...a) => R.Tuple.of(...a);
const D = (pairs) => R.Dict.fromEntries(pairs);
const S = (a) => new R.PySet(a);
const FS = (a) => new R.FrozenSet(a);
const B = (s) => new R.Bytes(new TextEncoder().encode(s));
const { timedelta, timezone, date } = datetime;
const None = null, True = true, False = false;
const cases = [
%(cases)s
];
const out = [];
for (const f of cases) {
  try {
    out.push("OK " + R.$repr(f()));
  } catch (e) {
    const x = R.$exc(e);
    out.push("EXC " + R.format_exception_line(x));
  }
}
process.stdout.write(JSON.stringify(out));
"""


def js_results(exprs: list[str]) -> list[str]:
    import re

    src = (RUNTIME / "builtins" / "index.js").read_text()
    names: set[str] = set()
    for mod in re.findall(r'export \* from "\./([\w.]+)"', src):
        text = (RUNTIME / "builtins" / mod).read_text()
        names.update(
            re.findall(r"^export (?:async )?(?:function\*?|class|const|let) ([\w$]+)", text, re.M)
        )
        for grp in re.findall(r"^export \{([^}]*)\}", text, re.M):
            for part in grp.split(","):
                part = part.strip()
                if part:
                    names.add(part.split(" as ")[-1].strip())
    names.discard("")
    code = PRELUDE % {
        "builtins": (RUNTIME / "builtins" / "index.js").as_posix(),
        "json": (RUNTIME / "stdlib" / "json.js").as_posix(),
        "datetime": (RUNTIME / "stdlib" / "datetime.js").as_posix(),
        "names": ", ".join(sorted(names)),
        "cases": ",\n".join(f"  () => ({to_js(e)})" for e in exprs),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".mjs", delete=False) as f:
        f.write(code)
        path = f.name
    try:
        p = subprocess.run(
            ["node", path],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "TZ": "UTC"},
        )
    finally:
        os.unlink(path)
    if p.returncode != 0:
        raise RuntimeError(f"node failed: {p.stderr}")
    return json.loads(p.stdout)
