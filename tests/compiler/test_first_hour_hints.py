"""Hints that send a new user the right way (issue 17): HTTP clients point at `fetch`,
`except*` is named as Python spells it, and a missing `CloudflareWorkers(...)` (CF311)
never hides the import error that caused it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cfpy


@pytest.mark.parametrize(
    "line",
    [
        "import requests",
        "import httpx",
        "from aiohttp import ClientSession",
        "from urllib.request import urlopen",
        "import urllib.request",
    ],
)
def test_http_client_import_points_at_fetch(tmp_path: Path, line: str) -> None:
    module = tmp_path / "m.py"
    module.write_text(line + "\n")
    result = cfpy("compile", str(module))
    assert result.returncode == 1
    assert " CF202 cannot import " in result.stderr
    assert "`from cloudflare_workers import fetch`" in result.stderr
    assert "supported: __future__" not in result.stderr


def test_except_star_is_named_as_python_spells_it(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("try:\n    pass\nexcept* ValueError:\n    pass\n")
    result = cfpy("compile", str(module))
    assert result.returncode == 1
    assert "CF101 `except*` (exception groups) is not supported" in result.stderr
    assert "TryStar" not in result.stderr


def _worker(tmp_path: Path, source: str) -> Path:
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    (project / "src" / "worker.py").write_text(source)
    return project


def test_entry_for_another_framework_reports_the_import_not_cf311(tmp_path: Path) -> None:
    project = _worker(tmp_path, "from fastapi import FastAPI\n\napp = FastAPI()\n")
    result = cfpy("build", str(project))
    assert result.returncode == 1
    assert "CF202 cannot import `fastapi`" in result.stderr
    assert "CF311" not in result.stderr


def test_from_workers_import_does_not_report_cf311_first(tmp_path: Path) -> None:
    """`from workers import ...` (the Python Workers SDK's module): whatever cfpy says
    about it, the first error is not the symptom "never calls CloudflareWorkers"."""
    project = _worker(
        tmp_path,
        "from workers import Response, WorkerEntrypoint\n\n\n"
        "class Default(WorkerEntrypoint):\n"
        "    async def fetch(self, request):\n"
        '        return Response("hi")\n',
    )
    result = cfpy("build", str(project))
    errors = [line for line in result.stderr.splitlines() if ": CF" in line]
    if result.returncode != 0:
        assert errors and " CF311 " not in errors[0], result.stderr


def test_cf311_still_reported_when_the_imports_are_fine(tmp_path: Path) -> None:
    project = _worker(tmp_path, "from cloudflare_workers import Response\n\nx = 1\n")
    result = cfpy("build", str(project))
    assert result.returncode == 1
    assert "CF311 the entry module never calls `CloudflareWorkers(...)`" in result.stderr
