"""Handler arguments the code never names are passed as None and their wrapper classes
left out of the bundle (analyze/handlers.py, workers/entry.js `wrap_request` ...): served
by workerd, such a worker answers as before, and a handler naming its arguments only in
a nested function or an f-string still gets the real objects."""

from __future__ import annotations

from pathlib import Path

from support.project import build, serve

WRANGLER = (
    'name = "w"\nmain = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'
    '[vars]\nGREETING = "hi"\n'
)


def _project(root: Path, worker: str) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(WRANGLER)
    (root / "src" / "worker.py").write_text(
        "from cloudflare_workers import CloudflareWorkers, Response\n\n" + worker
    )
    return root


def test_a_handler_naming_no_argument_serves_without_the_wrappers(tmp_path: Path) -> None:
    root = _project(
        tmp_path / "p",
        "async def fetch(request, env, ctx):\n"
        "    return Response(f'{request is None} {env is None} {ctx is None}')\n\n\n"
        "async def hello(request, env, ctx):\n"
        "    return Response('Hello World!')\n\n\n"
        "CloudflareWorkers(fetch=hello)\n",
    )
    build(root)
    bundle = (root / "build" / "worker.js").read_text()
    for wrapper in ("ExecutionContext", "get_kv_namespace", "$req"):
        assert wrapper not in bundle, wrapper
    with serve(root) as worker:
        response = worker.get("/")
        assert (response.status, response.body) == (200, "Hello World!")


def test_arguments_named_in_nested_code_are_the_real_objects(tmp_path: Path) -> None:
    root = _project(
        tmp_path / "p",
        "async def fetch(request, env, ctx):\n"
        "    def greeting():\n"
        "        return env.GREETING\n"
        "    return Response(f'{greeting()} {request.path} {ctx is None}')\n\n\n"
        "CloudflareWorkers(fetch=fetch)\n",
    )
    build(root)
    with serve(root) as worker:
        response = worker.get("/there")
        assert (response.status, response.body) == (200, "hi /there False")
