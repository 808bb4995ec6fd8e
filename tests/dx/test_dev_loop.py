"""The `cfpy dev` loop as a new user meets it (issue 17), through a real `cfpy dev`
process: one line for a busy port or a bad config, a request log, the Python traceback
of a 500 on the page, a failed rebuild's diagnostics on the page until the next good one."""

from __future__ import annotations

import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from conftest import cfpy

RAISING = """\
from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


def check(n: int) -> int:
    raise ValueError(f"bad {n}")


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    if request.path == "/boom":
        return Response.ok(str(check(3)))
    return Response.ok("fine")


CloudflareWorkers(fetch=fetch)
"""


@dataclass
class Dev:
    process: subprocess.Popen[str]
    url: str = ""
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    def wait_for(self, pattern: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        for line in self.seen:
            if regex.search(line):
                return line
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            self.seen.append(line)
            if regex.search(line):
                return line
        raise AssertionError(f"no line matching {pattern!r} in:\n" + "\n".join(self.seen))


def _pump(stream, sink: queue.Queue[str]) -> None:
    for line in stream:
        sink.put(line.rstrip("\n"))


@contextmanager
def cfpy_dev(project: Path) -> Iterator[Dev]:
    process = subprocess.Popen(
        [sys.executable, "-m", "cfpy_workers.cli", "dev", str(project), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    dev = Dev(process)
    threading.Thread(target=_pump, args=(process.stdout, dev.lines), daemon=True).start()
    try:
        serving = dev.wait_for(r"^cfpy: serving .* on http://")
        dev.url = re.search(r" on (http://\S+)", serving).group(1)  # type: ignore[union-attr]
        yield dev
    finally:
        process.terminate()
        process.wait(timeout=60)


def get(url: str, accept: str = "*/*") -> tuple[int, str, str]:
    request = urllib.request.Request(url, headers={"accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers["content-type"], response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["content-type"], err.read().decode()


def _project(tmp_path: Path, source: str | None = None) -> Path:
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    if source is not None:
        (project / "src" / "worker.py").write_text(source)
    return project


def test_busy_port_is_one_line_naming_the_port(tmp_path: Path) -> None:
    project = _project(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "cfpy_workers.cli", "dev", str(project), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if not line.startswith("cfpy: built")]
    assert len(lines) == 1, result.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in lines[0]
    assert "--port" in lines[0]


def test_bad_config_is_a_short_error_naming_the_key(tmp_path: Path) -> None:
    project = _project(tmp_path)
    config = project / "wrangler.toml"
    config.write_text(
        re.sub(
            r'compatibility_date = "[^"]*"', 'compatibility_date = "2024-13-45"', config.read_text()
        )
    )
    result = subprocess.run(
        [sys.executable, "-m", "cfpy_workers.cli", "dev", str(project), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "key `compatibility_date`" in result.stderr.splitlines()[0], result.stderr
    assert len(result.stderr.splitlines()) <= 5, result.stderr
    assert " at " not in result.stderr and "Miniflare" not in result.stderr


def test_date_newer_than_the_local_runtime_still_serves(tmp_path: Path) -> None:
    """A valid date (not in the future) that the pinned workerd does not know yet: served
    with the newest date it supports, said in one line (as `wrangler dev` does)."""
    import datetime

    project = _project(tmp_path)
    config = project / "wrangler.toml"
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    config.write_text(
        re.sub(
            r'compatibility_date = "[^"]*"', f'compatibility_date = "{today}"', config.read_text()
        )
    )
    with cfpy_dev(project) as dev:
        assert get(dev.url + "/")[0] == 200
        notes = [line for line in dev.seen if "compatibility_date" in line]
        assert len(notes) <= 1, dev.seen


def test_request_log_and_python_traceback_page(tmp_path: Path) -> None:
    project = _project(tmp_path, RAISING)
    with cfpy_dev(project) as dev:
        assert get(dev.url + "/ok?x=1")[0] == 200
        dev.wait_for(r"^GET /ok\?x=1 200 \d+(\.\d)? ms$")
        status, kind, body = get(dev.url + "/boom")
        assert status == 500 and kind.startswith("text/plain")
        assert body.splitlines() == [
            "Traceback (most recent call last):",
            '  File "src/worker.py", line 10, in fetch',
            "    return Response.ok(str(check(3)))",
            '  File "src/worker.py", line 5, in check',
            '    raise ValueError(f"bad {n}")',
            "ValueError: bad 3",
        ], body
        dev.wait_for(r"^GET /boom 500 \d+(\.\d)? ms$")
        status, kind, page = get(dev.url + "/boom", accept="text/html")
        assert status == 500 and kind.startswith("text/html")
        assert "<title>ValueError: bad 3</title>" in page
        assert "File &quot;src/worker.py&quot;, line 5, in check" in page
        # the terminal shows the mapped frames, and no runtime frames
        dev.wait_for(r"at check \(src/worker.py:5\)")
        assert not any("_coro" in line or "entry.js" in line for line in dev.seen), dev.seen


def test_failed_rebuild_shows_diagnostics_until_the_next_good_build(tmp_path: Path) -> None:
    project = _project(tmp_path, RAISING)
    worker = project / "src" / "worker.py"
    with cfpy_dev(project) as dev:
        assert get(dev.url + "/ok") == (200, "text/plain;charset=UTF-8", "fine")
        worker.write_text(RAISING.replace('return Response.ok("fine")', "return Response.ok(("))
        dev.wait_for(r"^cfpy: build failed")
        status, _, body = get(dev.url + "/ok")
        assert status == 500
        assert "CF100" in body and "src/worker.py:11:" in body, body
        status, _, page = get(dev.url + "/ok", accept="text/html")
        assert status == 500 and "<title>Build failed</title>" in page and "CF100" in page
        worker.write_text(RAISING.replace('"fine"', '"fixed"'))
        dev.wait_for(r"^cfpy: rebuilt and reloaded")
        assert get(dev.url + "/ok")[2] == "fixed"


FORGOT_AWAIT = """\
from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    return Response(request.text())


CloudflareWorkers(fetch=fetch)
"""


def test_forgotten_await_is_a_build_warning_and_a_hint_at_run_time(tmp_path: Path) -> None:
    project = _project(tmp_path, FORGOT_AWAIT)
    built = cfpy("build", str(project))
    assert built.returncode == 0, built.stderr
    assert "src/worker.py:5:21: CF150 `request.text()` is a coroutine that is never awaited" in (
        built.stderr
    )
    with cfpy_dev(project) as dev:
        status, _, body = get(dev.url + "/")
        assert status == 500
        last = body.splitlines()[-1]
        assert last.startswith("TypeError: body must be str, bytes or None, not "), body
        assert last.endswith("; did you forget `await`?"), body
