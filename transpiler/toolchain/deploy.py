"""``cfpy deploy``: the pinned wrangler, and the configuration it deploys.

wrangler is pinned like the build toolchain (``wrangler/package.json`` and its lock file,
installed on first use into ``<cache>/wrangler/<lock hash>`` by the toolchain's own
install routine, ``ensure_installed``: the same cache, lock, manifest marker and repair
of a damaged install as esbuild and miniflare). It is not part of the build toolchain:
only ``cfpy deploy`` (and the wrangler tests) need it.

``deploy_config`` writes what wrangler deploys: the project's own configuration with
``main`` set to cfpy's bundle, ``no_bundle`` (wrangler uploads the bundle as it is), no
``[build]`` command (cfpy has just built), the ``python_workers`` compatibility flag
dropped (the bundle is JavaScript; the flag would make Cloudflare run it as a Pyodide
worker) and relative paths made absolute (the file lives in the build folder).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..diagnostics import Logger
from ..project import PYTHON_WORKERS_FLAG, ProjectConfig
from . import Pin, _find_node, ensure_installed

WRANGLER = Pin("wrangler", "wrangler", Path(__file__).resolve().parent / "wrangler")


def wrangler_version() -> str:
    return WRANGLER.versions()["wrangler"]


def lock_hash() -> str:
    return WRANGLER.lock_hash()


def wrangler_dir() -> Path:
    return WRANGLER.install_dir()


def ensure_wrangler(logger: Logger) -> Path | None:
    """The pinned wrangler executable, installed on first use (and reinstalled when
    damaged); None after logging why not."""
    if _find_node(logger) is None:
        return None
    root = ensure_installed(WRANGLER, logger)
    if root is None:
        return None
    binary = root / "node_modules" / ".bin" / "wrangler"
    if not binary.exists():
        logger.error("CF403", f"{binary} is missing", hint=f"delete {root} and run the command again")
        return None
    return binary


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
