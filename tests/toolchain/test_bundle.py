"""Tests for bundling with the pinned esbuild (real binary, hand-written ES modules)."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from pathlib import Path

import pytest
from cfpy_workers.bundle import bundle, map_path
from cfpy_workers.diagnostics import Logger
from cfpy_workers.serve import run_node_module
from cfpy_workers.toolchain import Toolchain
from support.workerd import shared_toolchain

RUNTIME_INDEX = """\
export class ValueError extends Error {}
export function greet(name) {
  return "hello " + name;
}
"""

ENTRY = """\
import { greet, ValueError } from "@cfpy/runtime/builtins/index.js";
import { DurableObject } from "cloudflare:workers";
import { Buffer } from "node:buffer";

export class Room extends DurableObject {}

export default {
  async fetch(request) {
    return new Response(greet(Buffer.from("ab").length) + new ValueError("x").name);
  },
};
"""

PROGRAM = """\
import { greet, ValueError } from "@cfpy/runtime/builtins/index.js";

class LocalThing {}
process.stdout.write(greet("program") + "\\n");
process.stdout.write(new ValueError("boom").constructor.name + " " + LocalThing.name + "\\n");
process.stderr.write("to stderr\\n");
process.exitCode = 3;
"""


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return shared_toolchain()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A fake project: runtime dir, an entry module, and an output folder."""
    root = tmp_path / "proj"
    (root / "runtime" / "builtins").mkdir(parents=True)
    (root / "runtime" / "builtins" / "index.js").write_text(RUNTIME_INDEX)
    (root / "build").mkdir()
    (root / "build" / "entry.js").write_text(ENTRY)
    (root / "build" / "program.js").write_text(PROGRAM)
    return root


def _bundle(toolchain: Toolchain, root: Path, entry: str = "entry.js", **kw: bool) -> Logger:
    logger = Logger()
    ok = bundle(
        root / "build" / entry,
        root / "dist" / "main.js",
        toolchain=toolchain,
        runtime_dir=root / "runtime",
        logger=logger,
        **kw,
    )
    assert ok == (not logger.has_errors)
    return logger


def _map(root: Path) -> Path:
    """The source map that dist/main.js names: ``main.js.<content hash>.map``."""
    named = map_path(root / "dist" / "main.js")
    assert named is not None and re.fullmatch(r"main\.js\.[0-9a-f]{16}\.map", named.name)
    return named


def _outputs(root: Path) -> tuple[bytes, bytes]:
    return (root / "dist" / "main.js").read_bytes(), _map(root).read_bytes()


def _files(root: Path) -> list[str]:
    """What dist/ holds: exactly the bundle and the map it names."""
    names = sorted(os.listdir(root / "dist"))
    assert names == sorted(["main.js", _map(root).name])
    return names


def test_bundle_resolves_alias_and_keeps_externals(toolchain: Toolchain, project: Path) -> None:
    logger = _bundle(toolchain, project)
    assert not logger.diagnostics
    code, source_map = _outputs(project)
    text = code.decode()
    assert '"cloudflare:workers"' in text
    assert '"node:buffer"' in text
    assert "@cfpy/runtime" not in text
    assert "hello " in text
    assert text.endswith(f"\n//# sourceMappingURL={_map(project).name}\n")
    data = json.loads(source_map)
    assert data["version"] == 3
    assert all(not s.startswith("/") for s in data["sources"])
    assert any(s.endswith("runtime/builtins/index.js") for s in data["sources"])
    assert len(data["sourcesContent"]) == len(data["sources"])
    _files(project)


def test_bundle_is_byte_identical_and_machine_independent(
    toolchain: Toolchain, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bundle(toolchain, project)
    first = _outputs(project)
    monkeypatch.chdir(tmp_path)  # esbuild must not see the caller's working directory
    _bundle(toolchain, project)
    assert _outputs(project) == first
    moved = tmp_path / "elsewhere" / "deeper" / "proj"
    shutil.copytree(project, moved)
    shutil.rmtree(moved / "dist")
    _bundle(toolchain, moved)
    assert _outputs(moved) == first
    for blob in first:
        assert str(tmp_path).encode() not in blob
        assert str(Path.home()).encode() + b"/" not in blob


def test_unminified_bundle_has_no_absolute_paths(toolchain: Toolchain, project: Path) -> None:
    _bundle(toolchain, project, minify=False)
    code, source_map = _outputs(project)
    assert b"export {" in code
    for blob in (code, source_map):
        assert str(project).encode() not in blob


def test_without_sourcemap_no_map_comment(toolchain: Toolchain, project: Path) -> None:
    _bundle(toolchain, project, sourcemap=False)
    assert b"sourceMappingURL" not in (project / "dist" / "main.js").read_bytes()
    assert sorted(os.listdir(project / "dist")) == ["main.js"]


def test_input_source_maps_are_chained(toolchain: Toolchain, project: Path) -> None:
    """A generated module that points at its own map (e.g. back to Python) keeps that
    origin in the bundle's map."""
    module_map = {
        "version": 3,
        "sources": ["../worker.py"],
        "sourcesContent": ["def answer():\n    return 42\n"],
        "names": [],
        "mappings": "AAAA;AACA",
    }
    build = project / "build"
    (build / "gen.js").write_text(
        "export function answer() {\n  return 42;\n}\n//# sourceMappingURL=gen.js.map\n"
    )
    (build / "gen.js.map").write_text(json.dumps(module_map))
    (build / "entry2.js").write_text(
        'import { answer } from "./gen.js";\nexport default { fetch() { return answer(); } };\n'
    )
    _bundle(toolchain, project, entry="entry2.js")
    data = json.loads(_outputs(project)[1])
    assert "../worker.py" in data["sources"]
    assert "def answer():\n    return 42\n" in data["sourcesContent"]


def test_syntax_error_keeps_previous_output_and_logs_cf410(
    toolchain: Toolchain, project: Path
) -> None:
    _bundle(toolchain, project)
    before = _outputs(project)
    (project / "build" / "entry.js").write_text("export let x = 1;\nlet y z;\n")
    logger = _bundle(toolchain, project)
    assert _outputs(project) == before
    _files(project)
    [diag] = logger.errors
    assert diag.code == "CF410"
    assert diag.file == (project / "build" / "entry.js").resolve()
    assert diag.span is not None
    assert (diag.span.line, diag.span.col) == (2, 6)
    rendered = diag.render()
    assert rendered.startswith(f"{diag.file}:2:7: CF410 ")
    assert "let y z;" in rendered


def test_unresolved_import_is_cf410_with_span(toolchain: Toolchain, project: Path) -> None:
    (project / "build" / "entry.js").write_text('import "@cfpy/runtime/nope.js";\n')
    logger = _bundle(toolchain, project)
    [diag] = logger.errors
    assert diag.code == "CF410"
    assert "Could not resolve" in diag.message
    assert diag.span is not None
    assert (diag.span.line, diag.span.col, diag.span.end_col) == (
        1,
        7,
        7 + len('"@cfpy/runtime/nope.js"'),
    )
    assert not (project / "dist" / "main.js").exists()


def test_concurrent_builds_do_not_corrupt_output(toolchain: Toolchain, project: Path) -> None:
    _bundle(toolchain, project)
    expected = _outputs(project)
    results: list[bool] = []

    def build() -> None:
        results.append(not _bundle(toolchain, project).has_errors)

    threads = [threading.Thread(target=build) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert results == [True] * 4
    assert _outputs(project) == expected
    _files(project)


def test_run_node_module_passes_output_and_exit_code(
    toolchain: Toolchain, project: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    _bundle(toolchain, project, entry="program.js")
    code = run_node_module(toolchain, project / "dist" / "main.js", ["a", "b"])
    out, err = capfd.readouterr()
    assert code == 3
    # --keep-names: minified classes still carry their Python-visible names
    assert out == "hello program\nValueError LocalThing\n"
    assert err == "to stderr\n"
    _files(project)


def test_run_node_module_passes_arguments(
    toolchain: Toolchain, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "args.mjs"
    script.write_text("console.log(JSON.stringify(process.argv.slice(2)));\n")
    assert run_node_module(toolchain, script, ["x", "y z"]) == 0
    assert capfd.readouterr().out == '["x","y z"]\n'
