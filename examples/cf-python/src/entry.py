"""Cloudflare's Python Workers API, unchanged: a WorkerEntrypoint, KV with Cloudflare's
method names, a Durable Object called over RPC, `from js import` and `pyodide.ffi`."""

from typing import Any

from js import URL, Object
from pyodide.ffi import to_js
from workers import DurableObject, Request, Response, WorkerEntrypoint


class Counter(DurableObject):
    def __init__(self, ctx: Any, env: Any) -> None:
        super().__init__(ctx, env)

    async def increment(self, by: int) -> int:
        count: int = (await self.ctx.storage.get("count") or 0) + by
        await self.ctx.storage.put("count", count)
        return count


class Default(WorkerEntrypoint):
    async def fetch(self, request: Request) -> Response:
        url = URL.new(request.url)
        if url.pathname == "/visit":
            name = url.searchParams.get("name") or "anonymous"
            seen = int(await self.env.VISITS.get(name) or "0") + 1
            await self.env.VISITS.put(name, str(seen))
            return Response(f"{self.env.GREETING}, {name}: visit {seen}")
        if url.pathname == "/count":
            stub = self.env.COUNTER.get(self.env.COUNTER.idFromName("global"))
            return Response.json({"count": await stub.increment(2)})
        if url.pathname == "/js":
            data = to_js({"a": 1}, dict_converter=Object.fromEntries)
            return Response(Object.keys(data).join(","))
        return Response("not found", status=404)
