"""Durable Objects end to end (API.md "Durable Objects").

The front worker routes /<binding>/<object name>/<path> to an object; the objects
answer with repr() of what the API returned, which the test compares with CPython's
repr of the same values.
"""

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    DurableObjectState,
    DurableObjectTransaction,
    Env,
    ExecutionContext,
    Request,
    Response,
)


class Tags(list):
    pass


class Headers(dict):
    pass


class Cents(int):
    pass


class Label(str):
    pass


# Every kind of value storage keeps; the test holds the same literal (with builtins in
# place of these subclasses: storage keeps values, which come back as the builtins).
SAMPLES: dict[str, Any] = {
    "none": None,
    "true": True,
    "false": False,
    "int": 42,
    "negative": -7,
    "big": 2**53 - 1,
    "huge": 2**64 + 1,  # ints beyond 2**53 are BigInts: stored as bigint
    "huge_negative": -(10**30),
    "huge_nested": [2**70, (-(2**65), {"k": 3**50})],
    "float": 2.5,
    "small_float": 1e-7,
    "negative_float": -0.1,
    "integral_float": 2.0,
    "negative_zero": -0.0,
    "big_float": 1e20,
    "floats": [1.0, (0.0, {"f": 3.0})],
    "str": "héllo ✓",
    "empty_str": "",
    "bytes": b"\x00\x01\xfe\xff",
    "empty_bytes": b"",
    "list": [1, [2, "x"], None],
    "empty_list": [],
    "tuple": (1, (2,), "t"),
    "empty_tuple": (),
    "dict": {"b": 1, "a": [1, 2], "1": "digit"},
    "empty_dict": {},
    "mixed_keys": {
        1: "int key",
        (1, 2): "tuple key",
        "s": None,
        2.5: "float key",
        3.0: "integral float key",
    },
    "nested": {"t": (1, {"x": b"b"}), "l": [(3, 4), {5: [6]}]},
    "naive_datetime": datetime(2024, 5, 6, 7, 8, 9, 123456),
    "aware_datetime": datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC),
    "datetimes": [datetime(2000, 1, 1), (datetime(1999, 12, 31, 23, 59, 59),)],
    "subclasses": [Tags([1, Label("t")]), Headers({Label("k"): Cents(2)}), Cents(5), Label("x")],
}


class Store(DurableObject):
    """`__init__(self, state, env)` and `fetch(self, request, env)`."""

    def __init__(self, state: DurableObjectState, env: Env) -> None:
        super().__init__(state, env)
        self.init_args = [type(state).__name__, type(env).__name__]
        self.phase = "idle"
        self.alarms = 0

    async def fetch(self, request: Request, env: Env) -> Response:
        storage = self.state.storage
        path = request.path
        if path == "/whoami":
            return Response.json(
                {
                    "class": type(self).__name__,
                    "init_args": self.init_args,
                    "env_is_self_env": env is self.env,
                    "greeting": env.get_var("GREETING"),
                }
            )
        if path.endswith("/request"):
            return Response.json(
                {
                    "method": request.method,
                    "url": request.url,
                    "path": request.path,
                    "query": request.query,
                    "x_h": request.headers.get("X-H"),
                    "body": await request.text(),
                }
            )
        if path == "/types/put":
            for key, value in SAMPLES.items():
                await storage.put(key, value)
            # the dict form of put writes every item at once
            await storage.put({f"many:{key}": value for key, value in SAMPLES.items()})
            return Response.ok("stored")
        if path == "/types/get":
            prefix = request.query.get("prefix", "")
            out = {key: repr(await storage.get(prefix + key)) for key in SAMPLES}
            return Response.json(out)
        if path == "/get-many":
            found = await storage.get(["many:int", "many:str", "many:missing", "many:bytes"])
            return Response.json(
                {
                    "type": type(found).__name__,
                    "repr": repr(found),  # in key order
                    "missing": repr(await storage.get("many:missing")),
                }
            )
        if path == "/json-put":
            # keys straight from the client, "__proto__" too (issue 12): all stored
            await storage.put(await request.json())
            stored = await storage.list()
            return Response.json({key: repr(value) for key, value in stored.items()})
        if path == "/bytearray-put":
            try:
                await storage.put("ba", bytearray(b"ab"))
            except TypeError as err:
                return Response.ok(f"TypeError: {err}")
            return Response.ok(repr(await storage.get("ba")))
        if path == "/list":
            return Response.json(await self.listing())
        if path == "/delete":
            return Response.json(await self.deleting())
        if path == "/transaction":
            return Response.json(await self.transactions())
        if path == "/alarm-api":
            return Response.json(await self.alarm_api())
        if path == "/state":
            return Response.json(await self.state_api(request))
        if path == "/bcw/slow":
            return Response.json(await self.slow_block(request.query["run"]))
        if path == "/bcw/read":
            return Response.json({"phase": self.phase})
        if path == "/waited":
            return Response.json({"waited": repr(await storage.get("waited"))})
        return Response.not_found(f"Store has no route {path}")

    async def listing(self) -> dict[str, Any]:
        storage = self.state.storage
        await storage.delete_all()
        await storage.put({"b": 2, "a": 1, "d": 4, "c": 3, "e": 5, "p:2": "two", "p:1": "one"})
        everything = await storage.list()
        out: dict[str, Any] = {
            "type": type(everything).__name__,
            "all": repr(everything),
            "start": list(await storage.list(start="c")),
            "start_after": list(await storage.list(start_after="c")),
            "end": list(await storage.list(end="c")),
            "start_end": list(await storage.list(start="b", end="d")),
            "prefix": repr(await storage.list(prefix="p:")),
            "reverse": list(await storage.list(reverse=True)),
            "reverse_limit": list(await storage.list(reverse=True, limit=2)),
            "limit": list(await storage.list(limit=3)),
            "reverse_start_after": list(await storage.list(start_after="c", reverse=True)),
            "everything_at_once": list(
                await storage.list(start="a", end="p:9", prefix="", reverse=False, limit=100)
            ),
        }
        try:
            await storage.list(start="a", start_after="b")
            out["start_and_start_after"] = "no error"
        except ValueError as err:
            out["start_and_start_after"] = f"ValueError: {err}"
        return out

    async def deleting(self) -> dict[str, Any]:
        storage = self.state.storage
        await storage.delete_all()
        await storage.put({"a": 1, "b": 2, "c": 3, "d": 4})
        out: dict[str, Any] = {
            "existing": repr(await storage.delete("a")),
            "missing": repr(await storage.delete("a")),
            "many": repr(await storage.delete(["b", "c", "zz"])),
            "many_none": repr(await storage.delete(["zz", "yy"])),
            "left": repr(await storage.list()),
        }
        await storage.set_alarm(datetime(2099, 1, 1))
        out["delete_all"] = repr(await storage.delete_all())
        out["after_delete_all"] = repr(await storage.list())
        out["alarm_after_delete_all"] = repr(await storage.get_alarm())
        await storage.delete_alarm()
        return out

    async def transactions(self) -> dict[str, Any]:
        storage = self.state.storage
        await storage.delete_all()
        await storage.put("balance", 100)

        async def transfer(txn: DurableObjectTransaction) -> str:
            balance = await txn.get("balance")
            await txn.put("balance", balance - 30)
            await txn.put({"log:1": "moved 30", "log:2": (30, "eur")})
            deleted = await txn.delete("nothing")
            listed = await txn.list(prefix="log:")
            many = await txn.get(["balance", "log:2"])
            return f"balance {await txn.get('balance')}, deleted {deleted!r}, listed {listed!r}, many {sorted(many.items())!r}"

        async def rolled_back(txn: DurableObjectTransaction) -> str:
            await txn.put("balance", 0)
            await txn.delete("log:1")
            txn.rollback()
            return "rolled back"

        async def failing(txn: DurableObjectTransaction) -> None:
            await txn.put("balance", -1)
            raise ValueError("insufficient funds")

        out: dict[str, Any] = {"committed": await storage.transaction(transfer)}
        out["after_commit"] = repr(await storage.get(["balance", "log:1", "log:2"]))
        out["rolled_back"] = await storage.transaction(rolled_back)
        out["after_rollback"] = repr(await storage.get(["balance", "log:1"]))
        try:
            await storage.transaction(failing)
            out["failing"] = "no error"
        except ValueError as err:
            out["failing"] = f"ValueError: {err}"
        out["after_failure"] = repr(await storage.get("balance"))
        out["sync"] = repr(await storage.sync())
        return out

    async def alarm_api(self) -> dict[str, Any]:
        storage = self.state.storage
        await storage.delete_alarm()
        out: dict[str, Any] = {"initial": repr(await storage.get_alarm())}
        when = datetime(2099, 12, 31, 23, 59, 58, 500000)
        out["set"] = repr(await storage.set_alarm(when))
        got = await storage.get_alarm()
        out["get"] = repr(got)
        out["get_type"] = type(got).__name__
        out["equal"] = got == when
        out["delete"] = repr(await storage.delete_alarm())
        out["after_delete"] = repr(await storage.get_alarm())
        return out

    async def state_api(self, request: Request) -> dict[str, Any]:
        storage = self.state.storage
        await storage.delete("waited")

        async def critical() -> str:
            await storage.put("bcw", "set inside")
            return "critical result"

        result = await self.state.block_concurrency_while(critical)

        async def later() -> None:
            await asyncio.sleep(0.2)
            await storage.put("waited", "written after the response")

        self.state.wait_until(later())
        return {
            "id": str(self.state.id),
            "id_name": self.state.id.name,
            "id_matches_caller": str(self.state.id) == request.headers.get("x-expected-id"),
            "bcw_result": result,
            "bcw_write": await storage.get("bcw"),
        }

    async def slow_block(self, run: str) -> dict[str, Any]:
        """Holds the object for 0.6 s: events that arrive meanwhile wait for it, so
        they never see the phase "loading <run>"."""

        async def load() -> None:
            self.phase = f"loading {run}"
            await asyncio.sleep(0.6)
            self.phase = f"loaded {run}"

        await self.state.block_concurrency_while(load)
        return {"phase": self.phase}

    async def alarm(self) -> None:
        self.alarms += 1


class Plain(DurableObject):
    """`__init__(self)` (no arguments), registered as the class itself; `fetch(self, request)`."""

    def __init__(self) -> None:
        super().__init__()
        self.hits = 0

    async def fetch(self, request: Request) -> Response:
        self.hits += 1
        return Response.json(
            {
                "class": type(self).__name__,
                "hits": self.hits,
                "state_set": isinstance(self.state, DurableObjectState),
                "env_set": isinstance(self.env, Env),
                "id": str(self.state.id),
                "greeting": self.env.get_var("GREETING"),
            }
        )


class Counter(DurableObject):
    """Registered as `lambda: Counter()`, the seed's shape."""

    def __init__(self) -> None:
        super().__init__()
        self.hits = 0

    async def fetch(self, request: Request) -> Response:
        self.hits += 1
        count = (await self.state.storage.get("count") or 0) + 1
        await self.state.storage.put("count", count)
        return Response.json(
            {
                "class": type(self).__name__,
                "hits": self.hits,
                "count": count,
                "id": str(self.state.id),
            }
        )


class Bare(DurableObject):
    """No `__init__` at all; `fetch(self, request, env)` (the seed docs' signature)."""

    async def fetch(self, request: Request, env: Env) -> Response:
        return Response.json(
            {
                "class": type(self).__name__,
                "env_is_self_env": env is self.env,
                "state_set": isinstance(self.state, DurableObjectState),
                "greeting": env.get_var("GREETING"),
            }
        )


class Alarms(DurableObject):
    """alarm() fails on its first run and succeeds when the runtime retries it."""

    async def fetch(self, request: Request) -> Response:
        storage = self.state.storage
        if request.path == "/arm":
            await storage.delete_all()
            await storage.set_alarm(datetime.now() + timedelta(milliseconds=100))
            return Response.json({"armed": type(await storage.get_alarm()).__name__})
        return Response.json(
            {
                "attempts": await storage.get("attempts") or 0,
                "done": await storage.get("done"),
                "alarm": repr(await storage.get_alarm()),
            }
        )

    async def alarm(self) -> None:
        storage = self.state.storage
        attempts = (await storage.get("attempts") or 0) + 1
        await storage.put("attempts", attempts)
        if attempts == 1:
            raise RuntimeError("the first alarm attempt fails")
        await storage.put("done", f"succeeded on attempt {attempts}")


def ids(env: Env) -> dict[str, Any]:
    ns = env.get_durable_object_namespace("STORE")
    a = ns.id_from_name("alpha")
    a_again = ns.id_from_name("alpha")
    b = ns.id_from_name("beta")
    unique = ns.new_unique_id()
    other_unique = ns.new_unique_id()
    parsed = ns.id_from_string(str(unique))
    parsed_named = ns.id_from_string(str(a))
    by_id = {a: "found by an equal id"}
    try:
        ns.id_from_string("not-hex")
        bad = "no error"
    except ValueError:
        bad = "ValueError"
    return {
        "str_len": len(str(a)),
        "str_is_hex": all(c in "0123456789abcdef" for c in str(a)),
        "same_name_equal": a == a_again,
        "same_name_same_str": str(a) == str(a_again),
        "other_name_differs": a != b,
        "name": a.name,
        "unique_name": repr(unique.name),
        "unique_differs": unique != other_unique,
        "parsed_equal": parsed == unique,
        "parsed_str": str(parsed) == str(unique),
        "parsed_named_equal": parsed_named == a,
        "dict_lookup": by_id[a_again],
        "id_vs_str": a == str(a),
        "bad": bad,
    }


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    parts = request.path.split("/", 3)  # "", binding, object name, rest
    if request.path == "/ids":
        return Response.json(ids(env))
    if len(parts) < 3:
        return Response.not_found()
    binding = parts[1].upper()
    rest = "/" + (parts[3] if len(parts) > 3 else "")
    query = "?" + request.url.split("?", 1)[1] if "?" in request.url else ""
    ns = env.get_durable_object_namespace(binding)
    name = parts[2]
    object_id = ns.new_unique_id() if name == "unique" else ns.id_from_name(name)
    stub = ns.get(object_id)
    how = request.query.get("via", "url")
    if how == "request":
        # a Request built here, with a full URL
        return await stub.fetch(
            Request(
                "https://object.internal" + rest + "?from=request",
                method="PUT",
                headers={"X-H": "from a Request"},
                body=b"request body",
            )
        )
    if how == "forward":
        # the incoming Request itself
        return await stub.fetch(request)
    # a path plus method / headers / body
    return await stub.fetch(
        rest + query,
        method=request.method,
        headers={"X-H": "from kwargs", "X-Expected-Id": str(object_id)},
        body=await request.text() if request.method in ("POST", "PUT") else None,
    )


CloudflareWorkers(
    fetch=fetch,
    durable_objects={
        "Store": Store,
        "Plain": Plain,
        "Counter": lambda: Counter(),
        "Bare": Bare,
        "Alarms": Alarms,
    },
)
