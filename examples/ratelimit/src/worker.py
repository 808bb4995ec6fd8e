"""A fixed-window rate limiter: one Durable Object per client.

GET    /api/...          200 while the client has requests left in its window, else 429
                         (X-RateLimit-Limit / -Remaining / -Reset headers, Retry-After)
GET    /limits/<client>  the client's window, without using a request
DELETE /limits/<client>  forget the client's window

The client is the X-Client-Id header, else the connecting IP. Its RateLimiter object
counts requests in a storage transaction, so concurrent requests never overspend a
window; an alarm clears the object's storage once its window is over.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    DurableObjectStub,
    DurableObjectTransaction,
    Env,
    ExecutionContext,
    Request,
    Response,
)


@dataclass
class Decision:
    allowed: bool
    remaining: int
    reset: datetime

    def as_json(self, limit: int) -> dict[str, Any]:
        return {
            "allowed": self.allowed,
            "limit": limit,
            "remaining": self.remaining,
            "reset": self.reset.isoformat(),
        }


class RateLimiter(DurableObject):
    """The request count of one client in its current window."""

    def limits(self) -> tuple[int, timedelta]:
        limit = int(self.env.get_var("LIMIT"))
        window = timedelta(seconds=int(self.env.get_var("WINDOW_SECONDS")))
        return limit, window

    async def fetch(self, request: Request) -> Response:
        limit, window = self.limits()
        if request.method == "DELETE":
            await self.state.storage.delete_all()
            await self.state.storage.delete_alarm()
            return Response(status=204)
        now = datetime.now()

        async def take(txn: DurableObjectTransaction) -> Decision:
            start: datetime | None = await txn.get("window_start")
            count: int = await txn.get("count") or 0
            if start is None or now >= start + window:
                start, count = now, 0
                await txn.put({"window_start": start, "count": 0})
            if request.method != "POST":  # a look at the window only
                return Decision(count < limit, limit - count, start + window)
            if count >= limit:
                return Decision(False, 0, start + window)
            await txn.put("count", count + 1)
            return Decision(True, limit - count - 1, start + window)

        decision = await self.state.storage.transaction(take)
        if await self.state.storage.get_alarm() is None:
            await self.state.storage.set_alarm(decision.reset)
        return Response.json(decision.as_json(limit))

    async def alarm(self) -> None:
        _, window = self.limits()
        start: datetime | None = await self.state.storage.get("window_start")
        if start is None or datetime.now() >= start + window:
            await self.state.storage.delete_all()
        else:
            await self.state.storage.set_alarm(start + window)


def client_id(request: Request) -> str:
    return request.headers.get("X-Client-Id") or request.headers.get(
        "CF-Connecting-IP", "unknown"
    )


def limiter(env: Env, client: str) -> DurableObjectStub:
    limiters = env.get_durable_object_namespace("LIMITERS")
    return limiters.get(limiters.id_from_name(client))


def rate_headers(decision: dict[str, Any]) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(decision["limit"]),
        "X-RateLimit-Remaining": str(decision["remaining"]),
        "X-RateLimit-Reset": decision["reset"],
    }


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    path = request.path
    if path.startswith("/limits/"):
        client = path[len("/limits/") :]
        if request.method == "DELETE":
            return await limiter(env, client).fetch("/", method="DELETE")
        return await limiter(env, client).fetch("/", method="GET")
    if not path.startswith("/api/"):
        return Response.not_found()
    client = client_id(request)
    answer = await limiter(env, client).fetch("/", method="POST")
    decision = await answer.json()
    headers = rate_headers(decision)
    if not decision["allowed"]:
        reset = datetime.fromisoformat(decision["reset"])
        wait = max(1, int((reset - datetime.now()).total_seconds() + 0.999))
        headers["Retry-After"] = str(wait)
        return Response.json(
            {"error": "too many requests", "retry_after": wait}, status=429, headers=headers
        )
    return Response.json({"client": client, "path": path}, headers=headers)


CloudflareWorkers(fetch=fetch, durable_objects={"RateLimiter": RateLimiter})
