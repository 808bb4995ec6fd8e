"""The compiler's list of what each stdlib module provides (lower/stdlib_names.py, read
from the runtime module's source) matches the module's real exports, and a name it
lacks is refused at its position (CF205)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cfpy_workers import names as N
from cfpy_workers.lower.stdlib_names import RUNTIME_DIR, RUNTIME_PREFIX, module_names
from conftest import cfpy


@pytest.mark.parametrize("module", sorted(N.STDLIB_MODULES))
def test_names_are_the_runtime_modules_exports(module: str) -> None:
    path = N.STDLIB_MODULES[module]
    file = RUNTIME_DIR / path[len(RUNTIME_PREFIX) :]
    script = f"import({json.dumps(file.as_uri())}).then((m) => console.log(JSON.stringify(Object.keys(m))))"
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    exported = {n for n in json.loads(out.stdout) if not n.startswith("$")}
    assert module_names(path) == exported


@pytest.mark.parametrize(
    ("source", "line", "col", "words"),
    [
        ("from json import JSONEncoder\n", 1, 18, "`json` has no name `JSONEncoder`"),
        ("import json\nprint(json.JSONEncoder)\n", 2, 12, "`json` has no name `JSONEncoder`"),
        ("import collections as c\nd = c.UserDict()\n", 2, 7, "`collections` has no name `UserDict`"),
    ],
)
def test_a_name_the_module_lacks_is_refused(
    tmp_path: Path, source: str, line: int, col: int, words: str
) -> None:
    path = tmp_path / "mod.py"
    path.write_text(source)
    result = cfpy("compile", str(path))
    assert result.returncode == 1
    head = next(t for t in result.stderr.splitlines() if " CF205 " in t)
    assert head.startswith(f"{path}:{line}:{col}: CF205 ") and words in head
    assert "hint: available: " in result.stderr
