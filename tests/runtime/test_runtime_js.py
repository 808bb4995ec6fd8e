"""Runs the JS runtime test-suite (node --test) and differential tests that compare the
runtime against CPython on the expressions in cases_*.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from . import cases_core, cases_methods
from .difftool import js_results, py_result

HERE = Path(__file__).resolve().parent

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


def test_node_suite() -> None:
    files = sorted(str(p) for p in HERE.glob("*.test.mjs"))
    assert files, "no JS test files found"
    p = subprocess.run(["node", "--test", *files], capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout[-8000:] + p.stderr[-4000:]


GROUPS = {
    "core": cases_core.CORE,
    "str": cases_methods.STR,
    "list": cases_methods.LIST,
    "format": cases_methods.FORMAT,
    "bytes": cases_methods.BYTES,
    "json": cases_methods.JSON,
    "datetime": cases_methods.DATETIME,
}

_CACHE: dict[str, list[str]] = {}


def _pair(case: str | tuple[str, str]) -> tuple[str, str]:
    return (case, case) if isinstance(case, str) else case


def _js_for(group: str) -> list[str]:
    if group not in _CACHE:
        _CACHE[group] = js_results([_pair(c)[1] for c in GROUPS[group]])
    return _CACHE[group]


PARAMS = [
    pytest.param(group, i, id=f"{group}-{i}-{_pair(c)[0][:40]}")
    for group, cases in GROUPS.items()
    for i, c in enumerate(cases)
]


@pytest.mark.parametrize(("group", "index"), PARAMS)
def test_matches_cpython(group: str, index: int) -> None:
    py_expr, js_expr = _pair(GROUPS[group][index])
    expected = py_result(py_expr)
    got = _js_for(group)[index]
    assert got == expected, f"\n python: {py_expr}\n js:     {js_expr}"


def _esbuild() -> str | None:
    import glob
    import os

    found = sorted(
        glob.glob(os.path.expanduser("~/.cache/cfpy/toolchain/*/node_modules/.bin/esbuild"))
    )
    return found[-1] if found else shutil.which("esbuild")


@pytest.mark.skipif(_esbuild() is None, reason="esbuild toolchain not installed")
def test_hello_world_bundle_stays_small(tmp_path: Path) -> None:
    """print() must not drag in the method tables, Dict, sets, format, ... (tree-shaking)."""
    import gzip

    entry = tmp_path / "hello.js"
    entry.write_text(
        'import { print } from "@cfpy/runtime/builtins/index.js";\n'
        'export default { fetch() { print("hello", 1); return new Response("hi"); } };\n'
    )
    out = tmp_path / "out.js"
    runtime = HERE.parents[1] / "runtime_shim" / "js"
    p = subprocess.run(
        [
            _esbuild(),
            str(entry),
            "--bundle",
            "--format=esm",
            "--minify",
            "--keep-names",
            f"--alias:@cfpy/runtime={runtime}",
            f"--outfile={out}",
            "--log-level=warning",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    code = out.read_text()
    size = len(gzip.compress(code.encode(), 9))
    assert size < 4096, f"hello world bundle is {size} bytes gzipped"
    for heavy in ("$m_split", "class Dict", "PySet", "fixed_abs", "printf"):
        assert heavy not in code, f"{heavy} leaked into the hello-world bundle"
