"""Run bundled workers locally: the Miniflare dev server (``dev.mjs``) and plain node.

``start_dev_server`` writes the server options to a JSON file, starts ``node dev.mjs
CONFIG`` with the toolchain's ``node_modules`` on ``NODE_PATH`` and waits for its
``cfpy: ready on URL`` line.  Reloading sends ``reload`` on the server's stdin (dev.mjs
also reloads on SIGHUP); it re-reads the config and the bundle without losing storage.
Lines the server prints (worker ``console.log`` included) are forwarded to callbacks
(default: this process's stdout/stderr) and kept in ``DevServer.output``.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from ..toolchain import Toolchain

DEV_SCRIPT = Path(__file__).resolve().parent / "dev.mjs"
READY_PREFIX = "cfpy: ready on "
RELOADED = "cfpy: reloaded"
RELOAD_FAILED = "cfpy: reload failed: "
START_FAILED = "cfpy: start failed: "
OFFLINE_ENV = {"CLOUDFLARE_CF_FETCH_ENABLED": "false", "WRANGLER_SEND_METRICS": "false"}

LineSink = Callable[[str], None]


class DevServerError(RuntimeError):
    """The dev server could not start: ``reason`` is one line, ``output`` its last lines."""

    def __init__(self, reason: str, output: list[str]) -> None:
        super().__init__("\n".join([f"dev server failed to start: {reason}", *output]))
        self.reason = reason
        self.output = output


@dataclass
class DevServerOptions:
    """What to serve and with which bindings; paths are made absolute when written."""

    bundle: Path
    compatibility_date: str
    compatibility_flags: list[str] = field(default_factory=list)
    # binding names, or binding name -> namespace id (where its data is kept)
    kv_namespaces: list[str] | dict[str, str] = field(default_factory=list)
    # binding name -> exported class name
    durable_objects: dict[str, str] = field(default_factory=dict)
    vars: dict[str, object] = field(default_factory=dict)
    # None keeps all storage in memory (lost on stop)
    state_dir: Path | None = None
    port: int = 0
    host: str = "127.0.0.1"
    # classes declared with `new_sqlite_classes` (SQLite-backed Durable Object storage)
    sqlite_classes: list[str] = field(default_factory=list)
    # origin that ctx.pass_through_on_exception() forwards to; None: a 502 explaining that
    upstream: str | None = None
    # `cfpy dev`'s front server (front.mjs): request log, traceback and build-error pages
    front: bool = False
    project_root: Path | None = None
    # binding name -> D1 database id / R2 bucket name / queue name
    d1_databases: dict[str, str] = field(default_factory=dict)
    r2_buckets: dict[str, str] = field(default_factory=dict)
    queue_producers: dict[str, str] = field(default_factory=dict)
    # queue name -> Miniflare consumer options (maxBatchSize, maxBatchTimeout, ...)
    queue_consumers: dict[str, dict[str, object]] = field(default_factory=dict)
    # static assets served in front of the worker (the config's assets.directory)
    assets_directory: Path | None = None
    # the binding name of the assets (assets.binding), if the worker reads them
    assets_binding: str | None = None
    # binding name -> {"name": Miniflare worker name, "entrypoint": ...}
    service_bindings: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The config object dev.mjs reads."""
        return {
            "bundle": str(Path(self.bundle).resolve()),
            "compatibilityDate": self.compatibility_date,
            "compatibilityFlags": list(self.compatibility_flags),
            "kvNamespaces": (
                dict(self.kv_namespaces)
                if isinstance(self.kv_namespaces, dict)
                else list(self.kv_namespaces)
            ),
            "durableObjects": {
                binding: {"className": cls, "useSQLite": cls in self.sqlite_classes}
                for binding, cls in self.durable_objects.items()
            },
            "vars": dict(self.vars),
            "stateDir": str(Path(self.state_dir).resolve()) if self.state_dir else None,
            "host": self.host,
            "port": self.port,
            "exitOnStdinEnd": True,
            "upstream": self.upstream,
            "front": self.front,
            "projectRoot": str(Path(self.project_root).resolve()) if self.project_root else None,
            "d1Databases": dict(self.d1_databases),
            "r2Buckets": dict(self.r2_buckets),
            "queueProducers": dict(self.queue_producers),
            "queueConsumers": dict(self.queue_consumers),
            "assetsDirectory": str(Path(self.assets_directory).resolve())
            if self.assets_directory
            else None,
            "assetsBinding": self.assets_binding,
            "serviceBindings": dict(self.service_bindings),
        }


def _default_stdout(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _default_stderr(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


class DevServer:
    """A running ``dev.mjs``; use as a context manager or call ``stop()``."""

    def __init__(
        self,
        process: subprocess.Popen[str],
        config_path: Path,
        on_stdout: LineSink,
        on_stderr: LineSink,
    ) -> None:
        self.process = process
        self.url = ""
        self.last_error: str | None = None
        self.output: deque[str] = deque(maxlen=2000)
        self._config_path = config_path
        self._ready = threading.Event()
        self._replies: queue.Queue[str] = queue.Queue()
        self._reload_lock = threading.Lock()
        self._threads = [
            self._pump(process.stdout, on_stdout, protocol=True),
            self._pump(process.stderr, on_stderr, protocol=False),
        ]

    def _pump(self, stream: IO[str] | None, sink: LineSink, protocol: bool) -> threading.Thread:
        def run() -> None:
            assert stream is not None
            for raw in stream:
                line = raw.rstrip("\n")
                if protocol and self._handle_protocol(line):
                    continue
                self.output.append(line)
                sink(line)

        thread = threading.Thread(target=run, name="cfpy-dev-output", daemon=True)
        thread.start()
        return thread

    def _handle_protocol(self, line: str) -> bool:
        if line.startswith(READY_PREFIX) and not self._ready.is_set():
            self.url = line[len(READY_PREFIX) :].strip()
            self._ready.set()
            return True
        if line.startswith(START_FAILED):
            self.last_error = line[len(START_FAILED) :]
            return True
        if line == RELOADED or line.startswith(RELOAD_FAILED):
            self._replies.put(line)
            return True
        return False

    def wait_ready(self, timeout: float) -> None:
        """Block until the server listens; raise DevServerError if it exits or times out."""
        waited = 0.0
        while not self._ready.wait(0.05):
            waited += 0.05
            if self.process.poll() is not None or waited >= timeout:
                self.stop()
                reason = self.last_error or (
                    f"exited with code {self.process.returncode}"
                    if waited < timeout
                    else f"not ready after {timeout:.0f} s"
                )
                raise DevServerError(reason, list(self.output)[-20:])

    def reload(self, options: DevServerOptions | None = None, timeout: float = 60.0) -> bool:
        """Re-read the bundle (and ``options`` if given) keeping storage; False on failure
        (the reason is in ``last_error``)."""
        with self._reload_lock:
            if options is not None:
                _write_config(self._config_path, options)
            _drain(self._replies)
            if not self._send("reload"):
                self.last_error = "dev server is not running"
                return False
            try:
                reply = self._replies.get(timeout=timeout)
            except queue.Empty:
                self.last_error = f"reload did not finish within {timeout:.0f} s"
                return False
            if reply == RELOADED:
                self.last_error = None
                return True
            self.last_error = reply[len(RELOAD_FAILED) :]
            return False

    def show_build_error(self, text: str) -> bool:
        """Answer every request with ``text`` (a failed build's diagnostics) until the
        next reload; only with the front server."""
        return self._send("build-failed " + json.dumps(text))

    def _send(self, command: str) -> bool:
        stdin = self.process.stdin
        if self.process.poll() is not None or stdin is None:
            return False
        try:
            stdin.write(command + "\n")
            stdin.flush()
        except (BrokenPipeError, ValueError):
            return False
        return True

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM the server and wait for it (SIGKILL after ``timeout``); idempotent."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for thread in self._threads:
            thread.join(timeout=5)
        if self.process.stdin is not None:
            try:
                self.process.stdin.close()
            except OSError:
                pass
        shutil.rmtree(self._config_path.parent, ignore_errors=True)
        return self.process.returncode

    def __enter__(self) -> DevServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _drain(q: queue.Queue[str]) -> None:
    while True:
        try:
            q.get_nowait()
        except queue.Empty:
            return


def _write_config(path: Path, options: DevServerOptions) -> None:
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")
    tmp.write_text(json.dumps(options.to_json(), indent=2), encoding="utf-8")
    os.replace(tmp, path)


def node_env(toolchain: Toolchain) -> dict[str, str]:
    """Environment for node processes: toolchain on NODE_PATH, no network side effects."""
    env = dict(os.environ)
    env["NODE_PATH"] = str(toolchain.node_modules)
    env.update(OFFLINE_ENV)
    return env


def start_dev_server(
    toolchain: Toolchain,
    options: DevServerOptions,
    *,
    on_stdout: LineSink | None = None,
    on_stderr: LineSink | None = None,
    timeout: float = 60.0,
) -> DevServer:
    """Start dev.mjs for ``options`` and return once it is listening (``.url`` set)."""
    if options.state_dir is not None:
        Path(options.state_dir).mkdir(parents=True, exist_ok=True)
    config_dir = Path(tempfile.mkdtemp(prefix="cfpy-dev-"))
    config_path = config_dir / "config.json"
    _write_config(config_path, options)
    env = node_env(toolchain)
    env["TMPDIR"] = str(config_dir)  # Miniflare's scratch folder goes away with ours
    process = subprocess.Popen(
        [str(toolchain.node), str(DEV_SCRIPT), str(config_path)],
        cwd=toolchain.root,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    )
    server = DevServer(
        process, config_path, on_stdout or _default_stdout, on_stderr or _default_stderr
    )
    server.wait_ready(timeout)
    return server


def run_node_module(toolchain: Toolchain, bundle_path: Path, args: Sequence[str]) -> int:
    """Run a bundled ES module with node (stdio inherited) and return its exit code.

    A bundle not named ``*.mjs`` is run through a temporary ``.mjs`` hard link (a copy
    where links are impossible) in the same folder, so node loads it as an ES module and
    its relative ``sourceMappingURL`` still resolves."""
    bundle_path = Path(bundle_path).resolve()
    cmd = [str(toolchain.node), "--enable-source-maps"]
    if bundle_path.suffix == ".mjs":
        return _run(cmd + [str(bundle_path), *args], toolchain)
    link = bundle_path.with_name(f".{bundle_path.stem}.{os.getpid()}-{uuid.uuid4().hex[:8]}.mjs")
    try:
        try:
            os.link(bundle_path, link)
        except OSError:
            shutil.copyfile(bundle_path, link)
        return _run(cmd + [str(link), *args], toolchain)
    finally:
        link.unlink(missing_ok=True)


def _run(cmd: list[str], toolchain: Toolchain) -> int:
    env = node_env(toolchain)
    env.pop("NODE_PATH", None)  # a program's imports are all bundled
    try:
        return subprocess.run(cmd, env=env).returncode
    except KeyboardInterrupt:
        return 130
