"""``cfpy dev``: build, serve in workerd (miniflare), rebuild on save, keep state.

State (KV, Durable Objects) lives under ``DIR/.cfpy/state`` and survives restarts and
reloads.  A failed rebuild prints its diagnostics and keeps serving the last good bundle.
"""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from transpiler.diagnostics import Logger
from transpiler.project import ProjectConfig, load_project

POLL_SECONDS = 0.3


def server_options(config: ProjectConfig, port: int) -> object:
    from transpiler.serve import DevServerOptions

    return DevServerOptions(
        bundle=config.main,
        compatibility_date=config.compatibility_date,
        compatibility_flags=config.compatibility_flags,
        kv_namespaces=config.kv_namespaces,
        durable_objects={b.name: b.class_name for b in config.durable_objects},
        vars=dict(config.vars),
        state_dir=config.state_dir,
        port=port,
    )


def _snapshot(config: ProjectConfig) -> dict[Path, float]:
    files = list(config.src_root.rglob("*.py")) + [config.config_path]
    pyproject = config.root / "pyproject.toml"
    if pyproject.is_file():
        files.append(pyproject)
    return {f: f.stat().st_mtime for f in files if f.is_file()}


def _build(directory: Path, entry: str | None) -> ProjectConfig | None:
    from transpiler.cli import _guarded
    from transpiler.pipeline import build_project

    logger = Logger()
    config = load_project(directory, logger, entry)
    ok = None
    if config is not None:
        ok = _guarded(logger, lambda: build_project(config, logger, minify=False))
    if logger.diagnostics:
        logger.print(sys.stderr)
    return config if ok is not None else None


def run_dev(directory: Path, entry: str | None, port: int) -> int:
    from transpiler.serve import start_dev_server
    from transpiler.toolchain import ensure_toolchain

    config = _build(directory, entry)
    if config is None:
        return 1
    logger = Logger()
    toolchain = ensure_toolchain(logger)
    if toolchain is None:
        logger.print(sys.stderr)
        return 1

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    from transpiler.serve import DevServerError

    try:
        server = start_dev_server(toolchain, server_options(config, port))  # type: ignore[arg-type]
    except DevServerError as err:
        print(f"cfpy: the local runtime did not start: {err.reason}", file=sys.stderr)
        for line in err.output[-20:]:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"cfpy: serving {config.name} on {server.url} (Ctrl-C to stop)", flush=True)
    seen = _snapshot(config)
    try:
        while True:
            time.sleep(POLL_SECONDS)
            now = _snapshot(config)
            if now == seen:
                continue
            seen = now
            rebuilt = _build(directory, entry)
            if rebuilt is None:
                print(
                    "cfpy: build failed; still serving the last good build",
                    file=sys.stderr,
                    flush=True,
                )
                continue
            config = rebuilt
            server.reload(server_options(config, port))  # type: ignore[arg-type]
            print("cfpy: rebuilt and reloaded", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
