"""`cfpy build`'s summary line and options, `cfpy --version`, `--format json`."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from cfpy_workers import __version__
from conftest import cfpy

SUMMARY = re.compile(
    r"^cfpy: built build/worker\.js \((\d+) modules?, (\d+\.\d) KiB, (\d+\.\d) KiB gzip\) "
    r"in (\d+) ms$"
)


def test_build_prints_one_summary_line(example_copy) -> None:
    project = example_copy("views")
    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    modules, raw, packed, _ms = match.groups()
    data = (project / "build" / "worker.js").read_bytes()
    assert int(modules) == 1
    assert float(raw) == round(len(data) / 1024, 1)
    assert abs(float(packed) - len(gzip.compress(data)) / 1024) < 0.5
    assert float(packed) < float(raw)


def test_summary_counts_local_modules(tmp_path: Path) -> None:
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    (project / "src" / "helpers.py").write_text(
        "def shout(text: str) -> str:\n    return text.upper()\n"
    )
    worker = project / "src" / "worker.py"
    worker.write_text("from helpers import shout\n" + worker.read_text())
    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr
    assert "(2 modules, " in result.stderr


def test_no_sourcemap_writes_no_map(example_copy) -> None:
    project = example_copy("todos")
    assert cfpy("build", str(project)).returncode == 0  # with a map, which then goes away
    result = cfpy("build", str(project), "--no-sourcemap")
    assert result.returncode == 0, result.stderr
    bundle = project / "build" / "worker.js"
    assert bundle.is_file()
    assert list((project / "build").glob("*.map")) == []
    assert "sourceMappingURL" not in bundle.read_text()


def test_sourcemap_is_the_default(example_copy) -> None:
    project = example_copy("todos")
    assert cfpy("build", str(project)).returncode == 0
    bundle = (project / "build" / "worker.js").read_text()
    map_name = bundle.rstrip().rsplit("//# sourceMappingURL=", 1)[1]
    assert re.fullmatch(r"worker\.js\.[0-9a-f]{16}\.map", map_name)  # named by its content
    smap = json.loads((project / "build" / map_name).read_text())
    assert any(src.endswith("src/worker.py") for src in smap["sources"])


def test_no_minify_keeps_names_and_lines(example_copy) -> None:
    project = example_copy("views")
    bundle = project / "build" / "worker.js"
    assert cfpy("build", str(project)).returncode == 0
    minified = bundle.read_text()
    assert cfpy("build", str(project), "--no-minify").returncode == 0
    readable = bundle.read_text()
    # the Python names survive as JS names, one statement per line, indented
    assert "var ViewsDurableObject = class" in readable
    # (`async def fetch` is a function returning a lazy coroutine, docs/design.md)
    assert re.search(r"function fetch\d*\(request, env, ctx\) \{\n", readable)
    assert "var ViewsDurableObject = class" not in minified
    assert "(request, env, ctx)" not in minified
    assert readable.count("\n") > 10 * max(1, minified.count("\n"))
    assert "\n  " in readable
    assert len(readable) > len(minified)


def test_version() -> None:
    result = cfpy("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cfpy, version {__version__}"


def test_format_json_on_a_failed_build(example_copy) -> None:
    project = example_copy("todos")
    worker = project / "src" / "worker.py"
    lines = worker.read_text().splitlines()
    lines.append("result = eval('1')")
    worker.write_text("\n".join(lines) + "\n")
    result = cfpy("build", str(project), "--format", "json")
    assert result.returncode == 1
    diagnostics = json.loads(result.stderr)
    assert isinstance(diagnostics, list) and diagnostics
    first = diagnostics[0]
    assert first["code"] == "CF102"
    assert first["severity"] == "error"
    assert first["file"].endswith("worker.py")
    assert first["line"] == len(lines)
    assert first["column"] == len("result = ") + 1
    assert {"message", "hint", "end_line", "end_column"} <= first.keys()
    assert not (project / "build" / "worker.js").exists()


def test_format_json_on_a_config_error(tmp_path: Path) -> None:
    result = cfpy("build", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    diagnostics = json.loads(result.stderr)
    assert [d["code"] for d in diagnostics] == ["CF300"]
    assert diagnostics[0]["line"] is None


def test_help_lists_every_command_description_whole() -> None:
    """click cuts short help at about 45 characters ("Compile the worker in DIRECTORY
    into the bundle named by..."); every command's first docstring line must show whole."""
    import os
    import subprocess
    import sys

    from cfpy_workers.cli import main

    env = {**os.environ, "COLUMNS": "60"}
    result = subprocess.run(
        [sys.executable, "-m", "cfpy_workers.cli", "--help"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0
    listing = " ".join(result.stdout.split("Commands:", 1)[1].split())
    assert "..." not in listing
    for name, command in main.commands.items():
        first_line = " ".join((command.help or "").split("\n\n")[0].split())
        assert f"{name} {first_line}" in listing, (name, result.stdout)
