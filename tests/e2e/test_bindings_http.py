"""Request, Response and Headers, outgoing fetch, `from js import`, [vars] and secrets,
uncaught exceptions and bindings missing at run time, in workerd under cfpy's dev server.

One build and one server for the module: the worker is tests/e2e/projects/http.
Outgoing requests go only to the worker itself on 127.0.0.1.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from projects.shared import built_project
from support.project import serve
from support.workerd import WorkerHandle, http_request

WORKER = Path(__file__).parent / "projects" / "http"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    def add_secret(project: Path) -> None:
        # a secret, as `wrangler dev` reads it
        (project / ".dev.vars").write_text('API_TOKEN="s3cret-token"\n', encoding="utf-8")

    with serve(built_project(WORKER, tmp_path_factory, add_secret)) as handle:
        yield handle


def logged(worker: WorkerHandle, line: str, timeout: float = 10.0) -> bool:
    """Whether the server printed ``line`` (worker console output arrives a little after
    the response)."""
    deadline = time.monotonic() + timeout
    while line not in worker.output:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@dataclass
class Raw:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        values = self.all(name)
        return values[0] if values else None

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


def raw_request(
    worker: WorkerHandle,
    path: str,
    method: str = "GET",
    body: bytes | None = None,
    headers: list[tuple[str, str]] | None = None,
) -> Raw:
    """One request with repeated headers allowed, redirects not followed, bytes kept."""
    url = urlsplit(worker.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.putrequest(method, path)
        for name, value in headers or []:
            conn.putheader(name, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body)
        response = conn.getresponse()
        return Raw(response.status, response.getheaders(), response.read())
    finally:
        conn.close()


def test_request_properties_and_body_readers(worker: WorkerHandle) -> None:
    payload = {"a": [1, {"b": None}], "é": 2.5}
    as_json = worker.request(
        "/echo?read=json&a=1&a=2&b=%C3%A9&c=x+y",
        "POST",
        json.dumps(payload),
        {"Content-Type": "application/json", "x-custom": "Yes"},
    ).json()
    assert as_json == {
        "method": "POST",
        "url": worker.url + "/echo?read=json&a=1&a=2&b=%C3%A9&c=x+y",
        "path": "/echo",
        "query": {"read": "json", "a": "2", "b": "é", "c": "x y"},  # the last value wins
        "body": payload,
        "content_type": "application/json",
        "x_custom": "Yes",
        "cf_type": "dict",
    }
    as_text = worker.request("/echo", "PUT", "plain text ✓").json()
    assert (as_text["method"], as_text["body"], as_text["query"]) == ("PUT", "plain text ✓", {})
    as_bytes = raw_request(worker, "/echo?read=bytes", "POST", b"\x00\x01\xfe\xff")
    assert json.loads(as_bytes.body)["body"] == repr(b"\x00\x01\xfe\xff")


def test_query_keeps_blank_values_as_documented(worker: WorkerHandle) -> None:
    # docs/design.md: dict(parse_qsl(q, keep_blank_values=True))
    query = "q=&flag&a=1&a=&b=%20x+y&c=%zz"
    expected = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
    assert expected == {"q": "", "flag": "", "a": "", "b": " x y", "c": "%zz"}
    assert worker.get(f"/echo?{query}").json()["query"] == expected


def test_headers_mapping(worker: WorkerHandle) -> None:
    response = raw_request(
        worker,
        "/headers",
        headers=[("X-Mixed-Case", "Value"), ("X-Repeated", "1"), ("X-Repeated", "2")],
    )
    assert response.status == 200, response.body
    assert json.loads(response.body) == {
        "get_mixed_case": "Value",
        "getitem_lower": "Value",
        "getitem_upper": "Value",
        "get_default": "fallback",
        "get_missing": "None",
        "contains": True,
        "not_contains": False,
        "keys_lower": True,
        "keys_sorted": True,
        "items_match": "Value",
        "values_len": True,
        "iter": True,
        "repeated": "1, 2",
        "getitem_missing": "KeyError: 'x-absent'",
        "immutable": "TypeError",  # the headers of an incoming request are read-only
        "built_items": [
            ["set-cookie", "a=1"],
            ["set-cookie", "b=2"],
            ["x-one", "1"],
            ["x-two", "2, 3"],
        ],
        "built_cookies": ["a=1", "b=2"],
        "built_len": 4,
        "from_pairs": [["a", "1"], ["b", "2"]],
    }


def test_response_constructors(worker: WorkerHandle) -> None:
    ok = raw_request(worker, "/response/ok")
    assert (ok.status, ok.body, ok.header("content-type")) == (
        200,
        b"fine",
        "text/plain;charset=UTF-8",
    )

    as_json = raw_request(worker, "/response/json")
    assert as_json.status == 200
    assert as_json.header("content-type") == "application/json"
    assert as_json.body == '{"a":[1,2.5,null],"é":true}'.encode()

    custom_json = raw_request(worker, "/response/json-custom")
    assert (custom_json.status, custom_json.body, custom_json.header("x-extra")) == (
        201,
        b"[1,2]",
        "yes",
    )
    assert (
        raw_request(worker, "/response/json-content-type").header("content-type")
        == "application/vnd.api+json"
    )

    redirect = raw_request(worker, "/response/redirect")
    assert (redirect.status, redirect.header("location")) == (302, "/elsewhere?x=1")
    moved = raw_request(worker, "/response/redirect-301")
    assert (moved.status, moved.header("location")) == (301, "https://example.com/moved")

    not_found = raw_request(worker, "/response/not-found")
    assert (not_found.status, not_found.body) == (404, b"Not Found")
    not_found_body = raw_request(worker, "/response/not-found-body")
    assert (not_found_body.status, not_found_body.body) == (404, b"no such thing")

    teapot = raw_request(worker, "/response/custom")
    assert (teapot.status, teapot.body) == (418, b"\x00teapot\xff")
    assert teapot.header("content-type") == "application/octet-stream"
    assert teapot.all("set-cookie") == ["a=1", "b=2"]

    empty = raw_request(worker, "/response/empty")
    assert (empty.status, empty.body) == (204, b"")

    sub = raw_request(worker, "/response/subclass-values")
    assert (sub.status, sub.body, sub.header("x-text")) == (200, b"sub body", "sub header")
    assert raw_request(worker, "/response/subclass-json").body == b'[1,"a"]'

    built = raw_request(worker, "/response/headers-object")
    assert (built.status, built.body) == (202, b"with headers")
    assert built.header("x-from") == "Headers object"
    assert built.header("x-late") == "set after construction"


def test_outgoing_fetch_to_the_worker_itself(worker: WorkerHandle) -> None:
    out = worker.get("/outgoing").json()
    base = worker.url
    assert out["put"] == [
        200,
        {
            "method": "PUT",
            "url": base + "/echo?read=json&n=1",
            "path": "/echo",
            "query": {"read": "json", "n": "1"},
            "body": {"sent": [1, 2]},
            "content_type": "application/json",
            "x_custom": "kwargs",
            "cf_type": "dict",
        },
    ]
    assert out["request"] == [
        200,
        {
            "method": "POST",
            "url": base + "/echo?read=bytes",
            "path": "/echo",
            "query": {"read": "bytes"},
            "body": repr(b"\x01\x02"),
            "content_type": None,
            "x_custom": "request",
            "cf_type": "dict",
        },
    ]
    assert out["get"] == "GET"
    assert out["custom"] == [
        418,
        "application/octet-stream",
        ["a=1", "b=2"],
        repr(b"\x00teapot\xff"),
    ]
    assert out["not_found"] == [404, "no such thing"]


def test_javascript_globals(worker: WorkerHandle) -> None:
    assert worker.get("/js").json() == {
        "max": 7,
        "uri": "a%20b%26c%2F%C3%A9",
        "json": '[1,"two",null]',
        "uuid_len": 36,
        "now_is_recent": True,
    }


def test_vars(worker: WorkerHandle) -> None:
    assert worker.get("/var?name=GREETING").body == "hello from vars"
    assert worker.get("/vars").json()["greeting"] == "hello from vars"


def test_structured_vars_come_back_as_python_values(worker: WorkerHandle) -> None:
    assert worker.get("/vars").json() == {
        "greeting": "hello from vars",
        "limit": repr(5),
        "settings": repr({"mode": "strict", "levels": [1, 2]}),
    }


def test_secret_from_dev_vars(worker: WorkerHandle) -> None:
    response = worker.get("/var?name=API_TOKEN")
    assert (response.status, response.body) == (200, "s3cret-token")


def test_uncaught_exceptions_are_500_and_logged(worker: WorkerHandle) -> None:
    cases = {
        "/raise": "ValueError: something went wrong",
        "/raise?kind=custom": "QuotaExceeded: too many requests for client 42",
        "/raise?kind=key&key=zz": "KeyError: 'zz'",
        "/raise?kind=zero": "ZeroDivisionError: integer division or modulo by zero",
        "/not-a-response": "TypeError: the fetch handler must return a Response, not str",
    }
    for path, line in cases.items():
        response = worker.get(path)
        assert (response.status, response.body) == (500, "Internal Server Error"), path
        # Python's last traceback line (JS stack frames follow it)
        assert logged(worker, line), (path, worker.output)
    # the server keeps serving
    assert worker.get("/response/ok").body == "fine"


def test_missing_binding_raises_key_error_naming_it(worker: WorkerHandle) -> None:
    assert worker.get("/binding?kind=kv&name=NOPE").body == (
        "KeyError: 'KV namespace binding \\'NOPE\\' is not defined: "
        'declare it in wrangler.toml ([[kv_namespaces]] binding = "NOPE")\''
    )
    assert worker.get("/binding?kind=do&name=GONE").body == (
        "KeyError: 'Durable Object namespace binding \\'GONE\\' is not defined: "
        'declare it in wrangler.toml ([[durable_objects.bindings]] name = "GONE")\''
    )
    assert worker.get("/binding?kind=var&name=MISSING_VAR").body == (
        "KeyError: \"variable binding 'MISSING_VAR' is not defined: "
        'declare it in wrangler.toml under [vars] (or add it as a secret)"'
    )
    # a binding of the wrong kind is a TypeError
    assert (
        worker.get("/binding?kind=do&name=KV").body
        == "TypeError: binding 'KV' is not a Durable Object namespace"
    )
    assert (
        worker.get("/binding?kind=kv&name=THINGS").body
        == "TypeError: binding 'THINGS' is not a KV namespace"
    )
    # uncaught: a 500, and the log names the binding
    uncaught = worker.get("/binding?kind=kv&name=UNCAUGHT&catch=no")
    assert (uncaught.status, uncaught.body) == (500, "Internal Server Error")
    assert logged(
        worker,
        "KeyError: 'KV namespace binding \\'UNCAUGHT\\' is not defined: "
        'declare it in wrangler.toml ([[kv_namespaces]] binding = "UNCAUGHT")\'',
    ), worker.output


def test_ctx_wait_until_runs_after_the_response(worker: WorkerHandle) -> None:
    started = time.monotonic()
    response = worker.get("/wait-until?key=waited")
    assert (response.status, response.body) == (200, "responded first")
    # later() sleeps 0.5 s before writing: the response did not wait for it ...
    assert time.monotonic() - started < 0.5
    assert worker.get("/kv/waited").status == 404
    # ... and the write still happens
    for _ in range(200):
        found = worker.get("/kv/waited")
        if found.status == 200:
            break
        time.sleep(0.05)
    assert (found.status, found.body) == (200, "written by wait_until")


def test_asyncio_sleep_in_overlapping_requests(worker: WorkerHandle) -> None:
    try:
        statuses: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: statuses.append(
                    http_request(worker.url + "/sleep?s=0.05", timeout=10).status
                )
            )
            for _ in range(2)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        after = http_request(worker.url + "/sleep?s=0.01", timeout=10)
        assert (statuses, after.status, after.body) == ([200, 200], 200, "slept")
    finally:
        worker.restart()  # a hung timer queue would break every later asyncio.sleep
