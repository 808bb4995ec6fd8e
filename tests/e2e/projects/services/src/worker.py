"""Routes for tests/e2e/test_bindings_services.py."""

from cloudflare_workers import CloudflareWorkers, Env, Request, Response


async def fetch(request: Request, env: Env, ctx: object) -> Response:
    if request.path == "/asset":
        asset = await env.ASSETS.fetch(request.query.get("path", "/hello.txt"))
        return Response(f"{asset.status}:{await asset.text()}")
    if request.path == "/via-service":
        answer = await env.get_fetcher("SELF").fetch("/inner?x=1", method="POST", body="sent")
        return Response(f"{answer.status}:{await answer.text()}")
    if request.path == "/inner":
        return Response(f"inner {request.method} {request.query['x']} {await request.text()}", status=201)
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
