"""Where the compiled standard library comes from: the interpreter that runs cfpy.

cfpy compiles the pure-Python modules of CPython's ``Lib/`` listed in
``names.COMPILED_STDLIB`` like project modules; their source is read at build time from
this interpreter's standard library (nothing is copied into the project or into cfpy).
"""

from __future__ import annotations

import importlib.util
import sysconfig
from functools import cache
from pathlib import Path

from transpiler import names as N


@cache
def stdlib_file(name: str) -> Path | None:
    """The ``.py`` file of compiled-stdlib module ``name`` (a package's ``__init__.py``),
    or None when it is not in the allow-list or this interpreter has no Python source
    for it."""
    if name not in N.COMPILED_STDLIB:
        return None
    base = Path(sysconfig.get_paths()["stdlib"]).joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    origin = spec.origin if spec is not None else None
    if origin is not None and origin.endswith(".py") and Path(origin).is_file():
        return Path(origin)
    return None
