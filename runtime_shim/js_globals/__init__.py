"""``js``: every JavaScript global (``from js import URL, crypto``), typed ``Any``.
``URL.new(...)`` constructs (Pyodide's spelling of ``new URL(...)``)."""

from typing import Any


def __getattr__(name: str) -> Any: ...
