"""A URL shortener on Workers KV.

POST   /links          JSON {"url": ..., "code"?: ..., "ttl"?: seconds} -> 201 the new link
GET    /links          every link, in code order (?limit=N&cursor=C pages through them)
GET    /links/<code>   one link (404 if unknown)
DELETE /links/<code>   remove it (204, or 404)
GET    /<code>         302 redirect to the link's URL (404 if unknown)

Each link is stored under "link:<code>" with the URL as its value and
{"url": ..., "created": ..., "expires"?: ...} as KV metadata, so a listing needs no
extra reads. Codes come from src/shortcodes.py.
"""

from datetime import datetime, timedelta
from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    Env,
    ExecutionContext,
    KVKey,
    KVNamespace,
    Request,
    Response,
)
from shortcodes import code_for, is_valid_code, normalize_url

PREFIX = "link:"
MAX_ATTEMPTS = 5
MIN_TTL = 60  # KV's shortest expiration_ttl


def origin(request: Request) -> str:
    scheme, _, rest = request.url.partition("://")
    return scheme + "://" + rest.split("/", 1)[0]


def link_json(
    request: Request, code: str, metadata: Any, expires: datetime | None = None
) -> dict[str, Any]:
    """A link as the API shows it, from its KV metadata (and the key's expiration, when
    it comes from a listing)."""
    info: dict[str, Any] = {"code": code, "short": f"{origin(request)}/{code}"}
    if isinstance(metadata, dict):
        info["url"] = metadata.get("url")
        info["created"] = metadata.get("created")
        if metadata.get("expires") is not None:
            info["expires"] = metadata["expires"]
    if expires is not None:
        info["expires"] = expires.isoformat()
    return info


async def create(request: Request, links: KVNamespace) -> Response:
    try:
        body = await request.json()
    except ValueError:
        return Response.json({"error": "the body must be JSON"}, status=400)
    if not isinstance(body, dict):
        return Response.json({"error": "the body must be a JSON object"}, status=400)
    url = normalize_url(body.get("url"))
    if url is None:
        return Response.json({"error": "url must be an absolute http(s) URL"}, status=400)
    ttl = body.get("ttl")
    if ttl is not None and (not isinstance(ttl, int) or isinstance(ttl, bool) or ttl < MIN_TTL):
        return Response.json({"error": f"ttl must be a number of seconds >= {MIN_TTL}"}, status=400)
    custom = body.get("code")
    if custom is not None:
        if not isinstance(custom, str) or not is_valid_code(custom):
            return Response.json({"error": "code must be 3-32 letters, digits, - or _"}, status=400)
        if await links.get(PREFIX + custom) is not None:
            return Response.json({"error": f"code {custom} is taken"}, status=409)
        code = custom
    else:
        code = ""
        for attempt in range(MAX_ATTEMPTS):
            candidate = code_for(url, attempt)
            existing = await links.get_with_metadata(PREFIX + candidate)
            if existing.value == url:
                # shortened before: the same link again
                return Response.json(link_json(request, candidate, existing.metadata))
            if existing.value is None:
                code = candidate
                break
        if not code:
            return Response.json({"error": "no free code, try again"}, status=503)
    created = datetime.now().replace(microsecond=0)
    metadata = {"url": url, "created": created.isoformat()}
    if ttl is not None:
        metadata["expires"] = (created + timedelta(seconds=ttl)).isoformat()
    await links.put(PREFIX + code, url, expiration_ttl=ttl, metadata=metadata)
    return Response.json(link_json(request, code, metadata), status=201)


async def listing(request: Request, links: KVNamespace) -> Response:
    limit = int(request.query.get("limit", "100"))
    page = await links.list(prefix=PREFIX, limit=limit, cursor=request.query.get("cursor"))
    items = [link_json(request, key_code(key), key.metadata, key.expiration) for key in page.keys]
    return Response.json({"links": items, "cursor": page.cursor})


def key_code(key: KVKey) -> str:
    return key.name[len(PREFIX) :]


async def show(request: Request, links: KVNamespace, code: str) -> Response:
    found = await links.get_with_metadata(PREFIX + code)
    if found.value is None:
        return Response.json({"error": f"no link {code}"}, status=404)
    return Response.json(link_json(request, code, found.metadata))


async def delete(links: KVNamespace, code: str) -> Response:
    if await links.get(PREFIX + code) is None:
        return Response.json({"error": f"no link {code}"}, status=404)
    await links.delete(PREFIX + code)
    return Response(status=204)


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    links = env.get_kv_namespace("LINKS")
    path = request.path
    if path == "/links":
        if request.method == "POST":
            return await create(request, links)
        if request.method == "GET":
            return await listing(request, links)
        return Response("Method Not Allowed", status=405, headers={"Allow": "GET, POST"})
    if path.startswith("/links/"):
        code = path[len("/links/") :]
        if request.method == "DELETE":
            return await delete(links, code)
        return await show(request, links, code)
    code = path.lstrip("/")
    if not code:
        return Response("POST /links with {\"url\": ...} to shorten a URL\n")
    target = await links.get(PREFIX + code, cache_ttl=60)
    if target is None:
        return Response.not_found(f"no link {code}\n")
    return Response.redirect(target, status=302)


CloudflareWorkers(fetch=fetch)
