"""Test helpers: the shared JS toolchain and a running local worker (Miniflare/workerd).

``running_worker(toolchain, options)`` starts the dev server for a built bundle on a free
port and stops it at the end; ``WorkerHandle.restart()`` stops and starts it again with
the same state dir (persistence tests) and ``reload()`` picks up a rebuilt bundle.
HTTP goes through urllib only.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pytest
from cfpy_workers.diagnostics import Logger
from cfpy_workers.serve import DevServer, DevServerOptions, start_dev_server
from cfpy_workers.toolchain import Toolchain, ensure_toolchain

HTTP_TIMEOUT_S = 30.0


@lru_cache(maxsize=1)
def _cached_toolchain() -> Toolchain | str:
    logger = Logger()
    toolchain = ensure_toolchain(logger)
    if toolchain is None:
        return "\n".join(d.render() for d in logger.diagnostics)
    return toolchain


def shared_toolchain() -> Toolchain:
    """The toolchain in the default cache (installed on first use); fails the test if it
    cannot be installed."""
    result = _cached_toolchain()
    if isinstance(result, str):
        pytest.fail(f"JS toolchain unavailable:\n{result}")
    return result


@dataclasses.dataclass
class Response:
    status: int
    body: str
    headers: dict[str, str]

    def json(self) -> object:
        return json.loads(self.body)


def http_request(
    url: str,
    method: str = "GET",
    data: bytes | str | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = HTTP_TIMEOUT_S,
) -> Response:
    """One HTTP request; 4xx/5xx answers are returned, not raised."""
    body = data.encode() if isinstance(data, str) else data
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            return Response(resp.status, resp.read().decode(), dict(resp.headers.items()))
    except urllib.error.HTTPError as err:
        return Response(err.code, err.read().decode(), dict(err.headers.items()))


class WorkerHandle:
    """A dev server for one bundle whose state dir survives restarts."""

    def __init__(self, toolchain: Toolchain, options: DevServerOptions) -> None:
        self.toolchain = toolchain
        self.options = options
        self.server: DevServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None, "worker is not running"
        return self.server.url

    @property
    def output(self) -> list[str]:
        """Lines the server printed (worker console output included)."""
        return list(self.server.output) if self.server else []

    def start(self) -> None:
        self.server = start_dev_server(
            self.toolchain, self.options, on_stdout=_ignore, on_stderr=_ignore
        )

    def stop(self) -> int | None:
        if self.server is None:
            return None
        code = self.server.stop()
        self.server = None
        return code

    def restart(self) -> None:
        """Stop and start again with the same options and state dir (the port may change)."""
        self.stop()
        self.start()

    def reload(self) -> None:
        """Make the running server re-read the bundle from disk; fail the test if it can't."""
        assert self.server is not None, "worker is not running"
        if not self.server.reload():
            pytest.fail(f"reload failed: {self.server.last_error}\n" + "\n".join(self.output))

    def request(
        self,
        path: str,
        method: str = "GET",
        data: bytes | str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        return http_request(self.url + path, method, data, headers)

    def get(self, path: str) -> Response:
        return self.request(path)


def _ignore(line: str) -> None:
    """Output is kept in DevServer.output; don't echo it into the test log."""


@contextmanager
def running_worker(toolchain: Toolchain, options: DevServerOptions) -> Iterator[WorkerHandle]:
    """Serve ``options.bundle`` on a free port; without a state dir a temporary one is used
    (kept across ``restart()``, removed at the end)."""
    with tempfile.TemporaryDirectory(prefix="cfpy-state-") as scratch:
        state_dir = options.state_dir or Path(scratch) / "state"
        opts = dataclasses.replace(options, state_dir=state_dir, port=0)
        handle = WorkerHandle(toolchain, opts)
        handle.start()
        try:
            yield handle
        finally:
            handle.stop()
