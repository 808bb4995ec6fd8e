"""Service bindings and static assets end to end (API.md "Service bindings and static
assets"), in workerd: `env.ASSETS.fetch(path)` reads the config's assets directory, and a
service binding's `fetch` reaches the bound worker (here the worker itself, the one
service the dev server runs); the Cache API and HTMLRewriter. The worker is
tests/e2e/projects/services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.workerd import WorkerHandle

WORKER = Path(__file__).parent / "projects" / "services"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    with serve(built_project(WORKER, tmp_path_factory)) as handle:
        yield handle


def test_the_assets_binding_serves_the_assets_directory(worker: WorkerHandle) -> None:
    response = worker.get("/asset")
    assert (response.status, response.body) == (200, "200:hello from an asset\n"), "\n".join(worker.output)
    assert worker.get("/asset?path=/missing.txt").body.startswith("404:")


def test_assets_are_served_before_the_worker(worker: WorkerHandle) -> None:
    assert worker.get("/hello.txt").body == "hello from an asset\n"


def test_a_service_binding_fetches_the_bound_worker(worker: WorkerHandle) -> None:
    response = worker.get("/via-service")
    assert (response.status, response.body) == (200, "201:inner POST 1 sent"), "\n".join(worker.output)


def test_the_cache_api_matches_puts_and_deletes(worker: WorkerHandle) -> None:
    response = worker.get("/cache")
    assert response.status == 200, response.body + "\n".join(worker.output)
    assert response.json() == [None, [200, "cached body"], None, True, None, False]


def test_html_rewriter_handlers_rewrite_the_page(worker: WorkerHandle) -> None:
    response = worker.get("/rewrite")
    assert response.status == 200, response.body + "\n".join(worker.output)
    out = response.json()
    assert isinstance(out, dict)
    assert out["page"] == (
        "<html><head><title>New &lt;title&gt;</title></head><body>"
        '<a href="https://example.com/one">&amp;one<b>!</b></a>'
        '<a href="https://example.com/two">&amp;two<b>!</b></a>'
        "<strong>keep</strong></body></html>"
    )
    assert out["seen"] == [["a", "/one", False], ["a", "/two", True]]
    # text chunks reach the element handler (title, p, em) and the document handler
    assert out["texts"] == ["Old", "Old", "one", "two", "remove me", "remove me", "keep", "keep"]
