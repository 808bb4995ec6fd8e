"""``cfpy dev``: build, serve in workerd (miniflare), rebuild on save, keep state.

State (KV, D1, R2, Durable Objects) lives where wrangler keeps it, ``DIR/.wrangler/state``,
and survives restarts and reloads.  A failed rebuild prints its diagnostics, and the page
shows them (instead of the worker) until the next good build.
"""

from __future__ import annotations

import io
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from .bundle import map_path as bundle_map_path
from .diagnostics import Logger, guarded
from .emit.sourcemap import SourceMap
from .project import ProjectConfig, dev_vars, load_project

POLL_SECONDS = 0.3


def server_options(
    config: ProjectConfig, port: int, upstream: str | None = None, front: bool = False
) -> object:
    from .serve import DevServerOptions

    return DevServerOptions(
        bundle=config.main,
        compatibility_date=config.compatibility_date,
        compatibility_flags=config.compatibility_flags,
        durable_objects={b.name: b.class_name for b in config.durable_objects},
        vars={**config.vars, **dev_vars(config.root / ".dev.vars")},
        state_dir=config.state_dir,
        port=port,
        sqlite_classes=sorted(config.sqlite_classes),
        upstream=upstream,
        front=front,
        project_root=config.root,
        **platform_bindings(config),
    )


def platform_bindings(config: ProjectConfig) -> dict[str, Any]:
    """The KV, D1, R2 and Queues bindings and the static assets of ``config`` as
    DevServerOptions fields."""
    tables = config.binding_tables
    consumers = {
        t["queue"]: {
            option: t[key]
            for key, option in _CONSUMER_OPTIONS.items()
            if key in t
        }
        for t in config.queue_consumers
    }
    return {
        # KV data is kept per namespace id, as wrangler does (the binding name without one)
        "kv_namespaces": {
            t["binding"]: str(t.get("id") or t["binding"]) for t in tables.get("kv", [])
        },
        "d1_databases": {
            t["binding"]: str(t.get("database_id") or t.get("database_name") or t["binding"])
            for t in tables.get("d1", [])
        },
        "r2_buckets": {t["binding"]: str(t.get("bucket_name") or t["binding"]) for t in tables.get("r2", [])},
        "queue_producers": {t["binding"]: str(t.get("queue") or t["binding"]) for t in tables.get("queue", [])},
        "queue_consumers": consumers,
        "assets_directory": _assets_directory(config),
        "assets_binding": _assets_binding(config),
        "service_bindings": _service_bindings(config),
    }


def _assets_binding(config: ProjectConfig) -> str | None:
    """The name the config binds its static assets to (``assets.binding``), if any."""
    assets = config.raw.get("assets")
    binding = assets.get("binding") if isinstance(assets, dict) else None
    return binding if isinstance(binding, str) else None


def _service_bindings(config: ProjectConfig) -> dict[str, dict[str, str]]:
    """Service bindings to this worker itself (its default or a named entrypoint) as
    Miniflare's {name, entrypoint}; the dev server runs one worker, so a binding to
    another service is left out (using it is the runtime's "not defined" KeyError)."""
    own = config.raw.get("name")
    found: dict[str, dict[str, str]] = {}
    for table in config.binding_tables.get("fetcher", []):
        if "service" not in table or table.get("service") != own:
            continue
        target = {"name": "cfpy"}  # dev.mjs's name for the worker
        if isinstance(table.get("entrypoint"), str):
            target["entrypoint"] = table["entrypoint"]
        found[table["binding"]] = target
    return found


def _assets_directory(config: ProjectConfig) -> Path | None:
    """The config's ``assets.directory`` (relative to the config file), if it exists."""
    assets = config.raw.get("assets")
    directory = assets.get("directory") if isinstance(assets, dict) else None
    if not isinstance(directory, str):
        return None
    path = (config.config_path.parent / directory).resolve()
    return path if path.is_dir() else None


# wrangler's [[queues.consumers]] keys -> Miniflare's consumer options
_CONSUMER_OPTIONS = {
    "max_batch_size": "maxBatchSize",
    "max_batch_timeout": "maxBatchTimeout",
    "max_retries": "maxRetries",
    "dead_letter_queue": "deadLetterQueue",
    "retry_delay": "retryDelay",
}


def _snapshot(config: ProjectConfig) -> dict[Path, float]:
    files = list(config.src_root.rglob("*.py")) + [config.config_path]
    pyproject = config.root / "pyproject.toml"
    if pyproject.is_file():
        files.append(pyproject)
    return {f: f.stat().st_mtime for f in files if f.is_file()}


def _build(directory: Path, entry: str | None) -> tuple[ProjectConfig | None, str]:
    """The project if it built, and the diagnostics printed (also shown in the browser
    while the build is broken)."""
    from .pipeline import build_project

    logger = Logger()
    config = load_project(directory, logger, entry)
    ok = None
    if config is not None:
        ok = guarded(logger, lambda: build_project(config, logger, minify=False))
    text = io.StringIO()
    if logger.diagnostics:
        logger.print(sys.stderr)
        logger.print(text)
    return (config if ok is not None else None), text.getvalue()


class FrameMapper:
    """Rewrites bundle positions in worker output (`at f (…/worker.js:L:C)`) to .py lines."""

    FRAME = re.compile(r"\(?(?:file://)?([^\s()]+\.js):(\d+):(\d+)\)?")

    def __init__(self, config: ProjectConfig) -> None:
        self.bundle = config.main
        self.root = config.root
        self.map: SourceMap | None = None

    def reset(self) -> None:
        self.map = None  # a rebuild wrote a new map

    def __call__(self, line: str) -> str | None:
        """The line with .py positions, or None for a runtime-internal stack frame."""
        mapped = self.FRAME.sub(self._replace, line)
        if mapped == line and line.lstrip().startswith("at ") and str(self.bundle) in line:
            return None  # a frame inside cfpy's runtime: Python tracebacks don't show those
        return mapped

    def _replace(self, match: re.Match[str]) -> str:
        if Path(match.group(1)).resolve() != self.bundle.resolve():
            return match.group(0)
        if self.map is None:
            map_path = bundle_map_path(self.bundle)
            if map_path is None or not map_path.is_file():
                return match.group(0)
            self.map = SourceMap.load(map_path)
        found = self.map.lookup(int(match.group(2)), int(match.group(3)) - 1)
        if found is None or not found.source.endswith(".py"):
            return match.group(0)
        source = Path(found.source)
        shown = source.relative_to(self.root) if source.is_relative_to(self.root) else source
        return f"({shown}:{found.line})"


def _show(line: str | None, stream: TextIO) -> None:
    if line is not None:
        # One write per line: stdout and stderr may share a pipe (a terminal, `2>&1`),
        # and print's separate newline write could land inside the other stream's line.
        stream.write(line + "\n")
        stream.flush()


def run_dev(directory: Path, entry: str | None, port: int, upstream: str | None = None) -> int:
    from .serve import start_dev_server
    from .toolchain import ensure_toolchain

    config, _ = _build(directory, entry)
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
    from .serve import DevServerError

    mapper = FrameMapper(config)
    startup = _StartupOutput(mapper)
    try:
        server = start_dev_server(
            toolchain,
            server_options(config, port, upstream, front=True),  # type: ignore[arg-type]
            on_stdout=lambda line: startup.show(line, sys.stdout),
            on_stderr=lambda line: startup.show(line, sys.stderr),
        )
    except DevServerError as err:
        # One line that names the problem; the runtime's own stack only on request.
        print(f"cfpy: cannot serve {config.name}: {err.reason}", file=sys.stderr)
        if os.environ.get("CFPY_DEBUG"):
            for line in startup.held:
                print(f"  {line}", file=sys.stderr)
        return 1
    startup.release()
    print(f"cfpy: serving {config.name} on {server.url} (Ctrl-C to stop)", flush=True)
    seen = _snapshot(config)
    try:
        while True:
            time.sleep(POLL_SECONDS)
            now = _snapshot(config)
            if now == seen:
                continue
            seen = now
            rebuilt, diagnostics = _build(directory, entry)
            if rebuilt is None:
                server.show_build_error(diagnostics)
                print(
                    "cfpy: build failed; the page shows why until the next good build",
                    file=sys.stderr,
                    flush=True,
                )
                continue
            config = rebuilt
            mapper.reset()
            server.reload(server_options(config, port, upstream, front=True))  # type: ignore[arg-type]
            print("cfpy: rebuilt and reloaded", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


class _StartupOutput:
    """Holds what the local runtime prints until it is ready: if it does not start, its
    stack traces would bury the one line that says why."""

    def __init__(self, mapper: FrameMapper) -> None:
        self.mapper = mapper
        self.held: list[str] = []
        self.ready = False
        self.lock = threading.Lock()

    def show(self, line: str, stream: TextIO) -> None:
        with self.lock:
            if not self.ready:
                self.held.append(line)
                return
        _show(self.mapper(line), stream)

    def release(self) -> None:
        """The server is up: print what it said while starting (a compatibility note)."""
        with self.lock:
            self.ready = True
            held, self.held = self.held, []
        for line in held:
            if line.startswith("cfpy: "):
                _show(line, sys.stdout)
