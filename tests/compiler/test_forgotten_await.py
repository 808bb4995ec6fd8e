"""CF150: a worker API coroutine that is never awaited is reported at build time, where
the receiver's type is known (issue 17); awaited, returned or handed-on calls are not."""

from __future__ import annotations

from pathlib import Path

from conftest import cfpy

WORKER = """\
import asyncio

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    Env,
    ExecutionContext,
    KVNamespace,
    Request,
    Response,
    fetch,
)


class Counter(DurableObject):
    async def fetch(self, request: Request) -> Response:
        self.state.storage.put("n", 1)
        storage = self.state.storage
        n = storage.get("n") or 0
        await storage.put("n", n)
        return Response.json({"n": await storage.get("n")})


async def save(notes: KVNamespace, key: str) -> None:
    notes.delete(key)


async def handler(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    notes = env.get_kv_namespace("NOTES")
    text = notes.get("a")
    fine = await notes.get("a")
    both = await asyncio.gather(notes.get("a"), notes.get("b"))
    ctx.wait_until(notes.put("x", "y"))
    fetch("https://example.com")
    seen = {"a": 1}
    seen.get("a")
    answer = f"{text} {fine} {both} {notes.get('z')}"
    if request.method == "POST":
        return Response(request.text())
    return Response(answer)


CloudflareWorkers(fetch=handler, durable_objects={"Counter": Counter})
"""

WRANGLER_BINDINGS = """
[[kv_namespaces]]
binding = "NOTES"

[[durable_objects.bindings]]
name = "COUNTER"
class_name = "Counter"

[[migrations]]
tag = "v1"
new_sqlite_classes = ["Counter"]
"""


def test_unawaited_api_coroutines_are_warned_where_written(tmp_path: Path) -> None:
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    (project / "src" / "worker.py").write_text(WORKER)
    config = project / "wrangler.toml"
    config.write_text(config.read_text() + WRANGLER_BINDINGS)
    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr  # a warning: the build succeeds
    found = sorted(
        line.split(": CF150 ")[0].rsplit(":", 2)[-2] + ":" + line.split("`")[1]
        for line in result.stderr.splitlines()
        if ": CF150 " in line
    )
    assert found == sorted(
        [
            '17:self.state.storage.put("n", 1)',
            '19:storage.get("n")',
            "25:notes.delete(key)",
            '30:notes.get("a")',
            '34:fetch("https://example.com")',
            "37:notes.get('z')",
            "39:request.text()",
        ]
    ), result.stderr
    assert "did you forget `await`?" in result.stderr
