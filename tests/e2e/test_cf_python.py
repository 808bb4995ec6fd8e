"""Cloudflare's own Python Workers API, unchanged user code (examples/cf-python, in
Cloudflare's layout `main = "src/entry.py"` with the `python_workers` flag): built by
`cfpy build` into build/worker.js and served in workerd with real local storage."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from projects.shared import built_project
from support.project import serve
from support.workerd import WorkerHandle

EXAMPLE = Path(__file__).parents[2] / "examples" / "cf-python"


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    project = built_project(EXAMPLE, tmp_path_factory)
    assert (project / "src" / "entry.py").read_text() == (EXAMPLE / "src" / "entry.py").read_text()
    with serve(project) as handle:
        yield handle


def test_worker_entrypoint_fetch_with_kv_and_vars(worker: WorkerHandle) -> None:
    first = worker.get("/visit?name=ada")
    assert (first.status, first.body) == (200, "Hello, ada: visit 1"), "\n".join(worker.output)
    assert worker.get("/visit?name=ada").body == "Hello, ada: visit 2"
    assert worker.get("/visit").body == "Hello, anonymous: visit 1"
    assert worker.get("/nowhere").status == 404


def test_durable_object_rpc_with_cloudflare_method_names(worker: WorkerHandle) -> None:
    first = worker.get("/count")
    assert first.status == 200, first.body + "\n".join(worker.output)
    assert first.json() == {"count": 2}
    assert worker.get("/count").json() == {"count": 4}


def test_js_constructors_and_pyodide_ffi(worker: WorkerHandle) -> None:
    assert worker.get("/js").body == "a"
