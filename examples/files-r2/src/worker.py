"""A file store in R2: PUT /files/NAME stores the body (with its Content-Type), GET
/files/NAME returns it (404 when missing), DELETE /files/NAME removes it, GET /files lists
names and sizes."""

from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    bucket = env.get_r2_bucket("FILES")
    key = request.path.removeprefix("/files").strip("/")
    if not key:
        listed = await bucket.list()
        return Response.json({o.key: o.size for o in listed.objects})
    if request.method == "PUT":
        content_type = request.headers.get("content-type", "application/octet-stream")
        stored = await bucket.put(
            key, await request.bytes(), http_metadata={"content_type": content_type}
        )
        return Response.json({"key": stored.key, "size": stored.size}, status=201)
    if request.method == "DELETE":
        await bucket.delete(key)
        return Response(None, status=204)
    found = await bucket.get(key)
    if found is None:
        return Response.not_found(f"no file {key}")
    content_type = found.http_metadata.get("content_type", "application/octet-stream")
    return Response(await found.bytes(), headers={"content-type": content_type, "etag": found.http_etag})


CloudflareWorkers(fetch=fetch)
