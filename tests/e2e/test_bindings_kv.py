"""Workers KV end to end: every method and option of API.md "KV", in workerd with real
(Miniflare) KV storage. One build and one server for the module: the worker is
tests/e2e/projects/kv, whose routes each use their own key prefix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.workerd import Response, WorkerHandle

WORKER = Path(__file__).parent / "projects" / "kv"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(WORKER, tmp_path_factory)) as handle:
        yield handle


def header(response: Response, name: str) -> str | None:
    """A response header, looked up case-insensitively."""
    return {k.lower(): v for k, v in response.headers.items()}.get(name.lower())


def test_put_and_get_every_value_type(worker: WorkerHandle) -> None:
    response = worker.get("/values")
    assert response.status == 200, response.body
    out = response.json()
    text = "héllo wörld ✓"
    assert out == {
        "get": repr(text),
        "get_cache_ttl": repr(text),
        "get_empty": repr(""),
        # dict/list are stored as compact JSON text ...
        "get_dict_text": repr('{"a":[1,2.5,null],"b":{"c":true},"é":"ü"}'),
        # ... and come back as Python values through get_json.
        "get_json_dict": repr({"a": [1, 2.5, None], "b": {"c": True}, "é": "ü"}),
        "get_json_list": repr([1, "two", [3], {"four": 4}, 2.0]),  # 2.0 stays a float
        "get_bytes": repr(b"\x00\x01\xfe\xff"),
        "get_bytes_cache_ttl": repr(b"\x00\x01\xfe\xff"),
        "get_bytes_of_str": repr(text.encode()),
        # get / get_json / get_bytes / get_stream (with and without cache_ttl) of a missing key
        "missing": ["None"] * 5,
        "put_int": "TypeError: KV values must be str, bytes, dict or list, not int",
        "get_json_invalid": "JSONDecodeError",
    }


def test_get_with_metadata_as_text_json_and_bytes(worker: WorkerHandle) -> None:
    out = worker.get("/metadata").json()
    assert out == {
        "text": [repr("t"), repr({"owner": "ann", "tags": ["x", "y"], "n": 1})],
        "text_explicit": [repr("t"), repr({"owner": "ann", "tags": ["x", "y"], "n": 1})],
        "json": [repr({"k": [1, 2]}), repr({"kind": "json"})],
        "bytes": [repr(b"\x00\xff"), repr({"kind": "bytes"})],
        "plain": [repr("no metadata"), "None"],
        "missing": ["None", "None"],
        "bad_type": "ValueError: type must be 'text', 'json', 'bytes' or 'stream', not 'xml'",
    }


def test_expiration_and_expiration_ttl_show_in_the_listing(worker: WorkerHandle) -> None:
    out = worker.get("/expiration").json()
    assert out["names"] == ["exp:at", "exp:none", "exp:ttl"]
    # expiration=datetime is stored to the second and listed as the same (naive UTC) datetime
    assert out["exp:at"] == {
        "expiration": repr(datetime(2037, 1, 2, 3, 4, 5)),
        "metadata": repr({"m": "at"}),
        "str": "exp:at",
    }
    assert out["exp:none"] == {"expiration": "None", "metadata": "None", "str": "exp:none"}
    assert out["exp:ttl"]["expiration"].startswith("datetime.datetime(")
    assert out["ttl_seconds_ok"] is True  # expiration_ttl=3600 -> about an hour from now
    assert out["values"] == ["a", repr(b"b")]


def test_list_pages_with_prefix_limit_and_cursor(worker: WorkerHandle) -> None:
    out = worker.get("/list").json()
    assert out["pages"] == [
        {
            "names": ["list:a", "list:b"],
            "list_complete": False,
            "cursor_is_str": True,
            "cursor": "...",
        },
        {
            "names": ["list:c", "list:d"],
            "list_complete": False,
            "cursor_is_str": True,
            "cursor": "...",
        },
        {"names": ["list:e"], "list_complete": True, "cursor_is_str": False, "cursor": None},
    ]
    assert out["all"] == ["list:a", "list:b", "list:c", "list:d", "list:e", "listx"]
    assert out["all_complete"] == [True, "None"]
    assert out["first_repr"] == "KVKey(name='list:a', expiration=None, metadata={'name': 'list:a'})"
    assert out["first_metadata"] == repr({"name": "list:a"})
    assert out["get_by_kvkey"] == "LIST:A"
    assert out["kvkey_eq"] is True
    assert out["none_prefix"] == "KVListResult(keys=[], list_complete=True, cursor=None)"
    assert out["keys"] == ["list:a", "list:b", "list:c", "list:d", "list:e"]


def test_delete(worker: WorkerHandle) -> None:
    assert worker.get("/delete").json() == {
        "before": "1",
        "result": "None",
        "after": "None",
        "remaining": ["del:b"],
    }


def test_keys_follows_cursors_past_one_thousand_keys(worker: WorkerHandle) -> None:
    out = worker.get("/many?count=1001").json()
    assert out == {
        "count": 1001,
        "first": "many:00000",
        "last": "many:01000",
        "first_page": [1000, False, True],
        "second_page": [1, True, "None"],
    }


def test_get_stream_as_a_response_body_and_as_a_put_value(worker: WorkerHandle) -> None:
    payload = "".join(f"line {i}: ünïcødé\n" for i in range(5000))  # ~100 KB
    stored = worker.request("/kv/stream:src?owner=ann", "PUT", payload.encode())
    assert (stored.status, stored.body) == (201, "stored")
    streamed = worker.get("/stream/stream:src")
    assert streamed.status == 200
    assert header(streamed, "content-type") == "application/octet-stream"
    assert streamed.body == payload
    assert worker.get("/stream/stream:missing").status == 404
    copied = worker.request("/kv/stream:src?to=stream:copy", "COPY")
    assert (copied.status, copied.body) == (200, "copied")
    back = worker.get("/kv/stream:copy")
    assert back.body == payload
    assert header(back, "x-metadata") == "None"
    original = worker.get("/kv/stream:src")
    assert header(original, "x-metadata") == repr({"owner": "ann"})


def test_kv_survives_a_restart_of_the_local_runtime(worker: WorkerHandle) -> None:
    stored = worker.request("/kv/persist:one?v=1", "PUT", "kept across restarts")
    assert stored.status == 201
    worker.restart()
    back = worker.get("/kv/persist:one")
    assert (back.status, back.body) == (200, "kept across restarts")
    assert header(back, "x-metadata") == repr({"v": "1"})
