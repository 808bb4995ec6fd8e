"""wrangler 4.86.0, pinned for the wrangler integration tests, installed once into the cfpy
cache with ``npm ci`` (``<cache>/wrangler/<lock hash>``), the way transpiler.toolchain
installs esbuild and miniflare: same cache root, same lock file discipline, same marker.

``ensure_wrangler()`` returns the path of the ``wrangler`` executable; ``wrangler_env()``
the environment to run it offline (no metrics, no cf fetch, cfpy on PATH for the
``[build] command``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from transpiler.diagnostics import Logger
from transpiler.toolchain import (
    MARKER,
    _find_node,
    _install_lock,
    _remove_stale,
    _run_npm_ci,
    cache_root,
)

HERE = Path(__file__).resolve().parent
PACKAGE_JSON = HERE / "package.json"
PACKAGE_LOCK = HERE / "package-lock.json"
WRANGLER_VERSION = "4.86.0"


def lock_hash() -> str:
    return hashlib.sha256(PACKAGE_LOCK.read_bytes()).hexdigest()[:12]


def wrangler_dir() -> Path:
    return cache_root() / "wrangler" / lock_hash()


def _install(root: Path, logger: Logger) -> bool:
    npm = shutil.which("npm")
    if npm is None:
        logger.error("CF401", "npm is required to install wrangler for the tests")
        return False
    _remove_stale(root)
    tmp = Path(tempfile.mkdtemp(prefix=f"{root.name}.tmp-", dir=root.parent))
    try:
        shutil.copyfile(PACKAGE_JSON, tmp / "package.json")
        shutil.copyfile(PACKAGE_LOCK, tmp / "package-lock.json")
        print(
            f"cfpy tests: installing wrangler {WRANGLER_VERSION} into {root} ...",
            file=sys.stderr,
            flush=True,
        )
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


@lru_cache(maxsize=1)
def _ensure() -> Path | str:
    logger = Logger()
    if _find_node(logger) is None:
        return "\n".join(d.render() for d in logger.diagnostics)
    root = wrangler_dir()
    if not (root / MARKER).is_file():
        root.parent.mkdir(parents=True, exist_ok=True)
        with _install_lock(root):
            if not (root / MARKER).is_file() and not _install(root, logger):
                return "\n".join(d.render() for d in logger.diagnostics)
    binary = root / "node_modules" / ".bin" / "wrangler"
    if not binary.exists():
        return f"{binary} is missing; delete {root} and run the tests again"
    return binary


def ensure_wrangler() -> Path:
    """The pinned wrangler executable (installed on first use); fails the test if it
    cannot be installed."""
    import pytest

    result = _ensure()
    if isinstance(result, str):
        pytest.fail(f"wrangler unavailable:\n{result}")
    return result


def wrangler_env(home: Path | None = None) -> dict[str, str]:
    """Environment for running wrangler offline with this venv's ``cfpy`` on PATH.

    ``home`` (optional) isolates wrangler's own config/log folders from the user's.
    """
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update(
        {
            "WRANGLER_SEND_METRICS": "false",
            "CLOUDFLARE_CF_FETCH_ENABLED": "false",
            # no banner: it also skips wrangler's update check against the npm registry
            "WRANGLER_HIDE_BANNER": "true",
            "NO_COLOR": "1",
            "CI": "true",
        }
    )
    for key in ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "CF_API_TOKEN", "CF_ACCOUNT_ID"):
        env.pop(key, None)
    if home is not None:
        env["XDG_CONFIG_HOME"] = str(home / "config")
        env["WRANGLER_LOG_PATH"] = str(home / "logs")
    return env
