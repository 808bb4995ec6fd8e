"""Tests for serving a bundled worker in workerd via Miniflare (real servers, urllib)."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cfpy_workers.bundle import bundle
from cfpy_workers.diagnostics import Logger
from cfpy_workers.serve import DevServerError, DevServerOptions, start_dev_server
from cfpy_workers.toolchain import Toolchain
from support.workerd import WorkerHandle, running_worker, shared_toolchain

WORKER = """\
import { DurableObject } from "cloudflare:workers";
import { VERSION } from "@cfpy/runtime/version.js";

export class Counter extends DurableObject {
  async fetch(request) {
    const n = ((await this.ctx.storage.get("n")) ?? 0) + 1;
    await this.ctx.storage.put("n", n);
    return new Response(String(n));
  }
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const key = url.searchParams.get("key") ?? "k";
    if (url.pathname === "/version") return new Response(VERSION);
    if (url.pathname === "/greeting") return new Response(env.GREETING);
    if (url.pathname === "/log") {
      console.log("worker-log " + key);
      return new Response("logged");
    }
    if (url.pathname === "/kv" && request.method === "PUT") {
      await env.KV.put(key, await request.text());
      return new Response("stored", { status: 201 });
    }
    if (url.pathname === "/kv") {
      const value = await env.KV.get(key);
      return value === null ? new Response("missing", { status: 404 }) : new Response(value);
    }
    if (url.pathname === "/count") {
      const stub = env.COUNTER.get(env.COUNTER.idFromName(key));
      return stub.fetch(request);
    }
    return new Response("not found", { status: 404 });
  },
};
"""


@pytest.fixture(scope="module")
def toolchain() -> Toolchain:
    return shared_toolchain()


def _build(toolchain: Toolchain, root: Path, version: str) -> Path:
    runtime = root / "runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    (runtime / "version.js").write_text(f'export const VERSION = "{version}";\n')
    entry = root / "build" / "entry.js"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(WORKER)
    outfile = root / "dist" / "main.js"
    logger = Logger()
    assert bundle(entry, outfile, toolchain=toolchain, runtime_dir=runtime, logger=logger), [
        d.render() for d in logger.diagnostics
    ]
    return outfile


def _options(bundle_path: Path, state_dir: Path | None = None) -> DevServerOptions:
    return DevServerOptions(
        bundle=bundle_path,
        compatibility_date="2025-01-01",
        kv_namespaces=["KV"],
        durable_objects={"COUNTER": "Counter"},
        vars={"GREETING": "hi from vars"},
        state_dir=state_dir,
    )


@pytest.fixture
def worker(toolchain: Toolchain, tmp_path: Path) -> Iterator[WorkerHandle]:
    with running_worker(toolchain, _options(_build(toolchain, tmp_path, "v1"))) as handle:
        yield handle


def test_serves_kv_durable_objects_and_vars(worker: WorkerHandle) -> None:
    assert worker.url.startswith("http://127.0.0.1:")
    assert worker.get("/version").body == "v1"
    assert worker.get("/greeting").body == "hi from vars"
    assert worker.get("/kv?key=a").status == 404
    put = worker.request("/kv?key=a", method="PUT", data="apple")
    assert (put.status, put.body) == (201, "stored")
    assert worker.get("/kv?key=a").body == "apple"
    assert [worker.get("/count?key=c").body for _ in range(3)] == ["1", "2", "3"]
    assert worker.get("/count?key=other").body == "1"


def test_state_persists_across_restart(worker: WorkerHandle) -> None:
    worker.request("/kv?key=p", method="PUT", data="persisted")
    assert worker.get("/count?key=p").body == "1"
    worker.restart()
    assert worker.get("/kv?key=p").body == "persisted"
    assert worker.get("/count?key=p").body == "2"


def test_reload_picks_up_new_bundle_and_keeps_state(
    worker: WorkerHandle, toolchain: Toolchain
) -> None:
    worker.request("/kv?key=r", method="PUT", data="kept")
    assert worker.get("/count?key=r").body == "1"
    url = worker.url
    _build(toolchain, Path(worker.options.bundle).parents[1], "v2")
    worker.reload()
    assert worker.url == url
    assert worker.get("/version").body == "v2"
    assert worker.get("/kv?key=r").body == "kept"
    assert worker.get("/count?key=r").body == "2"


def test_sighup_reloads_too(worker: WorkerHandle, toolchain: Toolchain) -> None:
    _build(toolchain, Path(worker.options.bundle).parents[1], "v3")
    assert worker.server is not None
    worker.server.process.send_signal(signal.SIGHUP)
    deadline = time.monotonic() + 30
    while _version_or_none(worker) != "v3":
        assert time.monotonic() < deadline, "SIGHUP did not reload the bundle"
        time.sleep(0.1)


def _version_or_none(worker: WorkerHandle) -> str | None:
    """The served version, or None while workerd restarts (connections are refused)."""
    try:
        return worker.get("/version").body
    except OSError:
        return None


def test_worker_console_output_reaches_server_output(worker: WorkerHandle) -> None:
    assert worker.get("/log?key=marker-123").body == "logged"
    deadline = time.monotonic() + 10
    while "worker-log marker-123" not in worker.output:
        assert time.monotonic() < deadline, worker.output
        time.sleep(0.05)
    assert not any(line.startswith("cfpy: ") for line in worker.output)


def test_stop_is_clean(toolchain: Toolchain, tmp_path: Path) -> None:
    options = _options(_build(toolchain, tmp_path, "v1"), tmp_path / "state")
    server = start_dev_server(toolchain, options, on_stdout=lambda _: None)
    with server:
        assert server.process.poll() is None
    assert server.process.returncode == 0
    assert server.stop() == 0  # idempotent


def test_worker_failing_at_load_raises(toolchain: Toolchain, tmp_path: Path) -> None:
    broken = tmp_path / "broken.js"
    broken.write_text('throw new Error("boom at load");\nexport default {};\n')
    options = DevServerOptions(bundle=broken, compatibility_date="2025-01-01")
    lines: list[str] = []
    with pytest.raises(DevServerError) as info:
        start_dev_server(toolchain, options, on_stdout=lines.append, on_stderr=lines.append)
    assert "boom at load" in "\n".join(lines)
    assert info.value.reason


def test_failed_reload_keeps_server_alive_and_reports(worker: WorkerHandle, tmp_path: Path) -> None:
    assert worker.server is not None
    good = Path(worker.options.bundle).read_bytes()
    Path(worker.options.bundle).write_text("export default {\n")  # syntax error
    assert worker.server.reload() is False
    assert worker.server.last_error
    Path(worker.options.bundle).write_bytes(good)
    worker.reload()
    assert worker.get("/version").body == "v1"
