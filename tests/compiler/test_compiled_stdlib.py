"""The compiled standard library (names.COMPILED_STDLIB): CPython's own pure-Python
modules, read from the interpreter running cfpy, compiled into the build folder (never
into the project), fingerprinted by the build stamp, and refused at the user's import
line (CF210) when their source uses something cfpy cannot compile yet."""

from __future__ import annotations

import json
import sysconfig
from pathlib import Path

import pytest
from cfpy_workers import cache, pipeline
from cfpy_workers import names as N
from cfpy_workers.diagnostics import Logger
from cfpy_workers.stdlib_source import stdlib_file
from support.project import build_in_process as build

WRANGLER = 'name = "stdlib-test"\nmain = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'
WORKER = """\
from cloudflare_workers import CloudflareWorkers, Response

import bisect


async def fetch(request, env, ctx):
    return Response(str(bisect.bisect_left([1, 3, 5], 4)))


CloudflareWorkers(fetch=fetch)
"""


def write_project(root: Path, worker: str = WORKER) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(WRANGLER)
    (root / "src" / "worker.py").write_text(worker)
    return root


def test_source_comes_from_the_running_interpreter() -> None:
    found = stdlib_file("bisect")
    assert found == Path(sysconfig.get_paths()["stdlib"]) / "bisect.py"
    assert stdlib_file("json") is None  # a JS runtime module, not compiled
    assert stdlib_file("not_a_module") is None


def test_build_compiles_into_the_build_folder_and_stamps_the_source(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    result = build(root)
    assert result.module_count == 2
    compiled = root / ".cfpy" / "build" / "modules" / "_stdlib" / "bisect.js"
    assert "function bisect_left" in compiled.read_text()
    assert sorted(p.name for p in (root / "src").iterdir()) == ["worker.py"]
    assert "bisect_left" in (root / "build" / "worker.js").read_text()
    stamp = json.loads((root / ".cfpy" / "build" / "stamp.json").read_text())
    assert str(stdlib_file("bisect")) in stamp["sources"]
    assert stamp["options"]["python"] == cache.interpreter_tag()
    assert build(root).cached


def test_another_interpreter_rebuilds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    monkeypatch.setattr(cache, "interpreter_tag", lambda: "cpython 3.99.0")
    assert not build(root).cached


def test_a_local_module_shadows_the_stdlib_one(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    (root / "src" / "bisect.py").write_text("def bisect_left(a, x):\n    return 'local'\n")
    build(root)
    modules = root / ".cfpy" / "build" / "modules"
    assert (modules / "bisect.js").is_file() and not (modules / "_stdlib").exists()


def test_uncompilable_stdlib_source_is_an_error_at_the_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fnmatch imports `os`, which cfpy refuses; were it allowed, the user must read
    # CF210 at their own import line, not errors inside CPython's file.
    monkeypatch.setattr(N, "COMPILED_STDLIB", N.COMPILED_STDLIB | {"fnmatch"})
    stdlib_file.cache_clear()
    try:
        main = tmp_path / "main.py"
        main.write_text("x = 1\nimport fnmatch\nprint(fnmatch.fnmatch('a.py', '*.py'))\n")
        logger = Logger()
        modules = pipeline.discover_modules(main, logger)
        assert modules["fnmatch"].stdlib
        assert not pipeline.write_modules(modules, tmp_path / "out", logger, main="main")
    finally:
        stdlib_file.cache_clear()
    [error] = logger.errors
    assert error.code == "CF210" and error.file == main
    assert error.span is not None and (error.span.line, error.span.col) == (2, 7)
    assert error.message.startswith("`fnmatch` uses ")
    assert error.message.endswith("which cfpy cannot compile yet")
    assert error.hint is not None and "fnmatch.py:" in error.hint and "CF203" in error.hint
