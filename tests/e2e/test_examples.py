"""The seed's three programs, compiled by `cfpy build` and driven in workerd."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor

from support.project import build, serve


def test_todos_stores_and_reads_back(example_copy) -> None:
    project = example_copy("todos")
    build(project)
    with serve(project) as worker:
        first = worker.get("/")
        assert (first.status, first.body) == (200, "in-progress")
        stored = worker.request("/todos/groceries", "PUT", "milk, eggs")
        assert (stored.status, stored.body) == (201, "stored groceries")
        assert worker.get("/todos/groceries").body == "milk, eggs"
        missing = worker.get("/todos/nothing")
        assert (missing.status, missing.body) == (404, "no todo named nothing")
        assert worker.get("/todos").json() == {
            "groceries": "milk, eggs",
            "write-docs": "in-progress",
        }
        # KV state survives a restart of the local runtime.
        worker.restart()
        assert worker.get("/todos/groceries").body == "milk, eggs"


def test_views_counts_per_path_and_exactly_under_concurrency(example_copy) -> None:
    project = example_copy("views")
    build(project)
    with serve(project) as worker:
        for n in (1, 2, 3):
            assert worker.get("/a").body == f"This Durable Object has been requested {n} times!"
        assert worker.get("/b").body == "This Durable Object has been requested 1 times!"
        with ThreadPoolExecutor(max_workers=32) as pool:
            statuses = list(pool.map(lambda _: worker.get("/hot").status, range(200)))
        assert statuses == [200] * 200
        assert worker.get("/hot").body == "This Durable Object has been requested 201 times!"


def test_jobs_are_processed_by_the_alarm(example_copy) -> None:
    project = example_copy("jobs")
    build(project)
    with serve(project) as worker:
        for job_id in ("a1", "b2", "c3"):
            queued = worker.request(
                "/jobs",
                "POST",
                json.dumps({"id": job_id, "data": {"foo": "bar"}}),
                {"content-type": "application/json"},
            )
            assert (queued.status, queued.body) == (200, "Job queued!")
        status = worker.get("/jobs").json()
        assert status["alarm"] is True
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            status = worker.get("/jobs").json()
            if status["pending"] == 0:
                break
            time.sleep(0.25)
        assert status == {"pending": 0, "processed": ["a1", "b2", "c3"], "alarm": False}
        assert any("Alarm triggered, processing jobs..." in line for line in worker.output)
