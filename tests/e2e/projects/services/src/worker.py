"""Routes for tests/e2e/test_bindings_services.py."""

from cloudflare_workers import CloudflareWorkers, Env, Request, Response, caches


async def cache_demo() -> list[object]:
    out: list[object] = []
    key = "https://cache.example/item"
    cache = caches.default
    out.append(await cache.match(key))
    await cache.put(key, Response("cached body", headers={"cache-control": "max-age=600"}))
    hit = await cache.match(Request(key))
    out.append(None if hit is None else [hit.status, await hit.text()])
    named = await caches.open("named")
    out.append(await named.match(key))  # another cache
    out.append(await cache.delete(key))
    out.append(await cache.match(key))
    out.append(await cache.delete(key))
    return out


async def fetch(request: Request, env: Env, ctx: object) -> Response:
    if request.path == "/asset":
        asset = await env.ASSETS.fetch(request.query.get("path", "/hello.txt"))
        return Response(f"{asset.status}:{await asset.text()}")
    if request.path == "/via-service":
        answer = await env.get_fetcher("SELF").fetch("/inner?x=1", method="POST", body="sent")
        return Response(f"{answer.status}:{await answer.text()}")
    if request.path == "/cache":
        return Response.json(await cache_demo())
    if request.path == "/inner":
        return Response(f"inner {request.method} {request.query['x']} {await request.text()}", status=201)
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
