"""Reliability test worker (tests/reliability/test_load.py).

PUT/GET /kv/<key>?kind=text|bytes|json      a value in KV, read back as the same kind
/do/<name>/...                              forwarded to the Durable Object <name>:
  POST /do/<name>/count                     adds one; answers the new count
  GET  /do/<name>/count                     the count
  PUT  /do/<name>/value/<key>?kind=...      stores the body (text, bytes, or a nested value)
  GET  /do/<name>/value/<key>?kind=...      the stored value, as the same kind
  POST /do/<name>/alarm?fail=N              an alarm in 50 ms that raises N times, then succeeds
  GET  /do/<name>/alarm                     {"attempts": n, "done": bool}
"""

from datetime import datetime, timedelta

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    Env,
    ExecutionContext,
    Request,
    Response,
)


def nested(text: str, data: bytes) -> dict[object, object]:
    """A value with every storable type, built around the payload."""
    return {
        "text": text,
        "bytes": data,
        "tuple": (1, text, None),
        "list": [text, 1.5, True, None, [data]],
        1: "int key",
        (1, "k"): {"inner": text},
    }


def payload_response(kind: str, value: object) -> Response:
    if value is None:
        return Response.not_found("missing")
    if kind == "bytes":
        return Response(value, headers={"content-type": "application/octet-stream"})
    if kind == "json":
        return Response.json(value)
    return Response(value, headers={"content-type": "text/plain; charset=utf-8"})


class Store(DurableObject):
    async def fetch(self, request: Request) -> Response:
        storage = self.state.storage
        parts = request.path.split("/")  # ["", "do", name, op, key]
        op = parts[3] if len(parts) > 3 else ""
        kind = request.query.get("kind", "text")
        if op == "count":
            count = await storage.get("count") or 0
            if request.method == "POST":
                count += 1
                await storage.put("count", count)
            return Response.ok(str(count))
        if op == "value":
            key = "value:" + parts[4]
            if request.method == "PUT":
                data = await request.bytes()
                if kind == "bytes":
                    await storage.put(key, data)
                elif kind == "nested":
                    await storage.put(key, nested(data.decode("utf-8"), data))
                else:
                    await storage.put(key, data.decode("utf-8"))
                return Response.ok("stored")
            value = await storage.get(key)
            if kind == "nested":
                if value is None:
                    return Response.not_found("missing")
                text = value["text"]
                same = value == nested(text, value["bytes"])
                return Response.json({"same": same, "text": text, "type": type(value).__name__})
            if kind == "bytes" and not isinstance(value, bytes):
                return Response(f"stored value is {type(value).__name__}", status=500)
            return payload_response(kind, value)
        if op == "alarm":
            if request.method == "POST":
                await storage.put("alarm_fail", int(request.query.get("fail", "0")))
                await storage.put("alarm_attempts", 0)
                await storage.put("alarm_done", False)
                await storage.set_alarm(datetime.now() + timedelta(milliseconds=50))
                return Response.ok("alarm set")
            attempts = await storage.get("alarm_attempts") or 0
            done = await storage.get("alarm_done") or False
            return Response.json({"attempts": attempts, "done": done})
        return Response.not_found(f"no operation {op!r}")

    async def alarm(self) -> None:
        storage = self.state.storage
        attempts = (await storage.get("alarm_attempts") or 0) + 1
        await storage.put("alarm_attempts", attempts)
        if attempts <= (await storage.get("alarm_fail") or 0):
            raise RuntimeError(f"alarm attempt {attempts} fails on purpose")
        await storage.put("alarm_done", True)


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    parts = request.path.split("/")
    if len(parts) > 2 and parts[1] == "do":
        store = env.get_durable_object_namespace("STORE")
        return await store.get(store.id_from_name(parts[2])).fetch(request)
    if len(parts) > 2 and parts[1] == "kv":
        kv = env.get_kv_namespace("DATA")
        key = parts[2]
        kind = request.query.get("kind", "text")
        if request.method == "PUT":
            data = await request.bytes()
            if kind == "bytes":
                await kv.put(key, data)
            elif kind == "json":
                await kv.put(key, {"text": data.decode("utf-8"), "list": [1, "é", None]})
            else:
                await kv.put(key, data.decode("utf-8"))
            return Response.ok("stored")
        if kind == "bytes":
            return payload_response(kind, await kv.get_bytes(key))
        if kind == "json":
            return payload_response(kind, await kv.get_json(key))
        return payload_response(kind, await kv.get(key))
    return Response.not_found("routes: /kv/<key>, /do/<name>/...")


CloudflareWorkers(fetch=fetch, durable_objects={"Store": Store})
