"""Request, Response and Headers, outgoing fetch, `from js import`, [vars], errors.

Every route answers JSON (or a crafted Response) that the test checks; outgoing
requests go only to this worker itself (the dev server on 127.0.0.1).
"""

import asyncio
from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    Env,
    ExecutionContext,
    Headers,
    Request,
    Response,
)
from cloudflare_workers import (
    fetch as http_fetch,
)
from js import JSON, Date, Math, crypto, encodeURIComponent


class QuotaExceeded(Exception):
    """A user-defined exception: its name shows in the log line of a 500."""


class Thing(DurableObject):
    async def fetch(self, request: Request) -> Response:
        return Response.ok("thing")


async def echo(request: Request) -> Response:
    read = request.query.get("read", "text")
    body: Any
    if read == "json":
        body = await request.json()
    elif read == "bytes":
        body = repr(await request.bytes())
    else:
        body = await request.text()
    return Response.json(
        {
            "method": request.method,
            "url": request.url,
            "path": request.path,
            "query": request.query,
            "body": body,
            "content_type": request.headers.get("content-type"),
            "x_custom": request.headers.get("X-CUSTOM"),
            "cf_type": type(request.cf).__name__,
        }
    )


def headers_api(request: Request) -> dict[str, Any]:
    h = request.headers
    out: dict[str, Any] = {
        "get_mixed_case": h.get("X-Mixed-Case"),
        "getitem_lower": h["x-mixed-case"],
        "getitem_upper": h["X-MIXED-CASE"],
        "get_default": h.get("x-absent", "fallback"),
        "get_missing": repr(h.get("x-absent")),
        "contains": "X-Mixed-Case" in h,
        "not_contains": "x-absent" in h,
        "keys_lower": "x-mixed-case" in h.keys(),
        "keys_sorted": h.keys() == sorted(h.keys()),
        "items_match": dict(h.items())["x-mixed-case"],
        "values_len": len(h.values()) == len(h),
        "iter": "x-mixed-case" in list(h),
        "repeated": h.get("x-repeated"),
    }
    try:
        h["x-absent"]
        out["getitem_missing"] = "no error"
    except KeyError as err:
        out["getitem_missing"] = f"KeyError: {err}"
    try:
        h["x-new"] = "v"
        out["immutable"] = "no error"
    except TypeError:
        out["immutable"] = "TypeError"
    built = Headers({"Content-Type": "text/plain"})
    built["X-One"] = "1"
    built.set("x-two", "2")
    built.append("Set-Cookie", "a=1")
    built.append("Set-Cookie", "b=2")
    built.append("x-two", "3")
    del built["content-type"]
    out["built_items"] = built.items()
    out["built_cookies"] = built.get_all("set-cookie")
    out["built_len"] = len(built)
    out["from_pairs"] = Headers([("A", "1"), ("B", "2")]).items()
    return out


class Text(str):
    pass


class Tags(list):
    pass


def response_for(kind: str) -> Response:
    if kind == "subclass-values":
        # Instances of str/list subclasses go to the Workers API as their values.
        return Response(Text("sub body"), headers={"X-Text": Text("sub header")})
    if kind == "subclass-json":
        return Response.json(Tags([1, Text("a")]))
    if kind == "ok":
        return Response.ok("fine")
    if kind == "json":
        return Response.json({"a": [1, 2.5, None], "é": True})
    if kind == "json-custom":
        return Response.json([1, 2], status=201, headers={"X-Extra": "yes"})
    if kind == "json-content-type":
        return Response.json({"x": 1}, headers={"Content-Type": "application/vnd.api+json"})
    if kind == "redirect":
        return Response.redirect("/elsewhere?x=1")
    if kind == "redirect-301":
        return Response.redirect("https://example.com/moved", status=301)
    if kind == "not-found":
        return Response.not_found()
    if kind == "not-found-body":
        return Response.not_found("no such thing")
    if kind == "custom":
        return Response(
            b"\x00teapot\xff",
            status=418,
            headers=[
                ("Content-Type", "application/octet-stream"),
                ("Set-Cookie", "a=1"),
                ("Set-Cookie", "b=2"),
            ],
        )
    if kind == "empty":
        return Response(status=204)
    if kind == "headers-object":
        headers = Headers()
        headers["X-From"] = "Headers object"
        response = Response("with headers", status=202, headers=headers)
        response.headers["X-Late"] = "set after construction"
        return response
    return Response.not_found(f"no response kind {kind}")


async def outgoing(request: Request) -> dict[str, Any]:
    origin = request.url[: request.url.index("/", len("http://"))]
    out: dict[str, Any] = {}
    put = await http_fetch(
        origin + "/echo?read=json&n=1",
        method="PUT",
        headers={"Content-Type": "application/json", "X-Custom": "kwargs"},
        body='{"sent": [1, 2]}',
    )
    out["put"] = [put.status, await put.json()]
    built = Request(
        origin + "/echo?read=bytes",
        method="POST",
        headers={"X-Custom": "request"},
        body=b"\x01\x02",
    )
    posted = await http_fetch(built)
    out["request"] = [posted.status, await posted.json()]
    plain = await http_fetch(origin + "/echo")
    out["get"] = (await plain.json())["method"]
    teapot = await http_fetch(origin + "/response/custom")
    out["custom"] = [
        teapot.status,
        teapot.headers.get("content-type"),
        teapot.headers.get_all("set-cookie"),
        repr(await teapot.bytes()),
    ]
    missing = await http_fetch(origin + "/response/not-found-body")
    out["not_found"] = [missing.status, await missing.text()]
    return out


def js_globals() -> dict[str, Any]:
    return {
        "max": Math.max(3, 7, 5),
        "uri": encodeURIComponent("a b&c/é"),
        "json": JSON.stringify([1, "two", None]),
        "uuid_len": len(crypto.randomUUID()),
        "now_is_recent": Date.now() > 1_700_000_000_000,
    }


def missing_binding(env: Env, kind: str, name: str) -> None:
    # `name` is not a literal, so `cfpy build` cannot check it: the runtime raises.
    if kind == "kv":
        env.get_kv_namespace(name)
    elif kind == "do":
        env.get_durable_object_namespace(name)
    else:
        env.get_var(name)


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    path = request.path
    if path == "/echo":
        return await echo(request)
    if path == "/headers":
        return Response.json(headers_api(request))
    if path.startswith("/response/"):
        return response_for(path[len("/response/") :])
    if path == "/outgoing":
        return Response.json(await outgoing(request))
    if path == "/js":
        return Response.json(js_globals())
    if path == "/vars":
        return Response.json(
            {
                "greeting": env.get_var("GREETING"),
                "limit": repr(env.get_var("LIMIT")),
                "settings": repr(env.get_var("SETTINGS")),
            }
        )
    if path == "/binding":
        kind = request.query["kind"]
        name = request.query["name"]
        if request.query.get("catch") == "no":
            missing_binding(env, kind, name)
        try:
            missing_binding(env, kind, name)
            return Response("no error")
        except KeyError as err:
            return Response(f"KeyError: {err}")
        except TypeError as err:
            return Response(f"TypeError: {err}")
    if path == "/raise":
        kind = request.query.get("kind")
        if kind == "custom":
            raise QuotaExceeded("too many requests for client 42")
        if kind == "key":
            return Response({"a": 1}[request.query["key"]])
        if kind == "zero":
            return Response(str(1 // int(request.query.get("d", "0"))))
        raise ValueError("something went wrong")
    if path == "/not-a-response":
        return "just a string"  # type: ignore[return-value]
    if path == "/var":
        # a [vars] value or a secret (.dev.vars), by a name only known at run time
        return Response(env.get_var(request.query["name"]))
    if path == "/sleep":
        await asyncio.sleep(float(request.query.get("s", "0.05")))
        return Response("slept")
    if path == "/wait-until":
        kv = env.get_kv_namespace("KV")
        key = request.query["key"]

        async def later() -> None:
            await asyncio.sleep(0.5)
            await kv.put(key, "written by wait_until")

        ctx.wait_until(later())
        return Response("responded first")
    if path.startswith("/kv/"):
        value = await env.get_kv_namespace("KV").get(path[len("/kv/") :])
        return Response.not_found() if value is None else Response(value)
    return Response.not_found()


CloudflareWorkers(fetch=fetch, durable_objects={"Thing": Thing})
