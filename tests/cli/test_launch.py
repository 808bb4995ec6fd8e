"""The `cfpy` entry point (transpiler/launch.py): `cfpy build` of an up-to-date project
answers from the build stamp without importing click or the compiler, printing what the
CLI prints; every other command line goes to the click CLI unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cfpy_workers.launch import _build_args

WRANGLER = 'name = "w"\nmain = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'
WORKER = (
    "from cloudflare_workers import CloudflareWorkers, Response\n\n\n"
    "async def fetch(request, env, ctx):\n    return Response('hi')\n\n\n"
    "CloudflareWorkers(fetch=fetch)\n"
)

# Runs the entry point in a fresh interpreter and prints which heavy packages it loaded.
PROBE = (
    "import sys\n"
    "from cfpy_workers.launch import main\n"
    "sys.argv = ['cfpy', *sys.argv[1:]]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit as e:\n"
    "    assert not e.code, e.code\n"
    "print(sorted({m.split('.')[0] for m in sys.modules} & {'click', 'libcst', 'jinja2'}))\n"
)


def _project(root: Path) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(WRANGLER)
    (root / "src" / "worker.py").write_text(WORKER)
    return root


def _launch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=300
    )


def test_an_up_to_date_build_imports_neither_click_nor_the_compiler(tmp_path: Path) -> None:
    root = _project(tmp_path / "p")
    first = _launch("build", str(root))
    assert first.returncode == 0, first.stderr
    assert "libcst" in first.stdout  # built: the CLI and the compiler ran
    assert "cfpy: built build/worker.js (1 module, " in first.stderr
    again = _launch("build", str(root), "--minify", "--sourcemap", "--format=text")
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "[]"
    assert "cfpy: built build/worker.js (1 module, " in again.stderr
    other = _launch("build", str(root), "--no-minify")  # other options: a real build
    assert other.returncode == 0, other.stderr
    assert "libcst" in other.stdout
    (root / "src" / "worker.py").write_text(WORKER.replace("'hi'", "'hello'"))
    edited = _launch("build", str(root), "--no-minify")
    assert "libcst" in edited.stdout
    assert "hello" in (root / "build" / "worker.js").read_text()


def test_a_project_with_diagnostics_goes_to_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cfpy_workers", "build", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "CF300" in result.stderr


def test_other_command_lines_go_to_click() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cfpy_workers", "build", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "Compile the worker in DIRECTORY" in result.stdout


@pytest.mark.parametrize(
    "args, parsed",
    [
        (["build"], (".", {})),
        (["build", "p"], ("p", {})),
        (["build", "--no-minify", "p"], ("p", {"minify": False})),
        (["build", "p", "--entry", "src/a.py"], ("p", {"--entry": "src/a.py"})),
        (["build", "--entry=src/a.py", "--format", "json"], (".", {"--entry": "src/a.py", "--format": "json"})),
        (["build", "--sourcemap", "--no-sourcemap"], None),  # given twice: click decides
        (["build", "p", "q"], None),
        (["build", "--help"], None),
        (["build", "--entry"], None),
        (["build", "--format", "xml"], None),
        (["build", "--", "p"], None),
        (["dev", "p"], None),
        ([], None),
    ],
)
def test_build_command_lines(args: list[str], parsed: object) -> None:
    assert _build_args(args) == parsed
