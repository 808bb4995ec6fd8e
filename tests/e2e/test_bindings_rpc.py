"""Durable Object RPC end to end (API.md "Durable Object RPC"), in workerd with real
(Miniflare) Durable Object storage, in both APIs: public methods called on a stub with
Python values both ways (keywords too), exceptions re-raised as their type; and
SQL storage (API.md "SQL storage"), run by the Room object.

Workers: tests/e2e/projects/rpc (cloudflare_workers) and tests/e2e/projects/cf_rpc
(`from workers import ...`, Cloudflare's layout)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.workerd import WorkerHandle

PROJECTS = Path(__file__).parent / "projects"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(PROJECTS / "rpc", tmp_path_factory)) as handle:
        yield handle


@pytest.fixture(scope="module")
def cf_worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(PROJECTS / "cf_rpc", tmp_path_factory)) as handle:
        yield handle


def test_rpc_methods_keep_state_and_take_keywords(worker: WorkerHandle) -> None:
    first = worker.get("/add?room=a&text=hi")
    assert first.status == 200, first.body + "\n".join(worker.output)
    assert first.json() == {"count": 1, "messages": repr([{"text": "hi", "tags": ("web",)}])}
    second = worker.get("/add?room=a&text=yo").json()
    assert isinstance(second, dict) and second["count"] == 2
    assert worker.get("/add?room=b&text=x").json()["count"] == 1  # type: ignore[index]


def test_python_values_cross_both_ways_with_their_types(worker: WorkerHandle) -> None:
    response = worker.get("/echo")
    assert response.status == 200, response.body + "\n".join(worker.output)
    out = response.json()
    assert isinstance(out, dict)
    assert out["same"] is True
    assert out["types"] == [
        "NoneType", "bool", "int", "int", "float", "float", "str", "bytes", "list", "tuple", "dict", "datetime",
    ]
    assert "1180591620717411303424" in out["repr"] and "2.0" in out["repr"]


def test_exceptions_are_re_raised_as_their_type(worker: WorkerHandle) -> None:
    response = worker.get("/fail")
    assert response.status == 200, response.body + "\n".join(worker.output)
    out = response.json()
    assert isinstance(out, dict)
    assert out["key"] == ["KeyError", repr(("no-such-key",))]
    # a user-defined class comes back as its nearest builtin base, with the same args
    assert out["custom"] == ["ValueError", "ValueError", repr(("room is full", 3))]
    assert out["remote_type"] == "OutOfRoom"
    assert out["other"] == ["RuntimeError", "failed: other"]
    # no such method, a private one, and no RPC to what is not a method
    assert out["no_such_method"] == "'DurableObjectStub' object has no attribute 'no_such_method'"
    assert out["_private"] == "'DurableObjectStub' object has no attribute '_private'"
    assert out["state"] == "'DurableObjectStub' object has no attribute 'state'"
    assert out["unsendable"].startswith("a value of type 'Room' cannot be sent over RPC")


def test_cloudflare_api_stubs_take_and_return_python_values(cf_worker: WorkerHandle) -> None:
    response = cf_worker.get("/record")
    assert response.status == 200, response.body + "\n".join(cf_worker.output)
    seen = {"amount": 5, "tags": ("a", "b")}
    assert response.json() == {
        "repr": repr({"seen": seen, "note": "first", "keys": ["amount", "tags"], "is_dict": True}),
        "type": "dict",
    }


def test_cloudflare_api_exceptions_are_re_raised(cf_worker: WorkerHandle) -> None:
    response = cf_worker.get("/withdraw")
    assert response.status == 200, response.body + "\n".join(cf_worker.output)
    assert response.json() == [7, ["ValueError", "insufficient funds for 50"]]


def test_sql_storage_cursors_of_dict_rows_and_errors(worker: WorkerHandle) -> None:
    # (the Room object runs the SQL; the worker calls it over RPC)
    response = worker.get("/sql?room=sql")
    assert response.status == 200, response.body + "\n".join(worker.output)
    out = response.json()
    assert isinstance(out, dict)
    assert out["rows_written"] == 2
    assert out["column_names"] == ["id", "body", "score", "data"]
    assert out["rows"] == repr(
        [
            {"id": 1, "body": "first", "score": 1.5, "data": b"\x00\xff"},
            {"id": 2, "body": "second", "score": None, "data": None},
        ]
    )
    assert out["to_list"] == repr([{"body": "first"}, {"body": "second"}])
    assert out["one"] == repr({"n": 2})
    assert out["raw"] == repr([[1, "first"], [2, "second"]])
    assert out["rows_read"] == 2
    assert out["size_is_int"] is True
    assert out["sql_error"] is True  # the Python exception carries SQLite's message
    assert out["one_of_none"] != "no error"
    assert out["bind_error"] == "SQL storage can bind None, bool, int, float, str or bytes, not dict"
