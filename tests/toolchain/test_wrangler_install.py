"""wrangler (what `cfpy deploy` runs) is installed by the toolchain's one install routine,
``cfpy_workers.toolchain.ensure_installed``: its marker is the install's manifest, a marker
from before manifests is upgraded to one, and a damaged install is detected, announced and
repaired (review finding on issue 12). Real npm and node. The test's own CFPY_HOME starts
as a copy of the suite's wrangler install (one `npm ci`, the repair, instead of two); the
suite's own install is never touched."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from cfpy_workers.toolchain import MARKER
from cfpy_workers.toolchain.deploy import lock_hash, wrangler_version
from support.wrangler import ensure_wrangler, wrangler_env

SCRIPT = """
from cfpy_workers.diagnostics import Logger
from cfpy_workers.toolchain.deploy import ensure_wrangler
logger = Logger()
binary = ensure_wrangler(logger)
logger.print()
print(binary if binary else "NONE")
"""


def _ensure(home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CFPY_HOME": str(home)}
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr
    return run


def _cfpy_lines(run: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("cfpy:")]


def test_a_damaged_wrangler_install_is_detected_and_reinstalled(tmp_path: Path) -> None:
    home = tmp_path / "cfpy-home"
    root = home / "wrangler" / lock_hash()
    shutil.copytree(ensure_wrangler().parents[2], root, symlinks=True)
    # a marker from before manifests (one line, the lock hash) is upgraded, not reinstalled
    (root / MARKER).write_text(lock_hash() + "\n", encoding="utf-8")
    upgraded = _ensure(home)
    assert _cfpy_lines(upgraded) == []
    binary = Path(upgraded.stdout.strip().splitlines()[-1])
    assert binary == root / "node_modules" / ".bin" / "wrangler"
    entry = root / "node_modules" / "wrangler" / "package.json"
    record = json.loads((root / MARKER).read_text(encoding="utf-8"))
    assert record["lock"] == lock_hash()
    assert record["files"]["node_modules/wrangler/package.json"] == entry.stat().st_size

    size = entry.stat().st_size
    with open(entry, "r+b") as handle:
        handle.truncate(size // 2)
    repaired = _ensure(home)
    damaged = (
        f"cfpy: wrangler in {root} is damaged (node_modules/wrangler/package.json has "
        f"{size // 2} bytes, not {size}); reinstalling ..."
    )
    installing = f"cfpy: installing wrangler (wrangler {wrangler_version()}) into {root} ..."
    assert _cfpy_lines(repaired) == [damaged, installing]
    assert entry.stat().st_size == size
    version = subprocess.run(
        [str(binary), "--version"], env=wrangler_env(tmp_path), capture_output=True, text=True, timeout=300
    )
    assert wrangler_version() in version.stdout, version.stdout + version.stderr
    # an intact install is used as it is
    assert _cfpy_lines(_ensure(home)) == []
