"""The registration call is found through the entry's imports, by the check phase and
the lowering alike (transpiler/analyze/registration.py): `cf.CloudflareWorkers(...)` and
an alias register the worker (this once type-checked and then failed the build with
CF311), and a `CloudflareWorkers(...)` the entry never imports is CF311 at the call."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cfpy
from support.project import build, serve

WRANGLER = 'name = "w"\nmain = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'


def _project(root: Path, worker: str) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(WRANGLER)
    (root / "src" / "worker.py").write_text(worker)
    return root


@pytest.mark.parametrize(
    "head, register",
    [
        ("import cloudflare_workers as cf\n", "cf.CloudflareWorkers(fetch=fetch)"),
        ("from cloudflare_workers import CloudflareWorkers as CW\nimport cloudflare_workers as cf\n", "CW(fetch=fetch)"),
    ],
)
def test_a_namespace_or_alias_registration_serves(tmp_path: Path, head: str, register: str) -> None:
    root = _project(
        tmp_path / "p",
        head
        + "\n\nasync def fetch(request, env, ctx):\n"
        + '    return cf.Response("via " + request.path, status=201)\n\n\n'
        + register
        + "\n",
    )
    build(root)
    with serve(root) as worker:
        response = worker.get("/ns")
        assert (response.status, response.body) == (201, "via /ns")


def test_an_unimported_registration_is_cf311_at_the_call(tmp_path: Path) -> None:
    root = _project(
        tmp_path / "p",
        "async def fetch(request, env, ctx):\n    return None\n\n\nCloudflareWorkers(fetch=fetch)\n",
    )
    result = cfpy("build", str(root))
    assert result.returncode == 1
    assert "worker.py:5:1: CF311" in result.stderr, result.stderr
    assert "from cloudflare_workers import CloudflareWorkers" in result.stderr
