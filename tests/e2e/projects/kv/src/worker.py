"""Every method and option of the KV API (API.md "KV"), one route per group of checks.

Each route uses its own key prefix, so the routes can run in any order against one
namespace. Values come back as repr() of what the API returned (CPython's repr is the
reference the test compares with).
"""

import asyncio
from datetime import datetime, timedelta
from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    Env,
    ExecutionContext,
    KVNamespace,
    Request,
    Response,
)

# KV expirations are 32-bit seconds since the epoch in workerd: stay before 2038.
FAR_EXPIRATION = datetime(2037, 1, 2, 3, 4, 5)


async def values(kv: KVNamespace) -> dict[str, Any]:
    """put of str / bytes / dict / list, read back by every getter (cache_ttl accepted)."""
    await kv.put("values:str", "héllo wörld ✓")
    await kv.put("values:bytes", b"\x00\x01\xfe\xff")
    await kv.put("values:dict", {"a": [1, 2.5, None], "b": {"c": True}, "é": "ü"})
    await kv.put("values:list", [1, "two", [3], {"four": 4}, 2.0])
    await kv.put("values:empty", "")
    out: dict[str, Any] = {}
    out["get"] = repr(await kv.get("values:str"))
    out["get_cache_ttl"] = repr(await kv.get("values:str", cache_ttl=60))
    out["get_empty"] = repr(await kv.get("values:empty"))
    out["get_dict_text"] = repr(await kv.get("values:dict"))
    out["get_json_dict"] = repr(await kv.get_json("values:dict"))
    out["get_json_list"] = repr(await kv.get_json("values:list", cache_ttl=60))
    out["get_bytes"] = repr(await kv.get_bytes("values:bytes"))
    out["get_bytes_cache_ttl"] = repr(await kv.get_bytes("values:bytes", cache_ttl=60))
    out["get_bytes_of_str"] = repr(await kv.get_bytes("values:str"))
    out["missing"] = [
        repr(await kv.get("values:missing")),
        repr(await kv.get_json("values:missing")),
        repr(await kv.get_bytes("values:missing")),
        repr(await kv.get_stream("values:missing")),
        repr(await kv.get_stream("values:missing", cache_ttl=60)),
    ]
    try:
        await kv.put("values:int", 5)  # type: ignore[arg-type]
        out["put_int"] = "no error"
    except TypeError as err:
        out["put_int"] = f"TypeError: {err}"
    try:
        await kv.get_json("values:str")
        out["get_json_invalid"] = "no error"
    except ValueError as err:
        out["get_json_invalid"] = type(err).__name__
    return out


async def metadata(kv: KVNamespace) -> dict[str, Any]:
    """get_with_metadata with type text / json / bytes, with and without metadata."""
    await kv.put("meta:text", "t", metadata={"owner": "ann", "tags": ["x", "y"], "n": 1})
    await kv.put("meta:json", {"k": [1, 2]}, metadata={"kind": "json"})
    await kv.put("meta:bytes", b"\x00\xff", metadata={"kind": "bytes"})
    await kv.put("meta:plain", "no metadata")
    out: dict[str, Any] = {}
    text = await kv.get_with_metadata("meta:text")
    out["text"] = [repr(text.value), repr(text.metadata)]
    text2 = await kv.get_with_metadata("meta:text", type="text", cache_ttl=60)
    out["text_explicit"] = [repr(text2.value), repr(text2.metadata)]
    js = await kv.get_with_metadata("meta:json", type="json")
    out["json"] = [repr(js.value), repr(js.metadata)]
    bs = await kv.get_with_metadata("meta:bytes", type="bytes", cache_ttl=60)
    out["bytes"] = [repr(bs.value), repr(bs.metadata)]
    plain = await kv.get_with_metadata("meta:plain")
    out["plain"] = [repr(plain.value), repr(plain.metadata)]
    missing = await kv.get_with_metadata("meta:missing", type="json")
    out["missing"] = [repr(missing.value), repr(missing.metadata)]
    try:
        await kv.get_with_metadata("meta:text", type="xml")  # type: ignore[call-overload]
        out["bad_type"] = "no error"
    except ValueError as err:
        out["bad_type"] = f"ValueError: {err}"
    return out


async def expiration(kv: KVNamespace) -> dict[str, Any]:
    """expiration (datetime) and expiration_ttl, read back from list() as KVKey fields."""
    before = datetime.now()
    await kv.put("exp:at", "a", expiration=FAR_EXPIRATION, metadata={"m": "at"})
    await kv.put("exp:ttl", b"b", expiration_ttl=3600)
    await kv.put("exp:none", {"c": 1})
    listing = await kv.list(prefix="exp:")
    out: dict[str, Any] = {"names": [key.name for key in listing.keys]}
    for key in listing.keys:
        out[key.name] = {
            "expiration": repr(key.expiration),
            "metadata": repr(key.metadata),
            "str": str(key),
        }
        if key.expiration is not None and key.name == "exp:ttl":
            ttl = key.expiration - before
            out["ttl_seconds_ok"] = timedelta(seconds=3590) < ttl < timedelta(seconds=3610)
    out["values"] = [await kv.get("exp:at"), repr(await kv.get_bytes("exp:ttl"))]
    return out


async def listing(kv: KVNamespace) -> dict[str, Any]:
    """list(prefix, limit, cursor): pages, list_complete, cursor; KVKey as a key."""
    for name in ("list:e", "list:a", "list:d", "list:c", "list:b", "listx"):
        await kv.put(name, name.upper(), metadata={"name": name})
    out: dict[str, Any] = {}
    page = await kv.list(prefix="list:", limit=2)
    pages = []
    while True:
        pages.append(
            {
                "names": [key.name for key in page.keys],
                "list_complete": page.list_complete,
                "cursor_is_str": isinstance(page.cursor, str),
                "cursor": page.cursor if page.cursor is None else "...",
            }
        )
        if page.list_complete:
            break
        page = await kv.list(prefix="list:", limit=2, cursor=page.cursor)
    out["pages"] = pages
    everything = await kv.list(prefix="list")
    out["all"] = [key.name for key in everything.keys]
    out["all_complete"] = [everything.list_complete, repr(everything.cursor)]
    first = everything.keys[0]
    out["first_repr"] = repr(first)
    out["first_metadata"] = repr(first.metadata)
    out["get_by_kvkey"] = await kv.get(first)
    out["kvkey_eq"] = first == everything.keys[0] and first != everything.keys[1]
    out["none_prefix"] = repr(await kv.list(prefix="list:zzz"))
    names = []
    async for key in kv.keys(prefix="list:"):
        names.append(key.name)
    out["keys"] = names
    return out


async def deleting(kv: KVNamespace) -> dict[str, Any]:
    await kv.put("del:a", "1")
    await kv.put("del:b", "2")
    before = await kv.get("del:a")
    result = await kv.delete("del:a")
    await kv.delete("del:never-existed")
    remaining = [key.name async for key in kv.keys(prefix="del:")]
    return {
        "before": before,
        "result": repr(result),
        "after": repr(await kv.get("del:a")),
        "remaining": remaining,
    }


async def many(kv: KVNamespace, count: int) -> dict[str, Any]:
    """More than one page of keys: keys() follows cursors to the end."""
    batch = 100
    for start in range(0, count, batch):
        end = min(start + batch, count)
        await asyncio.gather(*[kv.put(f"many:{i:05d}", str(i)) for i in range(start, end)])
    seen = 0
    first = ""
    last = ""
    async for key in kv.keys(prefix="many:"):
        if seen == 0:
            first = key.name
        seen += 1
        last = key.name
    page = await kv.list(prefix="many:")
    rest = await kv.list(prefix="many:", cursor=page.cursor)
    return {
        "count": seen,
        "first": first,
        "last": last,
        "first_page": [len(page.keys), page.list_complete, page.cursor is not None],
        "second_page": [len(rest.keys), rest.list_complete, repr(rest.cursor)],
    }


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    kv = env.get_kv_namespace("KV")
    path = request.path
    if path == "/values":
        return Response.json(await values(kv))
    if path == "/metadata":
        return Response.json(await metadata(kv))
    if path == "/expiration":
        return Response.json(await expiration(kv))
    if path == "/list":
        return Response.json(await listing(kv))
    if path == "/delete":
        return Response.json(await deleting(kv))
    if path == "/many":
        return Response.json(await many(kv, int(request.query.get("count", "1001"))))
    if path.startswith("/stream/"):
        # get_stream: the value goes out as the response body without being read here.
        stream = await kv.get_stream(path[len("/stream/") :], cache_ttl=60)
        if stream is None:
            return Response.not_found("no such key")
        return Response(stream, headers={"content-type": "application/octet-stream"})
    if path.startswith("/kv/"):
        key = path[len("/kv/") :]
        if request.method == "PUT":
            await kv.put(key, await request.bytes(), metadata=dict(request.query))
            return Response("stored", status=201)
        if request.method == "COPY":
            # A stream read from KV can be written back to KV as it is.
            source = await kv.get_stream(key)
            if source is None:
                return Response.not_found()
            await kv.put(request.query["to"], source)
            return Response("copied")
        found = await kv.get_with_metadata(key, type="bytes")
        if found.value is None:
            return Response.not_found()
        return Response(found.value, headers={"x-metadata": repr(found.metadata)})
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
