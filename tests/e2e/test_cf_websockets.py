"""WebSockets with Durable Object hibernation written against Cloudflare's own Python
Workers API (Pyodide's spellings: `WebSocketPair.new().object_values()`,
`self.ctx.acceptWebSocket`, `webSocketMessage`), built unchanged and served in workerd.
The worker is tests/e2e/projects/cf_chat."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.websocket import WebSocketClient
from support.workerd import WorkerHandle

WORKER = Path(__file__).parent / "projects" / "cf_chat"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(WORKER, tmp_path_factory)) as handle:
        yield handle


def test_a_cloudflare_api_chat_room_broadcasts(worker: WorkerHandle) -> None:
    base = worker.url.replace("http://", "ws://")
    ann = WebSocketClient(base + "/room/a")
    bob = WebSocketClient(base + "/room/a")
    try:
        assert ann.receive() == "welcome"
        assert bob.receive() == "welcome"
        ann.send("hi")
        assert ann.receive() == "hi (2 here)"
        assert bob.receive() == "hi (2 here)"
        bob.close(1000, "done")
        assert bob.receive() == ("close", 1000, "done")
    finally:
        ann.shutdown()
        bob.shutdown()


def test_a_plain_request_is_refused(worker: WorkerHandle) -> None:
    assert worker.get("/room/a").status == 400
