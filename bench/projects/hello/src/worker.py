"""The smallest worker: the hello-world bundle-size benchmark."""

from cloudflare_workers import CloudflareWorkers, Request, Response


async def fetch(request: Request, env, ctx) -> Response:
    return Response("Hello World!")


CloudflareWorkers(fetch=fetch)
