"""wrangler 4.86.0 on cfpy projects, offline: `[build] command = "cfpy build"` compiles the
Python worker, `wrangler deploy --dry-run` packages exactly cfpy's bundle (`no_bundle`),
and `wrangler dev` serves it in workerd."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import cfpy
from support.workerd import http_request
from support.wrangler import WRANGLER_VERSION, ensure_wrangler, wrangler_env

DEPLOY_TIMEOUT_S = 180
DEV_START_TIMEOUT_S = 120
STOP_TIMEOUT_S = 30


@pytest.fixture(scope="module")
def wrangler() -> Path:
    return ensure_wrangler()


def run_wrangler(
    wrangler: Path, project: Path, home: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(wrangler), *args],
        cwd=project,
        env=wrangler_env(home),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=DEPLOY_TIMEOUT_S,
    )


def test_pinned_version(wrangler: Path, tmp_path: Path) -> None:
    result = run_wrangler(wrangler, tmp_path, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert WRANGLER_VERSION in result.stdout


@pytest.mark.parametrize("source", ["example:views", "init:kv"])
def test_deploy_dry_run_packages_the_cfpy_bundle(
    wrangler: Path, tmp_path: Path, example_copy, source: str
) -> None:
    kind, name = source.split(":")
    if kind == "example":
        project = example_copy(name)
    else:
        assert cfpy("init", "app", "--template", name, cwd=tmp_path).returncode == 0
        project = tmp_path / "app"
    outdir = tmp_path / "dist"
    result = run_wrangler(
        wrangler, project, tmp_path / "home", "deploy", "--dry-run", "--outdir", str(outdir)
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "[custom build] Running: cfpy build" in output
    assert "cfpy: built build/worker.js" in output
    assert "--dry-run: exiting now." in output
    assert "✘" not in output and "[ERROR]" not in output, output
    uploaded = outdir / "worker.js"
    assert uploaded.is_file(), sorted(p.name for p in outdir.iterdir())
    # no_bundle: wrangler packages cfpy's bundle byte for byte, no second bundling pass
    assert uploaded.read_bytes() == (project / "build" / "worker.js").read_bytes()
    code = uploaded.read_text()
    assert 'from"cloudflare:workers"' in code.replace(" ", "") or kind == "init"
    assert "export{" in code.replace(" ", "")
    if name == "views":
        assert "ViewsDurableObject" in code
        assert "env.VIEWS (ViewsDurableObject)" in output
    else:
        assert "env.NOTES" in output


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(proc: subprocess.Popen[str]) -> str:
    """SIGTERM wrangler (it stops workerd), then kill its process group if it lingers."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        out, _ = proc.communicate(timeout=STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=STOP_TIMEOUT_S)
    return out or ""


@contextmanager
def wrangler_dev(wrangler: Path, project: Path, tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """Run `wrangler dev --local` on PROJECT until it is ready; yield (port, log file).
    Stops it with SIGTERM on exit."""
    port = _free_port()
    log = tmp_path / "wrangler-dev.log"
    with open(log, "w") as sink:
        proc = subprocess.Popen(
            [
                str(wrangler),
                "dev",
                "--local",
                "--ip",
                "127.0.0.1",
                "--port",
                str(port),
                "--inspector-port",
                str(_free_port()),
                "--show-interactive-dev-session=false",
                "--persist-to",
                str(tmp_path / "state"),
            ],
            cwd=project,
            env=wrangler_env(tmp_path / "home"),
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + DEV_START_TIMEOUT_S
        while f"Ready on http://127.0.0.1:{port}" not in log.read_text():
            assert proc.poll() is None and time.monotonic() < deadline, (
                f"wrangler dev did not start:\n{log.read_text()}"
            )
            time.sleep(0.25)
        yield port, log
    finally:
        _stop(proc)
    assert proc.returncode is not None


@pytest.mark.parametrize("source", ["example:views", "init:hello"])
def test_wrangler_dev_serves_the_python_worker(
    wrangler: Path, tmp_path: Path, example_copy, source: str
) -> None:
    kind, name = source.split(":")
    if kind == "example":
        project = example_copy(name)
        path, expected = "/x", "This Durable Object has been requested 1 times!"
    else:
        assert cfpy("init", "app", "--template", name, cwd=tmp_path).returncode == 0
        project = tmp_path / "app"
        path, expected = "/?name=wrangler", "Hello, wrangler!"
    with wrangler_dev(wrangler, project, tmp_path) as (port, log):
        response = http_request(f"http://127.0.0.1:{port}{path}", timeout=30)
        assert (response.status, response.body) == (200, expected), log.read_text()
    output = log.read_text()
    assert "[custom build] Running: cfpy build" in output
    assert "cfpy: built build/worker.js" in output


RAISING_WORKER = """\
from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


def check(n: int) -> int:
    raise ValueError(f"bad {n}")


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    return Response.ok(str(check(3)))


CloudflareWorkers(fetch=fetch)
"""


def test_wrangler_dev_shows_python_frames_for_an_exception(wrangler: Path, tmp_path: Path) -> None:
    """The bundle's source map (chained to the .py sources) lets `wrangler dev` print the
    Python file and line of each frame of an uncaught exception."""
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    (project / "src" / "worker.py").write_text(RAISING_WORKER)
    with wrangler_dev(wrangler, project, tmp_path) as (port, log):
        response = http_request(f"http://127.0.0.1:{port}/", timeout=30)
        assert response.status == 500, log.read_text()
        deadline = time.monotonic() + 30
        while "worker.py:9:" not in log.read_text() and time.monotonic() < deadline:
            time.sleep(0.25)
    output = log.read_text()
    assert "ValueError: bad 3" in output, output
    frames = [line.strip() for line in output.splitlines() if line.strip().startswith("at ")]
    py_frames = [f for f in frames if "/src/worker.py:" in f]
    # `raise` in check() is line 5, the call in fetch() line 9
    assert any(f.startswith("at check (") and "/src/worker.py:5:" in f for f in py_frames), frames
    assert any(f.startswith("at fetch (") and "/src/worker.py:9:" in f for f in py_frames), frames
    assert not any("build/worker.js" in f for f in frames), frames
    # Only the worker's frames: no runtime frames after the Python ones (issue 17).
    assert not any(name in f for f in frames for name in ("_coro.js", "entry.js")), frames
    assert frames and all("/src/worker.py:" in f for f in frames), frames
