"""cfpy's runtime: the JavaScript that compiled workers import, and the typed
``cloudflare_workers`` API for editors (``runtime_shim/cloudflare_workers``)."""

from pathlib import Path

JS_DIR = Path(__file__).parent / "js"
"""Root of the JavaScript runtime; esbuild aliases ``@cfpy/runtime`` to it."""

__all__ = ["JS_DIR"]
