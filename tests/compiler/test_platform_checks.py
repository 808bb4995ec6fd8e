"""Build-time checks of the newer binding kinds (D1, R2, Queues, service bindings and
static assets) and of ``env.NAME``
against the wrangler config: an undeclared name (CF325), a binding of another kind
(CF326) and an ``env.NAME`` nothing declares (CF327) are positioned errors naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import cfpy

WRANGLER = """\
name = "checks"
main = "build/worker.js"
compatibility_date = "2025-01-01"
kv_namespaces = [{ binding = "CACHE", id = "1" }]

[vars]
GREETING = "hi"

[[d1_databases]]
binding = "DB"
database_name = "db"
database_id = "1"

[[r2_buckets]]
binding = "FILES"
bucket_name = "files"

[[queues.producers]]
binding = "JOBS"
queue = "jobs"

[[services]]
binding = "AUTH"
service = "auth-worker"

[assets]
directory = "./public"
binding = "ASSETS"
"""

WORKER = """\
from cloudflare_workers import CloudflareWorkers, Response


async def fetch(request, env, ctx):
    {line}
    return Response("ok")


CloudflareWorkers(fetch=fetch)
"""


def _project(tmp_path: Path, line: str) -> Path:
    (tmp_path / "wrangler.toml").write_text(WRANGLER)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "worker.py").write_text(WORKER.format(line=line))
    return tmp_path


@pytest.mark.parametrize(
    "line",
    [
        'env.get_d1_database("DB")',
        'env.get_r2_bucket("FILES")',
        'env.get_queue("JOBS")',
        'env.get_fetcher("AUTH")',
        'env.get_fetcher("ASSETS")',
        "print(env.AUTH, env.ASSETS)",
        "print(env.DB, env.FILES, env.JOBS, env.CACHE, env.GREETING)",
        "print(env.items())",  # a lower-case name may be another object called env
    ],
)
def test_declared_bindings_build(tmp_path: Path, line: str) -> None:
    result = cfpy("build", str(_project(tmp_path, line)))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("line", "code", "message", "hint"),
    [
        (
            'env.get_d1_database("DBS")',
            "CF325",
            "D1 database `DBS` is not declared in wrangler.toml",
            "did you mean DB?",
        ),
        (
            'env.get_r2_bucket("BUCKET")',
            "CF325",
            "R2 bucket `BUCKET` is not declared in wrangler.toml",
            "[[r2_buckets]]",
        ),
        (
            'env.get_queue("JOB")',
            "CF325",
            "queue producer `JOB` is not declared in wrangler.toml",
            "did you mean JOBS?",
        ),
        (
            'env.get_fetcher("AUTHS")',
            "CF325",
            "service binding `AUTHS` is not declared in wrangler.toml",
            "did you mean AUTH?",
        ),
        (
            'env.get_fetcher("STATIC")',
            "CF325",
            "service binding `STATIC` is not declared in wrangler.toml",
            "[[services]]",
        ),
        (
            'env.get_fetcher("DB")',
            "CF326",
            "`DB` is declared in wrangler.toml as a D1 database, not a service binding",
            'use env.get_d1_database("DB")',
        ),
        (
            'env.get_kv_namespace("DB")',
            "CF326",
            "`DB` is declared in wrangler.toml as a D1 database, not a KV namespace",
            'use env.get_d1_database("DB")',
        ),
        (
            'env.get_d1_database("FILES")',
            "CF326",
            "`FILES` is declared in wrangler.toml as an R2 bucket, not a D1 database",
            'use env.get_r2_bucket("FILES")',
        ),
        (
            "print(env.FLIES)",
            "CF327",
            "`env.FLIES`: no binding or variable `FLIES` is declared in wrangler.toml",
            "did you mean env.FILES?",
        ),
    ],
)
def test_undeclared_or_wrong_kind_is_a_positioned_error(
    tmp_path: Path, line: str, code: str, message: str, hint: str
) -> None:
    project = _project(tmp_path, line)
    result = cfpy("build", str(project))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    head = next(i for i, text in enumerate(lines) if f" {code} " in text)
    worker = project / "src" / "worker.py"
    column = 4 + line.index('"' if '"' in line else "FLIES") + 1
    assert lines[head].startswith(f"{worker}:5:{column}: {code} {message}")
    assert hint in "\n".join(lines[head:])
    assert not (project / "build").exists()  # nothing written


def test_env_attribute_of_a_self_env(tmp_path: Path) -> None:
    project = _project(tmp_path, "pass")
    (project / "src" / "worker.py").write_text(
        WORKER.format(line="pass")
        + "\n\nclass Holder:\n    def __init__(self, env):\n        self.env = env\n\n"
        "    def db(self):\n        return self.env.DATABASE\n"
    )
    result = cfpy("build", str(project))
    assert result.returncode == 1
    assert " CF327 `env.DATABASE`" in result.stderr
