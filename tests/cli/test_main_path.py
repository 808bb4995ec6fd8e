"""The config's `main` never makes a build write over a source, the config, or anything
outside the project (issue 12 item 1): a `.py` main names the entry module and the bundle
goes to build/worker.js; every other value that is not a .js/.mjs file inside the project
is refused (CF301, positioned on the `main` line) before anything is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import cfpy

WORKER = (
    "from cloudflare_workers import CloudflareWorkers, Response\n\n\n"
    "async def fetch(request, env, ctx):\n"
    '    return Response("hi")\n\n\n'
    "CloudflareWorkers(fetch=fetch)\n"
)


def _project(root: Path, main: str, entry: str = "src/worker.py") -> Path:
    (root / entry).parent.mkdir(parents=True, exist_ok=True)
    (root / entry).write_text(WORKER)
    (root / "wrangler.toml").write_text(
        f'name = "w"\nmain = "{main}"\ncompatibility_date = "2025-01-01"\n'
    )
    return root


def _snapshot(*roots: Path) -> dict[str, bytes | str]:
    """Every path under ``roots`` (links as their target text) with its content."""
    found: dict[str, bytes | str] = {}
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in dirnames + filenames:
                path = Path(dirpath) / name
                if path.is_symlink():
                    found[str(path)] = "-> " + os.readlink(path)
                elif path.is_file():
                    found[str(path)] = path.read_bytes()
                else:
                    found[str(path)] = "<dir>"
    return found


@pytest.mark.parametrize(
    ("main", "problem"),
    [
        ("wrangler.toml", "not a .js or .mjs file"),
        ("src", "not a .js or .mjs file"),
        ("", "is empty"),
        ("   ", "is empty"),
        ("../outside/x.js", "outside the project"),
        ("/tmp/cfpy-outside-bundle.js", "outside the project"),
        (".", "outside the project"),
        ("src/helpers.js", "exists and was not written by cfpy"),
        ("build/out.cjs", "not a .js or .mjs file"),
    ],
)
def test_refused_main_writes_nothing(tmp_path: Path, main: str, problem: str) -> None:
    root = _project(tmp_path / "proj", main)
    (root / "src" / "helpers.js").write_text("export const x = 1; // hand-written\n")
    outside = tmp_path / "outside"
    outside.mkdir()
    before = _snapshot(tmp_path)
    result = cfpy("build", str(root))
    assert result.returncode == 1, result.stderr
    assert "CF301" in result.stderr and problem in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert "wrangler.toml:2:1" in result.stderr  # positioned on the `main` line
    assert _snapshot(tmp_path) == before
    assert not Path("/tmp/cfpy-outside-bundle.js").exists()


def test_main_through_a_link_out_of_the_project_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = _project(tmp_path / "proj", "build/worker.js")
    (root / "build").symlink_to(outside, target_is_directory=True)
    before = _snapshot(tmp_path)
    result = cfpy("build", str(root))
    assert result.returncode == 1 and "outside the project" in result.stderr, result.stderr
    assert _snapshot(tmp_path) == before


def test_build_folder_linked_out_of_the_project_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    root = _project(tmp_path / "proj", "build/worker.js")
    (root / ".cfpy").symlink_to(outside, target_is_directory=True)
    result = cfpy("build", str(root))
    assert result.returncode == 1 and ".cfpy leads outside" in result.stderr, result.stderr
    assert list(outside.iterdir()) == []


def test_py_main_is_the_entry_and_the_bundle_goes_to_build(tmp_path: Path) -> None:
    root = _project(tmp_path / "proj", "src/entry.py", entry="src/entry.py")
    source = (root / "src" / "entry.py").read_bytes()
    config = (root / "wrangler.toml").read_bytes()
    result = cfpy("build", str(root))
    assert result.returncode == 0, result.stderr
    assert (root / "src" / "entry.py").read_bytes() == source
    assert (root / "wrangler.toml").read_bytes() == config
    bundle = root / "build" / "worker.js"
    assert bundle.is_file() and "build/worker.js" in result.stderr
    assert bundle.read_text().startswith("// bundled by cfpy")
    # A rebuild may replace the bundle it wrote.
    (root / "src" / "entry.py").write_text(WORKER.replace('"hi"', '"hello"'))
    again = cfpy("build", str(root))
    assert again.returncode == 0, again.stderr
    assert "hello" in bundle.read_text()


def test_missing_py_main_names_the_config(tmp_path: Path) -> None:
    root = _project(tmp_path / "proj", "src/entry.py")  # entry written as src/worker.py
    result = cfpy("build", str(root))
    assert result.returncode == 1
    assert "CF201" in result.stderr and "wrangler.toml" in result.stderr
    assert "set main to the entry module" in result.stderr
    assert not (root / "build").exists()
