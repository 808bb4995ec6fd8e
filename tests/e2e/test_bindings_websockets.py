"""WebSockets end to end (API.md "WebSockets"), in workerd: WebSocketPair, accept / send /
close, 101 responses, listeners in the worker, and a chat room Durable Object with
hibernation (accept_websocket with tags, get_websockets, attachments, the
websocket_message / websocket_close handlers). The worker is
tests/e2e/projects/websockets; the client is tests/support/websocket.py."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.websocket import WebSocketClient
from support.workerd import WorkerHandle

WORKER = Path(__file__).parent / "projects" / "websockets"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(WORKER, tmp_path_factory)) as handle:
        yield handle


def connect(worker: WorkerHandle, path: str) -> WebSocketClient:
    return WebSocketClient(worker.url.replace("http://", "ws://") + path)


def test_a_socket_handled_in_the_worker_echoes_text_and_bytes(worker: WorkerHandle) -> None:
    ws = connect(worker, "/echo")
    try:
        assert ws.status == 101
        ws.send("hi")
        assert ws.receive() == "str:'hi'"
        ws.send(b"\x00\xff")
        assert ws.receive() == "bytes:b'\\x00\\xff'"
        ws.send("close me")
        assert ws.receive() == "str:'close me'"
        assert ws.receive() == ("close", 4001, "as asked")
    finally:
        ws.shutdown()


def test_send_refuses_what_is_not_str_or_bytes(worker: WorkerHandle) -> None:
    assert worker.get("/bad").body == "WebSocket.send() takes str or bytes, not int"


def test_a_hibernating_chat_room_broadcasts_tags_and_closes(worker: WorkerHandle) -> None:
    ann = connect(worker, "/room/lobby?user=ann")
    bob = connect(worker, "/room/lobby?user=bob")
    try:
        ann.send("hello")
        assert ann.receive() == "ann: hello"
        assert bob.receive() == "ann: hello"
        bob.send("who")
        assert bob.receive() == "users: ann, bob (you: bob, joined #2)"
        ann.send(b"abc")
        assert ann.receive() == b"cba"
        ann.send("bye")
        assert ann.receive() == ("close", 4000, "bye ann")
        bob.close(1000, "done")
        assert bob.receive() == ("close", 1000, "closing too")
    finally:
        ann.shutdown()
        bob.shutdown()
    deadline = time.monotonic() + 10
    while (last := worker.get("/room/lobby?last_close=bob").json()) is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert last == [1000, "done", True]


def test_a_room_refuses_plain_requests(worker: WorkerHandle) -> None:
    assert worker.get("/room/lobby").status == 426
