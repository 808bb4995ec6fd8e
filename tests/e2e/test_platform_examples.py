"""The platform examples, compiled by `cfpy build` and driven in workerd with real local
storage: examples/guestbook-d1 (D1), examples/files-r2 (R2), examples/jobs-queue (a queue
producer and consumer in one worker)."""

from __future__ import annotations

import json
import time

from support.project import build, serve


def test_guestbook_d1_signs_lists_and_misses(example_copy) -> None:
    project = example_copy("guestbook-d1")
    build(project)
    with serve(project) as worker:
        assert worker.get("/entries").json() == []
        signed = worker.request("/entries", "POST", json.dumps({"name": "ada", "message": "hi"}))
        assert (signed.status, signed.json()) == (201, {"id": 1}), "\n".join(worker.output)
        worker.request("/entries", "POST", json.dumps({"name": "bob", "message": "yo"}))
        assert worker.get("/entries").json() == [
            {"id": 2, "name": "bob", "message": "yo"},
            {"id": 1, "name": "ada", "message": "hi"},
        ]
        assert worker.get("/entries/1").json() == {"id": 1, "name": "ada", "message": "hi"}
        missing = worker.get("/entries/99")
        assert (missing.status, missing.body) == (404, "no such entry")
        bad = worker.request("/entries", "POST", json.dumps({"name": "x"}))
        assert bad.status == 400
        worker.restart()  # the rows are in the local D1 database
        assert len(worker.get("/entries").json()) == 2  # type: ignore[arg-type]


def test_files_r2_stores_serves_lists_and_deletes(example_copy) -> None:
    project = example_copy("files-r2")
    build(project)
    with serve(project) as worker:
        put = worker.request("/files/a.txt", "PUT", "héllo", {"content-type": "text/plain"})
        assert (put.status, put.json()) == (201, {"key": "a.txt", "size": 6}), "\n".join(worker.output)
        got = worker.get("/files/a.txt")
        assert (got.status, got.body) == (200, "héllo")
        assert {k.lower(): v for k, v in got.headers.items()}["content-type"] == "text/plain"
        assert worker.get("/files").json() == {"a.txt": 6}
        assert worker.get("/files/none.txt").status == 404
        assert worker.request("/files/a.txt", "DELETE").status == 204
        assert worker.get("/files").json() == {}


def test_jobs_queue_consumer_stores_results(example_copy) -> None:
    project = example_copy("jobs-queue")
    build(project)
    with serve(project) as worker:
        queued = worker.request("/jobs", "POST", json.dumps({"id": 7, "numbers": [1, 2, 3.5]}))
        assert (queued.status, queued.json()) == (202, {"queued": "7"})
        worker.request("/jobs", "POST", json.dumps({"id": 8, "numbers": [1, "x"]}))
        results: dict[str, object] = {}
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(results) < 2:
            time.sleep(0.5)
            for job in ("7", "8"):
                response = worker.get(f"/jobs/{job}")
                if response.status == 200:
                    results[job] = response.json()
        assert results == {
            "7": {"id": "7", "sum": 6.5, "attempts": 1},
            "8": {"id": "8", "error": "numbers only"},
        }, "\n".join(worker.output)
