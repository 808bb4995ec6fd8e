"""The generated Unicode case tables (runtime_shim/js/builtins/unicase.js) match this
Python's unicodedata, and only str methods that need them import them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILTINS = ROOT / "runtime_shim" / "js" / "builtins"


def test_generated_module_is_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_unicode_case.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_only_str_methods_import_the_tables() -> None:
    importers = sorted(
        p.name for p in BUILTINS.glob("*.js") if "./unicase.js" in p.read_text(encoding="utf-8")
    )
    assert importers == ["str_methods.js"]
