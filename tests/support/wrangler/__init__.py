"""wrangler, pinned by cfpy (transpiler/toolchain/wrangler, what `cfpy deploy` runs), for the
wrangler integration tests: installed once into the cfpy cache by
cfpy_workers.toolchain.deploy, the way cfpy_workers.toolchain installs esbuild and miniflare.

``ensure_wrangler()`` returns the path of the ``wrangler`` executable; ``wrangler_env()``
the environment to run it offline (no metrics, no cf fetch, cfpy on PATH for the
``[build] command``).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from cfpy_workers.diagnostics import Logger
from cfpy_workers.toolchain import deploy

WRANGLER_VERSION = deploy.wrangler_version()


@lru_cache(maxsize=1)
def _ensure() -> Path | str:
    logger = Logger()
    binary = deploy.ensure_wrangler(logger)
    if binary is None:
        return "\n".join(d.render() for d in logger.diagnostics)
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
