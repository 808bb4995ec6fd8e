"""`cfpy dev`: serves in workerd, rebuilds on save keeping state, survives a bad edit,
exits cleanly on SIGTERM."""

from __future__ import annotations

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


def test_dev_serves_rebuilds_and_keeps_state(example_copy) -> None:
    project: Path = example_copy("views")
    proc = subprocess.Popen(
        [sys.executable, "-m", "transpiler.cli", "dev", str(project), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    out = _Lines(proc.stdout)
    try:
        url = out.wait_for(r"serving views on (http://127\.0\.0\.1:\d+)").group(1)
        assert http_request(url + "/a").body == "This Durable Object has been requested 1 times!"
        assert http_request(url + "/a").body == "This Durable Object has been requested 2 times!"
        worker = project / "src" / "worker.py"
        worker.write_text(worker.read_text().replace("has been requested", "was viewed"))
        out.wait_for(r"rebuilt and reloaded")
        assert http_request(url + "/a").body == "This Durable Object was viewed 3 times!"
        # A compile error is printed with its position; the last good build keeps serving.
        worker.write_text(worker.read_text() + "\nbroken = eval('1')\n")
        out.wait_for(r"worker\.py:\d+:\d+: CF102 `eval`")
        out.wait_for(r"still serving the last good build")
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
