"""The handlers end to end: fetch, scheduled, email and queue, each written both as sync
and as async functions (tests/e2e/projects/handlers_sync and handlers_async), plus
ctx.wait_until and ctx.pass_through_on_exception.

The non-fetch handlers are driven by a small Miniflare script (HARNESS below) that
serves the same bundle in the same workerd with the same bindings as
transpiler/serve/dev.mjs, plus an `upstream` origin; it calls the scheduled and queue
handlers directly (Fetcher.scheduled/.queue, which report the outcome, ack and retry
decisions) and posts email to /cdn-cgi/handler/email. The `dev_worker` tests check what
`cfpy dev` itself offers (/cdn-cgi/handler/scheduled); its pass-through behaviour is in
tests/e2e/test_dev.py.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cfpy_workers.serve import node_env
from projects.shared import built_project, once
from support.project import serve
from support.workerd import WorkerHandle, shared_toolchain

WORKERS = Path(__file__).parent / "projects"
VARIANTS = ("sync", "async")
EPOCH_MS = 1_700_000_000_000  # 2023-11-14 22:13:20 UTC

HARNESS = r"""
// Serve one bundle like transpiler/serve/dev.mjs, plus trigger endpoints and an
// upstream origin; run CONFIG.steps in order and print "RESULT {name: result}".
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { Miniflare, Log, LogLevel } = require("miniflare");
const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const bundle = path.resolve(config.bundle);
const mf = new Miniflare({
  modules: true,
  scriptPath: bundle,
  modulesRoot: path.dirname(bundle),
  modulesRules: [{ type: "ESModule", include: ["**/*.js", "**/*.mjs"] }],
  compatibilityDate: config.compatibilityDate,
  kvNamespaces: config.kvNamespaces,
  cf: false,
  host: "127.0.0.1",
  port: 0,
  upstream: config.upstream,
  unsafeTriggerHandlers: true,
  log: new Log(LogLevel.INFO),
});
const results = {};
try {
  const url = await mf.ready;
  const worker = await mf.getWorker();
  for (const step of config.steps) {
    let result = null;
    if (step.fetch !== undefined) {
      const r = await mf.dispatchFetch(new URL(step.fetch, url), {
        method: step.method ?? "GET", body: step.body, redirect: "manual",
      });
      result = { status: r.status, body: await r.text() };
    } else if (step.scheduled !== undefined) {
      result = await worker.scheduled({ cron: step.scheduled, scheduledTime: new Date(step.time) });
    } else if (step.queue !== undefined) {
      const messages = step.messages.map((m) => ({ ...m, timestamp: new Date(m.timestamp) }));
      result = await worker.queue(step.queue, messages);
    } else if (step.kv !== undefined) {
      result = await (await mf.getKVNamespace(step.namespace)).get(step.kv);
    }
    results[step.name] = result;
  }
} finally {
  await mf.dispose();
}
console.log("RESULT " + JSON.stringify(results));
"""


def email(to: str) -> str:
    return (
        "From: Ann <ann@example.com>\r\n"
        f"To: {to}\r\n"
        "Subject: Greetings\r\n"
        "Message-ID: <greetings-1@example.com>\r\n"
        "\r\n"
        "Hello from the test.\r\n"
    )


def message(msg_id: str, offset_s: int, body: Any, attempts: int = 1) -> dict[str, Any]:
    return {
        "id": msg_id,
        "timestamp": EPOCH_MS + offset_s * 1000,
        "body": body,
        "attempts": attempts,
    }


STEPS: list[dict[str, Any]] = [
    {"name": "fetch", "fetch": "/some/path?a=1"},
    {"name": "fetch_record", "fetch": "/record?z=1", "method": "POST"},
    {"name": "fetch_fail", "fetch": "/fail"},
    {"name": "pass_through", "fetch": "/pass-through"},
    {"name": "cron", "scheduled": "*/5 * * * *", "time": EPOCH_MS},
    {"name": "cron_fail", "scheduled": "0 0 * * *", "time": EPOCH_MS},
    {
        "name": "email",
        "fetch": "/cdn-cgi/handler/email?from=ann@example.com&to=forward@example.com",
        "method": "POST",
        "body": email("forward@example.com"),
    },
    {
        "name": "email_reject",
        "fetch": "/cdn-cgi/handler/email?from=ann@example.com&to=nobody@example.com",
        "method": "POST",
        "body": email("nobody@example.com"),
    },
    {
        "name": "queue",
        "queue": "jobs",
        "messages": [
            message("m1", 0, "ack me"),
            message("m2", 1, {"k": [1, 2], "n": None}, attempts=2),
            message("m3", 2, "retry me"),
            message("m4", 2, "retry me now"),
        ],
    },
    {"name": "queue_ack_all", "queue": "ack-all", "messages": [message("a1", 0, 1)]},
    {"name": "queue_retry_all", "queue": "retry-all", "messages": [message("r1", 0, [1])]},
    {"name": "queue_fail", "queue": "failing", "messages": [message("f1", 0, "x")]},
    # what the handlers recorded
    {"name": "kv_fetch", "kv": "fetch", "namespace": "EVENTS"},
    {"name": "kv_fetch_later", "kv": "fetch:later", "namespace": "EVENTS"},
    {"name": "kv_cron", "kv": "scheduled", "namespace": "EVENTS"},
    {"name": "kv_cron_later", "kv": "scheduled:later", "namespace": "EVENTS"},
    {"name": "kv_email", "kv": "email:forward@example.com", "namespace": "EVENTS"},
    {"name": "kv_email_reject", "kv": "email:nobody@example.com", "namespace": "EVENTS"},
    {"name": "kv_queue", "kv": "queue:jobs", "namespace": "EVENTS"},
    {"name": "kv_queue_later", "kv": "queue:jobs:later", "namespace": "EVENTS"},
]


@dataclass
class Run:
    results: dict[str, Any]
    output: list[str]
    origin_requests: list[str]  # what the origin behind the worker received

    def kv(self, name: str) -> Any:
        value = self.results[name]
        return None if value is None else json.loads(value)


class Origin:
    """A local HTTP server standing in for the origin behind the worker."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        origin = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                origin.requests.append(f"{self.command} {self.path}")
                body = f"origin saw {self.command} {self.path}".encode()
                self.send_response(200)
                self.send_header("content-type", "text/plain")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def run_harness(bundle: Path, work: Path, upstream: str) -> tuple[dict[str, Any], list[str]]:
    toolchain = shared_toolchain()
    script = work / "harness.mjs"
    script.write_text(HARNESS, encoding="utf-8")
    config = work / "harness.json"
    config.write_text(
        json.dumps(
            {
                "bundle": str(bundle),
                "compatibilityDate": "2025-01-01",
                "kvNamespaces": ["EVENTS"],
                "upstream": upstream,
                "steps": STEPS,
            }
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [str(toolchain.node), str(script), str(config)],
        cwd=toolchain.root,
        env={**node_env(toolchain), "TMPDIR": str(work)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = proc.stdout.splitlines() + proc.stderr.splitlines()
    found = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and found, "\n".join(lines)
    return json.loads(found[-1][len("RESULT ") :]), lines


@pytest.fixture(scope="module")
def projects(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        built = pool.map(
            lambda v: built_project(WORKERS / f"handlers_{v}", tmp_path_factory), VARIANTS
        )
        return dict(zip(VARIANTS, built, strict=True))


@pytest.fixture(scope="module")
def runs(projects: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Both variants driven through STEPS (once per test run: the results are data)."""

    def make(directory: Path) -> None:
        origin = Origin()
        try:

            def run(variant: str) -> dict[str, Any]:
                work = directory / variant
                work.mkdir()
                bundle = projects[variant] / "build" / "worker.js"
                results, output = run_harness(bundle, work, origin.url)
                return {"results": results, "output": output}

            with ThreadPoolExecutor(max_workers=2) as pool:
                data = dict(zip(VARIANTS, pool.map(run, VARIANTS), strict=True))
        finally:
            origin.close()
        (directory / "runs.json").write_text(
            json.dumps({"runs": data, "origin": origin.requests}), encoding="utf-8"
        )

    shared = once("handlers-runs", tmp_path_factory, make)
    data = json.loads((shared / "runs.json").read_text(encoding="utf-8"))
    return {
        variant: Run(d["results"], d["output"], data["origin"])
        for variant, d in data["runs"].items()
    }


@pytest.fixture(scope="module")
def dev_worker(projects: dict[str, Path]) -> Iterator[WorkerHandle]:
    """The sync variant served by cfpy's own dev server."""
    with serve(projects["sync"]) as handle:
        yield handle


@pytest.mark.parametrize("variant", VARIANTS)
def test_fetch_handler_and_wait_until(runs: dict[str, Run], variant: str) -> None:
    run = runs[variant]
    assert run.results["fetch"] == {
        "status": 200,
        "body": json.dumps(
            {"handler": f"{variant} fetch", "method": "GET", "path": "/some/path"},
            separators=(",", ":"),
        ),
    }
    assert run.results["fetch_record"] == {"status": 202, "body": "recorded"}
    # the sync handler writes through ctx.wait_until only; the async one awaits its
    # write and hands a second one, which reads the first, to ctx.wait_until
    assert run.kv("kv_fetch") == {"method": "POST", "query": {"z": "1"}}
    if variant == "async":
        assert (
            run.results["kv_fetch_later"]
            == 'written by wait_until after {"method":"POST","query":{"z":"1"}}'
        )


@pytest.mark.parametrize("variant", VARIANTS)
def test_uncaught_exception_is_a_500_and_logged(runs: dict[str, Run], variant: str) -> None:
    run = runs[variant]
    assert run.results["fetch_fail"] == {"status": 500, "body": "Internal Server Error"}
    assert f"LookupError: {variant} handler failed" in run.output


@pytest.mark.parametrize("variant", VARIANTS)
def test_pass_through_on_exception_forwards_to_the_origin(
    runs: dict[str, Run], variant: str
) -> None:
    run = runs[variant]
    assert run.results["pass_through"] == {"status": 200, "body": "origin saw GET /pass-through"}
    assert run.origin_requests == ["GET /pass-through", "GET /pass-through"]  # both variants
    assert f"RuntimeError: {variant} handler failed, passing through" in run.output


@pytest.mark.parametrize("variant", VARIANTS)
def test_scheduled_handler(runs: dict[str, Run], variant: str) -> None:
    run = runs[variant]
    assert run.results["cron"] == {"outcome": "ok", "noRetry": False}
    assert run.kv("kv_cron") == {
        "cron": "*/5 * * * *",
        "scheduled_time": repr(datetime(2023, 11, 14, 22, 13, 20)),
        "iso": "2023-11-14T22:13:20",
    }
    if variant == "async":
        assert run.results["kv_cron_later"].startswith("written by wait_until after ")
    # a handler that raises is reported as failed; event.no_retry() was honoured
    assert run.results["cron_fail"] == {"outcome": "exception", "noRetry": True}
    assert "RuntimeError: nightly job failed" in run.output


@pytest.mark.parametrize("variant", VARIANTS)
def test_email_handler(runs: dict[str, Run], variant: str) -> None:
    run = runs[variant]
    processed = {"status": 200, "body": "Worker successfully processed email"}
    assert run.results["email"] == processed
    expected = {
        "from": "ann@example.com",
        "to": "forward@example.com",
        "subject": "Greetings",
        "raw_size": len(email("forward@example.com").encode()),
    }
    if variant == "async":
        expected["raw_has_body"] = True  # message.raw read as a Response body
    assert run.kv("kv_email") == expected
    # message.forward(rcpt_to, headers=...) as Miniflare logs it
    forwarded = run.output.index("[mf:info] Email handler forwarded message with")
    assert run.output[forwarded + 1 : forwarded + 4] == [
        "  rcptTo: team@example.com",
        "  headers:",
        "    x-forwarded-by: cfpy",
    ]
    # message.set_reject(reason): Miniflare calls setReject over RPC after it has answered
    # (a plain JS worker gets the same 200), so the rejection shows only in its log.
    assert run.results["email_reject"] == processed
    assert (
        '[mf:error] Email handler rejected message with the following reason: "no such mailbox"'
        in run.output
    )
    assert run.results["kv_email_reject"] is None


@pytest.mark.parametrize("variant", VARIANTS)
def test_queue_handler(runs: dict[str, Run], variant: str) -> None:
    run = runs[variant]
    assert run.results["queue"] == {
        "outcome": "ok",
        "ackAll": False,
        "retryBatch": {"retry": False},
        "explicitAcks": ["m1"],
        "retryMessages": [{"msgId": "m3", "delaySeconds": 3}, {"msgId": "m4"}],
    }
    assert run.kv("kv_queue") == {
        "queue": "jobs",
        "messages": [
            ["m1", repr(datetime(2023, 11, 14, 22, 13, 20)), repr("ack me"), 1],
            ["m2", repr(datetime(2023, 11, 14, 22, 13, 21)), repr({"k": [1, 2], "n": None}), 2],
            ["m3", repr(datetime(2023, 11, 14, 22, 13, 22)), repr("retry me"), 1],
            ["m4", repr(datetime(2023, 11, 14, 22, 13, 22)), repr("retry me now"), 1],
        ],
    }
    if variant == "async":
        assert run.results["kv_queue_later"].startswith("written by wait_until after ")
    assert run.results["queue_ack_all"]["ackAll"] is True
    assert run.results["queue_ack_all"]["outcome"] == "ok"
    assert run.results["queue_retry_all"]["retryBatch"] == {"retry": True, "delaySeconds": 7}
    assert run.results["queue_fail"]["outcome"] == "exception"
    assert "ValueError: cannot process 1 messages" in run.output


def test_sync_fetch_handler_under_cfpy_dev(dev_worker: WorkerHandle) -> None:
    response = dev_worker.get("/hello?x=1")
    assert response.json() == {"handler": "sync fetch", "method": "GET", "path": "/hello"}
    recorded = dev_worker.request("/record?k=v", "PUT")
    assert (recorded.status, recorded.body) == (202, "recorded")
    failed = dev_worker.get("/fail")
    assert (failed.status, failed.body) == (500, "Internal Server Error")
    deadline = time.monotonic() + 10  # console output arrives a little after the response
    while "LookupError: sync handler failed" not in dev_worker.output:
        assert time.monotonic() < deadline, dev_worker.output
        time.sleep(0.02)


def test_cfpy_dev_can_trigger_the_scheduled_handler(dev_worker: WorkerHandle) -> None:
    response = dev_worker.get("/cdn-cgi/handler/scheduled?cron=*/5+*+*+*+*")
    assert (response.status, response.body) == (200, "ok")
