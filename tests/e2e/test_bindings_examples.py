"""The two binding examples, built by `cfpy build` and driven in workerd:
examples/shortener (KV with metadata, listing, redirects, a local module) and
examples/ratelimit (a Durable Object per client counting in storage transactions)."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import EXAMPLES
from projects.shared import built_project
from support.project import serve
from support.workerd import Response, WorkerHandle

RATE_WINDOW_SECONDS = 3  # the example's 60 s window, shortened for the test


def header(response: Response, name: str) -> str | None:
    return {k.lower(): v for k, v in response.headers.items()}.get(name.lower())


@pytest.fixture(scope="module")
def shortener(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(EXAMPLES / "shortener", tmp_path_factory)) as worker:
        yield worker


@pytest.fixture(scope="module")
def ratelimit(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    def shorter_window(project: Path) -> None:
        config = project / "wrangler.toml"
        text = config.read_text(encoding="utf-8")
        assert 'WINDOW_SECONDS = "60"' in text
        config.write_text(
            text.replace('WINDOW_SECONDS = "60"', f'WINDOW_SECONDS = "{RATE_WINDOW_SECONDS}"'),
            encoding="utf-8",
        )

    with serve(built_project(EXAMPLES / "ratelimit", tmp_path_factory, shorter_window)) as worker:
        yield worker


def post_json(worker: WorkerHandle, path: str, data: object) -> Response:
    return worker.request(path, "POST", json.dumps(data), {"Content-Type": "application/json"})


def redirect_target(worker: WorkerHandle, path: str) -> tuple[int, str | None]:
    """Status and Location of ``path``, without following the redirect."""
    url = urlsplit(worker.url)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status, response.getheader("Location")
    finally:
        conn.close()


# --------------------------------------------------------------------------------------
# shortener


def test_shortener_creates_and_redirects(shortener: WorkerHandle) -> None:
    target = "https://example.com/some/long/path?q=1&r=%C3%BC"
    created = post_json(shortener, "/links", {"url": target})
    assert created.status == 201, created.body
    link = created.json()
    code = link["code"]
    assert len(code) == 7 and code.isalnum()
    assert link["short"] == f"{shortener.url}/{code}"
    assert link["url"] == target
    datetime.fromisoformat(link["created"])
    assert redirect_target(shortener, f"/{code}") == (302, target)
    # the same URL gets the same link back
    again = post_json(shortener, "/links", {"url": target})
    assert (again.status, again.json()) == (200, link)
    # shown from KV metadata
    assert shortener.get(f"/links/{code}").json() == link


def test_shortener_custom_codes_expiry_and_errors(shortener: WorkerHandle) -> None:
    custom = post_json(
        shortener, "/links", {"url": "https://example.org/", "code": "my-org_1", "ttl": 3600}
    )
    assert custom.status == 201, custom.body
    created = datetime.fromisoformat(custom.json()["created"])
    expires = datetime.fromisoformat(custom.json()["expires"])
    assert (expires - created).total_seconds() == 3600
    assert redirect_target(shortener, "/my-org_1") == (302, "https://example.org/")
    taken = post_json(shortener, "/links", {"url": "https://example.net/", "code": "my-org_1"})
    assert (taken.status, taken.json()) == (409, {"error": "code my-org_1 is taken"})
    bad_requests = [
        ({"url": "ftp://example.com/file"}, "url must be an absolute http(s) URL"),
        ({"url": "/relative"}, "url must be an absolute http(s) URL"),
        ({"url": 42}, "url must be an absolute http(s) URL"),
        ({"url": "https://x.example", "code": "a b"}, "code must be 3-32 letters, digits, - or _"),
        (
            {"url": "https://x.example", "code": "links"},
            "code must be 3-32 letters, digits, - or _",
        ),
        ({"url": "https://x.example", "ttl": 5}, "ttl must be a number of seconds >= 60"),
        ([1, 2], "the body must be a JSON object"),
    ]
    for body, error in bad_requests:
        response = post_json(shortener, "/links", body)
        assert (response.status, response.json()) == (400, {"error": error}), body
    not_json = shortener.request("/links", "POST", "not json")
    assert (not_json.status, not_json.json()) == (400, {"error": "the body must be JSON"})
    assert shortener.get("/links/unknown").status == 404
    missing = shortener.get("/unknown-code")
    assert (missing.status, missing.body) == (404, "no link unknown-code\n")
    wrong_method = shortener.request("/links", "PUT", "x")
    assert (wrong_method.status, header(wrong_method, "allow")) == (405, "GET, POST")


def test_shortener_lists_pages_and_deletes(shortener: WorkerHandle) -> None:
    codes = [f"page-{i}" for i in range(5)]
    for code in codes:
        assert (
            post_json(
                shortener, "/links", {"url": f"https://example.com/{code}", "code": code}
            ).status
            == 201
        )
    seen: list[dict[str, object]] = []
    cursor: str | None = None
    pages = 0
    while True:
        query = "/links?limit=2" + (f"&cursor={cursor}" if cursor else "")
        page = shortener.get(query).json()
        seen.extend(page["links"])
        pages += 1
        cursor = page["cursor"]
        if cursor is None:
            break
    listed = {link["code"]: link for link in seen}
    assert pages >= 3
    assert [code for code in listed if code.startswith("page-")] == codes  # key order
    assert listed["page-3"]["url"] == "https://example.com/page-3"
    assert listed["page-3"]["short"] == f"{shortener.url}/page-3"
    assert "expires" not in listed["page-3"]
    # deleting
    assert shortener.request("/links/page-3", "DELETE").status == 204
    assert shortener.request("/links/page-3", "DELETE").status == 404
    assert shortener.get("/page-3").status == 404
    remaining = [link["code"] for link in shortener.get("/links?limit=100").json()["links"]]
    assert "page-3" not in remaining and "page-4" in remaining


# --------------------------------------------------------------------------------------
# ratelimit


def call(worker: WorkerHandle, client: str, path: str = "/api/hello") -> Response:
    return worker.request(path, headers={"X-Client-Id": client})


def test_ratelimit_allows_the_limit_then_answers_429(ratelimit: WorkerHandle) -> None:
    answers = [call(ratelimit, "ann") for _ in range(7)]
    assert [a.status for a in answers] == [200] * 5 + [429] * 2
    assert [header(a, "x-ratelimit-remaining") for a in answers] == [
        "4",
        "3",
        "2",
        "1",
        "0",
        "0",
        "0",
    ]
    assert all(header(a, "x-ratelimit-limit") == "5" for a in answers)
    assert answers[0].json() == {"client": "ann", "path": "/api/hello"}
    refused = answers[5]
    assert refused.json()["error"] == "too many requests"
    assert 1 <= int(header(refused, "retry-after") or 0) <= RATE_WINDOW_SECONDS
    assert header(refused, "x-ratelimit-reset") == header(answers[0], "x-ratelimit-reset")
    # a look at the window does not use a request
    assert ratelimit.get("/limits/ann").json()["remaining"] == 0
    # other clients have their own objects
    assert call(ratelimit, "bob").status == 200
    assert ratelimit.get("/limits/bob").json()["remaining"] == 4


def test_ratelimit_is_exact_under_concurrency(ratelimit: WorkerHandle) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lambda _: call(ratelimit, "burst").status, range(24)))
    assert sorted(statuses) == [200] * 5 + [429] * 19


def test_ratelimit_window_resets_and_can_be_cleared(ratelimit: WorkerHandle) -> None:
    for _ in range(5):
        assert call(ratelimit, "carol").status == 200
    refused = call(ratelimit, "carol")
    assert refused.status == 429
    time.sleep(int(header(refused, "retry-after") or 0) + 0.2)
    assert call(ratelimit, "carol").status == 200  # a new window
    assert ratelimit.request("/limits/carol", "DELETE").status == 204
    fresh = ratelimit.get("/limits/carol").json()
    assert (fresh["allowed"], fresh["limit"], fresh["remaining"]) == (True, 5, 5)
    # without X-Client-Id the connecting IP is the client
    assert call(ratelimit, "", "/api/anonymous").json() == {
        "client": "127.0.0.1",
        "path": "/api/anonymous",
    }
