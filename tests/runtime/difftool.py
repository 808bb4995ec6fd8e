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


def py_result(expr: str, env: dict | None = None) -> str:
    g: dict = {"__name__": "__main__"}
    exec(
        "import datetime, json\n"
        "from datetime import timedelta, timezone, date\n",
        g,
    )
    if env:
        g.update(env)
    try:
        v = eval(expr, g)
        return "OK " + (v if isinstance(v, str) and expr.startswith("S:") else repr(v))
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
        names.update(re.findall(r"^export (?:async )?(?:function\*?|class|const|let) ([\w$]+)", text, re.M))
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
        "cases": ",\n".join(f"  () => ({e})" for e in exprs),
    }
    with tempfile.NamedTemporaryFile("w", suffix=".mjs", delete=False) as f:
        f.write(code)
        path = f.name
    try:
        p = subprocess.run(["node", path], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "TZ": "UTC"})
    finally:
        os.unlink(path)
    if p.returncode != 0:
        raise RuntimeError(f"node failed: {p.stderr}")
    return json.loads(p.stdout)
