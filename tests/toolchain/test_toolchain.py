"""Tests for installing and locating the pinned JS toolchain (real npm, real node)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from cfpy_workers.diagnostics import Logger
from cfpy_workers.toolchain import (
    MARKER,
    Toolchain,
    cache_root,
    ensure_toolchain,
    lock_hash,
    toolchain_dir,
)

REPO = Path(__file__).resolve().parents[2]
PROGRESS = "cfpy: installing JS toolchain (esbuild 0.27.3, miniflare 4.20260426.0) into"
INSTALLERS = 3
INSTALL_SCRIPT = """
from cfpy_workers.diagnostics import Logger
from cfpy_workers.toolchain import ensure_toolchain
logger = Logger()
toolchain = ensure_toolchain(logger)
logger.print()
print(toolchain.root if toolchain else "NONE")
"""


@dataclass(frozen=True)
class FreshInstall:
    home: Path
    results: list[subprocess.CompletedProcess[str]]


@pytest.fixture(scope="module")
def fresh_install(tmp_path_factory: pytest.TempPathFactory) -> FreshInstall:
    """Several processes install into one empty CFPY_HOME at the same time."""
    home = tmp_path_factory.mktemp("cfpy-home")
    env = {**os.environ, "CFPY_HOME": str(home), "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", INSTALL_SCRIPT],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(INSTALLERS)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=900)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return FreshInstall(home, results)


def test_concurrent_installs_install_once(fresh_install: FreshInstall) -> None:
    expected = fresh_install.home / "toolchain" / lock_hash()
    for result in fresh_install.results:
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(expected), result.stderr
    progress = [
        line for r in fresh_install.results for line in r.stderr.splitlines() if "cfpy:" in line
    ]
    assert len(progress) == 1, progress
    assert progress[0] == f"{PROGRESS} {expected} ..."
    assert (expected / MARKER).is_file()
    leftovers = [p.name for p in expected.parent.iterdir() if ".tmp-" in p.name]
    assert leftovers == []


def test_installed_toolchain_has_working_binaries(
    fresh_install: FreshInstall, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CFPY_HOME", str(fresh_install.home))
    logger = Logger()
    toolchain = ensure_toolchain(logger)
    assert toolchain is not None, logger.diagnostics
    assert toolchain.node_modules == toolchain.root / "node_modules"
    version = subprocess.run(
        [str(toolchain.esbuild), "--version"], capture_output=True, text=True, timeout=30
    )
    assert version.stdout.strip() == "0.27.3"
    assert (toolchain.node_modules / "miniflare" / "package.json").is_file()
    assert list((toolchain.node_modules / "@cloudflare").glob("workerd-*/bin/workerd*"))


def test_second_use_reuses_the_install(
    fresh_install: FreshInstall, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CFPY_HOME", str(fresh_install.home))
    marker = fresh_install.home / "toolchain" / lock_hash() / MARKER
    before = marker.stat().st_mtime_ns
    toolchain = ensure_toolchain(Logger())
    assert isinstance(toolchain, Toolchain)
    assert "installing" not in capfd.readouterr().err
    assert marker.stat().st_mtime_ns == before


def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CFPY_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_root() == tmp_path / "home"
    monkeypatch.delenv("CFPY_HOME")
    assert cache_root() == tmp_path / "xdg" / "cfpy"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_root() == Path.home() / ".cache" / "cfpy"
    assert toolchain_dir().name == lock_hash()
    assert len(lock_hash()) == 12


def _single_error(logger: Logger, code: str) -> str:
    assert [d.code for d in logger.diagnostics] == [code]
    rendered = logger.diagnostics[0].render()
    assert "\n" not in rendered
    return rendered


def test_missing_node_is_one_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no node, no npm
    logger = Logger()
    assert ensure_toolchain(logger) is None
    message = _single_error(logger, "CF401")
    assert "node >= 18 is required" in message
    assert "https://nodejs.org" in message


def test_old_node_is_one_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "node"
    fake.write_text("#!/bin/sh\necho v16.3.0\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    logger = Logger()
    assert ensure_toolchain(logger) is None
    message = _single_error(logger, "CF402")
    assert "(found v16.3.0)" in message
    assert "install Node.js 20 from https://nodejs.org" in message


def test_missing_npm_only_matters_for_a_first_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_install: FreshInstall
) -> None:
    node = shutil.which("node")
    assert node is not None
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "node").symlink_to(node)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("CFPY_HOME", str(tmp_path / "empty-home"))
    logger = Logger()
    assert ensure_toolchain(logger) is None
    assert "npm" in _single_error(logger, "CF401")
    monkeypatch.setenv("CFPY_HOME", str(fresh_install.home))
    logger = Logger()
    assert ensure_toolchain(logger) is not None, logger.diagnostics


def test_a_damaged_install_is_detected_and_reinstalled(fresh_install: FreshInstall) -> None:
    # issue 12: a truncated esbuild or a broken node_modules gave "Exec format error" or a
    # node stack; the marker's manifest (every file's size, esbuild's hash) catches both
    # (only ever the test's own install: never the CFPY_HOME the suite runs with)
    root = fresh_install.home / "toolchain" / lock_hash()
    env = {**os.environ, "CFPY_HOME": str(fresh_install.home), "PYTHONPATH": str(REPO)}
    (esbuild,) = root.glob("node_modules/@esbuild/*/bin/esbuild")
    assert esbuild.is_relative_to(fresh_install.home)
    size = esbuild.stat().st_size
    with open(esbuild, "r+b") as handle:
        handle.truncate(size // 2)
    miniflare = root / "node_modules" / "miniflare" / "package.json"
    miniflare.unlink()
    run = subprocess.run(
        [sys.executable, "-c", INSTALL_SCRIPT], env=env, capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(root)
    lines = [line for line in run.stderr.splitlines() if line.startswith("cfpy:")]
    relative = esbuild.relative_to(root).as_posix()
    damages = [
        f"{relative} has {size // 2} bytes, not {size}",
        "node_modules/miniflare/package.json is missing",
    ]
    assert len(lines) == 2 and lines[1] == f"{PROGRESS} {root} ...", lines
    damaged = f"cfpy: the JS toolchain in {root} is damaged ({{}}); reinstalling ..."
    assert lines[0] in [damaged.format(damage) for damage in damages], lines
    assert esbuild.stat().st_size == size and miniflare.is_file()
    version = subprocess.run([str(esbuild), "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == "0.27.3"
    # an intact install is not reinstalled again
    again = subprocess.run(
        [sys.executable, "-c", INSTALL_SCRIPT], env=env, capture_output=True, text=True, timeout=900
    )
    assert again.returncode == 0 and "cfpy:" not in again.stderr, again.stderr
