"""``pyodide.ffi`` as cfpy compiles it: cfpy values already are JavaScript values where
that matters, so ``to_js`` converts dicts to plain objects (lists, str and numbers are
JS values already) and ``create_proxy`` returns its argument. Pyodide's keyword options
are accepted."""

from __future__ import annotations

from typing import Any, TypeVar

_T = TypeVar("_T")


def to_js(value: Any, **options: Any) -> Any:
    """``value`` as a JavaScript value."""
    raise NotImplementedError("runs only when compiled by cfpy")


def create_proxy(value: _T, **options: Any) -> _T:
    """``value`` itself (a compiled function already is a JavaScript function)."""
    raise NotImplementedError("runs only when compiled by cfpy")
