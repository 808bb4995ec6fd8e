"""The names each supported stdlib module provides: read from the exports of its runtime
module (runtime_shim/js/stdlib/*.js), so that `from json import JSONEncoder` or
`json.JSONEncoder` is refused at its position (CF205) instead of failing in the bundler
or reading as None at run time."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .. import runtime_shim

RUNTIME_DIR = Path(runtime_shim.__file__).parent / "js"
RUNTIME_PREFIX = "@cfpy/runtime/"

_DECLARED = re.compile(r"^export\s+(?:async\s+)?(?:function\s*\*?|class)\s+([A-Za-z_$][\w$]*)", re.M)
_VARIABLES = re.compile(r"^export\s+(?:const|let|var)\s+(.*)$", re.M)
_DECLARATOR = re.compile(r"\s*([A-Za-z_$][\w$]*)\s*=")
_LISTED = re.compile(r"^export\s*\{([^}]*)\}(?:\s*from\s*[\"']([^\"']+)[\"'])?", re.M)
_STAR = re.compile(r"^export\s*\*\s*from\s*[\"']([^\"']+)[\"']", re.M)


def module_names(import_path: str) -> frozenset[str] | None:
    """The Python-visible names of the runtime module ``@cfpy/runtime/...``, or None when
    the path is not one (then nothing is checked)."""
    if not import_path.startswith(RUNTIME_PREFIX):
        return None
    file = RUNTIME_DIR / import_path[len(RUNTIME_PREFIX) :]
    return frozenset(n for n in _exports(file) if not n.startswith("$"))


@cache
def _exports(file: Path) -> frozenset[str]:
    try:
        text = file.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    names = set(_DECLARED.findall(text))
    for rest in _VARIABLES.findall(text):
        names.update(_declared_names(rest))
    for listed, _source in _LISTED.findall(text):
        for item in listed.split(","):
            item = item.strip()
            if item:
                names.add(item.split(" as ")[-1].strip())
    for source in _STAR.findall(text):
        names |= _exports((file.parent / source).resolve())
    return frozenset(names)


def _declared_names(rest: str) -> list[str]:
    """``A`` and ``B`` from the rest of ``export const A = f(x, y), B = 2;`` (declarators
    split at top-level commas)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(rest):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ";" and depth == 0:
            rest = rest[:i]
            break
        elif ch == "," and depth == 0:
            parts.append(rest[start:i])
            start = i + 1
    parts.append(rest[start:])
    return [m.group(1) for m in map(_DECLARATOR.match, parts) if m is not None]


# Names a runtime module has (for its own use) that cfpy does not support yet.
UNSUPPORTED = {
    "enum": {"Flag": "use Enum with int values and set/int operations", "IntFlag": "use IntEnum"},
    "asyncio": {
        "get_event_loop": "Workers have no event loop object; use asyncio.run / create_task",
        "get_running_loop": "Workers have no event loop object; use asyncio.run / create_task",
        "shield": "a JavaScript promise cannot be cancelled, so there is nothing to shield from",
        "current_task": "keep a reference to the task create_task returns",
    },
    "hashlib": {"file_digest": "Workers have no files; hash the bytes with hashlib.sha256(data)"},
}


def refusal(module: str, path: str, name: str) -> tuple[str, str, str] | None:
    """(code, message, hint) when cfpy refuses ``module.name`` (``path``: the runtime
    module the import resolves to), else None."""
    hint = UNSUPPORTED.get(module, {}).get(name)
    if hint is not None:
        return "CF101", f"`{module}.{name}` is not supported by cfpy yet", hint
    provided = module_names(path)
    if provided is not None and name not in provided:
        public = sorted(n for n in provided if not n.startswith("_"))
        return "CF205", f"`{module}` has no name `{name}` in cfpy", "available: " + ", ".join(public)
    return None
