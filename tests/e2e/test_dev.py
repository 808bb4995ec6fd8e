"""`cfpy dev`: serves in workerd, rebuilds on save keeping state, survives a bad edit,
exits cleanly on SIGTERM."""

from __future__ import annotations

import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from support.workerd import http_request


class _Lines:
    """Collect a process's output lines in the background."""

    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float = 90) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for line in self.lines[seen:]:
                found = re.search(pattern, line)
                if found:
                    return found
            seen = max(0, len(self.lines) - 1)
            time.sleep(0.1)
        raise AssertionError(f"no line matching {pattern!r} in:\n" + "\n".join(self.lines))


def _serve_dev(project: Path, *extra: str) -> tuple[subprocess.Popen[str], _Lines, str]:
    """Start `cfpy dev PROJECT --port 0 EXTRA...`; wait until it serves; (process, output, URL)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "cfpy_workers.cli", "dev", str(project), "--port", "0", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    out = _Lines(proc.stdout)
    url = out.wait_for(r"serving \S+ on (http://127\.0\.0\.1:\d+)").group(1)
    return proc, out, url


def test_dev_serves_rebuilds_and_keeps_state(example_copy) -> None:
    project: Path = example_copy("views")
    proc, out, url = _serve_dev(project)
    try:
        assert http_request(url + "/a").body == "This Durable Object has been requested 1 times!"
        assert http_request(url + "/a").body == "This Durable Object has been requested 2 times!"
        worker = project / "src" / "worker.py"
        worker.write_text(worker.read_text().replace("has been requested", "was viewed"))
        out.wait_for(r"rebuilt and reloaded")
        assert http_request(url + "/a").body == "This Durable Object was viewed 3 times!"
        # A compile error is printed with its position, and the page shows it until the
        # next good build (state is kept).
        good = worker.read_text()
        worker.write_text(good + "\nbroken = eval('1')\n")
        out.wait_for(r"worker\.py:\d+:\d+: CF102 `eval`")
        out.wait_for(r"the page shows why until the next good build")
        failed = http_request(url + "/a")
        assert failed.status == 500 and "CF102" in failed.body, failed.body
        reloads = sum("rebuilt and reloaded" in line for line in out.lines)
        worker.write_text(good)
        deadline = time.monotonic() + 90
        while sum("rebuilt and reloaded" in line for line in out.lines) == reloads:
            assert time.monotonic() < deadline, "\n".join(out.lines)
            time.sleep(0.1)
        assert http_request(url + "/a").body == "This Durable Object was viewed 4 times!"
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    assert code == 0


def test_jsonc_config_is_read(example_copy) -> None:
    from conftest import cfpy
    from support.project import serve

    project: Path = example_copy("todos")
    (project / "wrangler.toml").unlink()
    (project / "wrangler.jsonc").write_text(
        """{
  // the same project, configured in JSONC
  "name": "todos",
  "main": "build/worker.js",
  "compatibility_date": "2025-01-01",
  "kv_namespaces": [{ "binding": "TODOS", "id": "x" },],
}
"""
    )
    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr
    with serve(project) as worker:
        assert worker.get("/").body == "in-progress"


RAISING_WORKER = """from cloudflare_workers import CloudflareWorkers, Request, Response


def helper(d: dict) -> str:
    return d["missing"]


async def fetch(request: Request, env, ctx) -> Response:
    return Response(helper({}))


CloudflareWorkers(fetch=fetch)
"""


def test_dev_shows_python_file_and_line_of_an_exception(example_copy) -> None:
    project: Path = example_copy("todos")
    (project / "src" / "worker.py").write_text(RAISING_WORKER)
    proc, out, url = _serve_dev(project)
    try:
        assert http_request(url + "/").status == 500
        out.wait_for(r"^KeyError: 'missing'$")
        out.wait_for(r"^\s+at helper \(src/worker\.py:5\)$")
        out.wait_for(r"^\s+at fetch \(src/worker\.py:9\)$")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert not any("worker.js" in line for line in out.lines), "runtime frames are hidden"


def test_bundle_source_map_points_into_python(example_copy) -> None:
    from cfpy_workers.bundle import map_path
    from cfpy_workers.emit.sourcemap import SourceMap
    from conftest import cfpy

    project: Path = example_copy("views")
    assert cfpy("build", str(project), "--no-minify").returncode == 0
    bundle = project / "build" / "worker.js"
    smap = SourceMap.load(map_path(bundle))  # type: ignore[arg-type]
    worker = project / "src" / "worker.py"
    py_line = next(
        i for i, text in enumerate(worker.read_text().splitlines(), 1) if "id_from_name" in text
    )
    js_lines = bundle.read_text().splitlines()
    js_line = next(i for i, text in enumerate(js_lines, 1) if "views.id_from_name" in text)
    column = js_lines[js_line - 1].index("views.get")
    found = smap.lookup(js_line, column)
    assert found is not None
    assert Path(found.source) == worker.resolve()
    assert found.line == py_line


PASS_THROUGH_WORKER = """\
from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    ctx.pass_through_on_exception()
    raise RuntimeError("handler failed")


CloudflareWorkers(fetch=fetch)
"""


class _Origin(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        body = f"origin saw {self.command} {self.path}".encode()
        self.send_response(200)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_pass_through_without_an_origin_answers_502_instead_of_looping(example_copy) -> None:
    project: Path = example_copy("todos")
    (project / "src" / "worker.py").write_text(PASS_THROUGH_WORKER)
    proc, out, url = _serve_dev(project)
    try:
        response = http_request(url + "/a", timeout=30)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert response.status == 502, (response.status, response.body)
    assert "no origin" in response.body and "--upstream" in response.body


def test_pass_through_forwards_to_the_upstream_origin(example_copy) -> None:
    project: Path = example_copy("todos")
    (project / "src" / "worker.py").write_text(PASS_THROUGH_WORKER)
    origin = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    threading.Thread(target=origin.serve_forever, daemon=True).start()
    try:
        proc, out, url = _serve_dev(project, "--upstream", f"http://127.0.0.1:{origin.server_port}")
        try:
            response = http_request(url + "/items?x=1", timeout=30)
        finally:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
    finally:
        origin.shutdown()
    assert (response.status, response.body) == (200, "origin saw GET /items?x=1")
