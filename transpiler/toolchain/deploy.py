"""``cfpy deploy``: the pinned wrangler, and the configuration it deploys.

wrangler is pinned like the build toolchain (``wrangler/package.json`` and its lock file,
installed on first use with ``npm ci`` into ``<cache>/wrangler/<lock hash>``, the same
cache, lock and completion marker as esbuild and miniflare). It is not part of the build
toolchain: only ``cfpy deploy`` (and the wrangler tests) need it.

``deploy_config`` writes what wrangler deploys: the project's own configuration with
``main`` set to cfpy's bundle, ``no_bundle`` (wrangler uploads the bundle as it is), no
``[build]`` command (cfpy has just built), the ``python_workers`` compatibility flag
dropped (the bundle is JavaScript; the flag would make Cloudflare run it as a Pyodide
worker) and relative paths made absolute (the file lives in the build folder).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from ..diagnostics import Logger
from ..project import PYTHON_WORKERS_FLAG, ProjectConfig
from . import (
    MARKER,
    _find_node,
    _install_lock,
    _remove_stale,
    _run_npm_ci,
    cache_root,
)

PIN_DIR = Path(__file__).resolve().parent / "wrangler"
PACKAGE_JSON = PIN_DIR / "package.json"
PACKAGE_LOCK = PIN_DIR / "package-lock.json"


def wrangler_version() -> str:
    return str(json.loads(PACKAGE_JSON.read_text(encoding="utf-8"))["dependencies"]["wrangler"])


def lock_hash() -> str:
    return hashlib.sha256(PACKAGE_LOCK.read_bytes()).hexdigest()[:12]


def wrangler_dir() -> Path:
    return cache_root() / "wrangler" / lock_hash()


def ensure_wrangler(logger: Logger) -> Path | None:
    """The pinned wrangler executable, installed on first use; None after logging why not."""
    if _find_node(logger) is None:
        return None
    root = wrangler_dir()
    if not (root / MARKER).is_file():
        root.parent.mkdir(parents=True, exist_ok=True)
        with _install_lock(root):
            if not (root / MARKER).is_file() and not _install(root, logger):
                return None
    binary = root / "node_modules" / ".bin" / "wrangler"
    if not binary.exists():
        logger.error("CF403", f"{binary} is missing", hint=f"delete {root} and run the command again")
        return None
    return binary


def _install(root: Path, logger: Logger) -> bool:
    """npm ci into a temp folder next to ``root``, renamed into place (lock held)."""
    npm = shutil.which("npm")
    if npm is None:
        logger.error("CF401", "npm is required to install wrangler but `npm` was not found on PATH")
        return False
    _remove_stale(root)
    tmp = Path(tempfile.mkdtemp(prefix=f"{root.name}.tmp-", dir=root.parent))
    try:
        shutil.copyfile(PACKAGE_JSON, tmp / "package.json")
        shutil.copyfile(PACKAGE_LOCK, tmp / "package-lock.json")
        print(f"cfpy: installing wrangler {wrangler_version()} into {root} ...", flush=True)
        if not _run_npm_ci(npm, tmp, logger):
            return False
        (tmp / MARKER).write_text(lock_hash() + "\n", encoding="utf-8")
        if root.exists():
            shutil.rmtree(root)
        os.replace(tmp, root)
        return True
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


# Config keys holding paths relative to the config file (made absolute in the copy).
_PATH_KEYS = (("assets", "directory"), ("site", "bucket"))


def deploy_config(config: ProjectConfig) -> Path:
    """Write the configuration wrangler deploys (see the module docstring); its path."""
    raw: dict[str, Any] = json.loads(json.dumps(config.raw, default=str))
    raw["main"] = str(config.main)
    raw["no_bundle"] = True
    raw.pop("build", None)
    flags = [f for f in raw.get("compatibility_flags", []) if f != PYTHON_WORKERS_FLAG]
    if flags:
        raw["compatibility_flags"] = flags
    else:
        raw.pop("compatibility_flags", None)
    for table, key in _PATH_KEYS:
        section = raw.get(table)
        if isinstance(section, dict) and isinstance(section.get(key), str):
            section[key] = str((config.root / section[key]).resolve())
    target = config.build_dir / "deploy" / "wrangler.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(raw, indent=2) + "\n", encoding="utf-8")
    return target
