"""`cfpy deploy` and a project in Cloudflare's Python layout (`main = "src/entry.py"` with
the `python_workers` flag): `--dry-run --outdir` packages cfpy's bundle offline with the
pinned wrangler, without the flag and without touching a source or config file; `cfpy
dev` serves the same project with D1 data that `wrangler d1 execute --local` wrote."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import cfpy
from support.project import serve
from support.wrangler import ensure_wrangler, wrangler_env

WRANGLER_TOML = """\
name = "pylayout"
main = "src/entry.py"
compatibility_date = "2025-01-01"
compatibility_flags = ["python_workers"]

[[d1_databases]]
binding = "DB"
database_name = "pylayout-db"
database_id = "00000000-0000-0000-0000-00000000000a"
"""

ENTRY = """\
from cloudflare_workers import CloudflareWorkers, Response


async def fetch(request, env, ctx):
    rows = await env.DB.prepare("SELECT name FROM people ORDER BY name").all()
    return Response.json([row["name"] for row in rows.results])


CloudflareWorkers(fetch=fetch)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "pylayout"
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(WRANGLER_TOML)
    (root / "src" / "entry.py").write_text(ENTRY)
    return root


def _sources(root: Path) -> dict[str, str]:
    return {p: (root / p).read_text() for p in ("wrangler.toml", "src/entry.py")}


def test_deploy_dry_run_packages_the_bundle_offline(project: Path, tmp_path: Path) -> None:
    ensure_wrangler()
    before = _sources(project)
    outdir = tmp_path / "dist"
    result = subprocess.run(
        [*cfpy_command(), "deploy", str(project), "--dry-run", "--outdir", str(outdir)],
        env=wrangler_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "--dry-run: exiting now." in output
    assert "env.DB (pylayout-db)" in output
    assert (outdir / "worker.js").read_bytes() == (project / "build" / "worker.js").read_bytes()
    assert _sources(project) == before  # nothing written over a source or the config
    deployed = json.loads((project / ".cfpy" / "build" / "deploy" / "wrangler.json").read_text())
    assert deployed["main"] == str(project / "build" / "worker.js")
    assert deployed["no_bundle"] is True
    assert "compatibility_flags" not in deployed  # python_workers dropped


def cfpy_command() -> list[str]:
    import sys

    return [sys.executable, "-m", "cfpy_workers.cli"]


def test_dev_serves_the_python_layout_with_wrangler_local_d1_data(
    project: Path, tmp_path: Path
) -> None:
    wrangler = ensure_wrangler()
    assert cfpy("build", str(project)).returncode == 0
    executed = subprocess.run(
        [
            str(wrangler),
            "d1",
            "execute",
            "DB",
            "--local",
            "--command",
            "CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('ada'), ('bob');",
        ],
        cwd=project,
        env=wrangler_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )
    assert executed.returncode == 0, executed.stdout + executed.stderr
    assert (project / ".wrangler" / "state" / "v3" / "d1").is_dir()
    with serve(project) as worker:
        response = worker.get("/")
        assert response.status == 200, response.body + "\n".join(worker.output)
        assert response.json() == ["ada", "bob"]


def test_dev_serves_static_assets_in_front_of_the_worker(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "src").mkdir(parents=True)
    (root / "public").mkdir()
    (root / "public" / "hello.txt").write_text("static hello\n")
    (root / "wrangler.toml").write_text(
        'name = "site"\nmain = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'
        'kv_namespaces = [{ binding = "KV", id = "1" }]\n\n[assets]\ndirectory = "public"\n'
    )
    (root / "src" / "worker.py").write_text(
        "from cloudflare_workers import CloudflareWorkers, Response\n\n\n"
        "async def fetch(request, env, ctx):\n"
        '    return Response("from the worker: " + str(await env.KV.get("cron")))\n\n\n'
        "async def scheduled(event, env, ctx):\n"
        '    await env.KV.put("cron", event.cron)\n\n\n'
        "CloudflareWorkers(fetch=fetch, scheduled=scheduled)\n"
    )
    assert cfpy("build", str(root)).returncode == 0
    with serve(root) as worker:
        assert worker.get("/hello.txt").body == "static hello\n"
        assert worker.get("/").body == "from the worker: None"
