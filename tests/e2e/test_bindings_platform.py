"""D1, R2, Queues and ``env.NAME`` end to end (API.md "The rest of the platform"), in
workerd with real (Miniflare) local storage. One build and one server for the module:
the worker is tests/e2e/projects/platform."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.workerd import WorkerHandle

WORKER = Path(__file__).parent / "projects" / "platform"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(WORKER, tmp_path_factory)) as handle:
        yield handle


def test_d1_statements_rows_batches_and_errors(worker: WorkerHandle) -> None:
    response = worker.get("/d1")
    assert response.status == 200, response.body + "\n".join(worker.output)
    out = response.json()
    assert out["exec_count"] == 2
    assert out["run"] == [True, 1, 1]
    assert out["batch"] == [True, True]
    assert out["all"] == repr(
        [
            {"id": 1, "body": "first", "score": 1.5, "data": b"\x00\xff"},
            {"id": 2, "body": "second", "score": 2.5, "data": None},
            {"id": 3, "body": "third", "score": None, "data": None},
        ]
    )
    assert out["first"] == repr({"body": "second"})
    assert out["first_column"] == repr("third")
    assert out["missing_row"] == "None"
    assert out["raw"] == repr([[1, "first"], [2, "second"]])
    assert out["raw_names"] == repr([["id"], [1]])
    assert out["sql_error"] is True  # the Python exception carries D1's message
    assert out["bind_error"] == "D1 can bind None, bool, int, float, str or bytes, not dict"


def test_d1_rows_persist_in_the_state_dir(worker: WorkerHandle) -> None:
    assert worker.get("/d1").status == 200
    worker.restart()
    # /d1 drops and recreates its table: after a restart the same run gives the same ids
    out = worker.get("/d1").json()
    assert out["run"] == [True, 1, 1]


def test_r2_objects_metadata_bodies_and_listing(worker: WorkerHandle) -> None:
    response = worker.get("/r2")
    assert response.status == 200, response.body + "\n".join(worker.output)
    out = response.json()
    assert out["put"] == ["docs/a.txt", len("héllo".encode())]
    assert out["get"] == [
        "docs/a.txt",
        6,
        "héllo",
        repr({"content_type": "text/plain"}),
        repr({"owner": "ann"}),
    ]
    assert out["uploaded_is_datetime"] is True
    assert out["bytes"] == repr(b"\x00\x01\x02")
    assert out["json"] == repr({"n": [1, 2]})
    assert out["head"] == [6, True]
    assert out["head_body"] is True
    assert out["missing"] == ["None", "None"]
    assert out["list"] == ["docs/a.txt", "docs/b.bin", "docs/c.json"]
    assert out["list_truncated"] is False
    assert out["page"] == [["docs/a.txt", "docs/b.bin"], True, True]
    assert out["rest"] == ["docs/c.json", "top.txt"]
    assert out["delimited"] == [["top.txt"], ["docs/"]]
    assert out["after_delete"] == ["docs/a.txt"]


def consumed(worker: WorkerHandle, tag: str, count: int) -> dict[str, str]:
    """What the consumer stored for the messages sent with ``tag`` (waits for ``count``)."""
    seen: dict[str, str] = {}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(seen) < count:
        time.sleep(0.5)
        seen = worker.get(f"/consumed?tag={tag}").json()["seen"]  # type: ignore[index]
    return seen


def test_queue_messages_reach_the_consumer_as_python_values(worker: WorkerHandle) -> None:
    assert worker.get("/send?tag=one").json() == {"sent": 3}
    seen = consumed(worker, "one", 3)
    assert seen == {
        # send(): a tuple with a float, bytes and a datetime keep their types
        "q:one:1": "platform-jobs|1|(1, 2.0, b'x')|datetime.datetime(2024, 5, 6, 7, 8, 9)",
        "q:one:2": "platform-jobs|1|None|None",
        # message.retry() delivered it again: attempts counts the deliveries
        "q:one:3": "platform-jobs|2|None|None",
    }, "\n".join(worker.output)


def test_env_attributes_reach_every_kind(worker: WorkerHandle) -> None:
    out = worker.get("/env").json()
    assert out == {
        "greeting": "hello",
        "kv": "KVNamespace",
        "db": "D1Database",
        "files": "R2Bucket",
        "jobs": "Queue",
        "lower_case": "AttributeError: 'Env' object has no attribute 'undeclared_name'",
    }
