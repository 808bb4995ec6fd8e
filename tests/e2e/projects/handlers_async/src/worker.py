"""Every handler as an async function: each awaits its KV write, and also hands a
second write to ctx.wait_until."""

from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    EmailMessage,
    Env,
    ExecutionContext,
    MessageBatch,
    Request,
    Response,
    ScheduledEvent,
)


async def record(env: Env, ctx: ExecutionContext, key: str, value: dict[str, Any]) -> None:
    events = env.get_kv_namespace("EVENTS")
    await events.put(key, value)

    async def later() -> None:
        previous = await events.get(key)
        await events.put(key + ":later", f"written by wait_until after {previous}")

    ctx.wait_until(later())


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    if request.path == "/pass-through":
        ctx.pass_through_on_exception()
        await env.get_kv_namespace("EVENTS").get("nothing")
        raise RuntimeError("async handler failed, passing through")
    if request.path == "/fail":
        await env.get_kv_namespace("EVENTS").get("nothing")
        raise LookupError("async handler failed")
    if request.path == "/record":
        await record(env, ctx, "fetch", {"method": request.method, "query": request.query})
        return Response("recorded", status=202)
    return Response.json({"handler": "async fetch", "method": request.method, "path": request.path})


async def scheduled(event: ScheduledEvent, env: Env, ctx: ExecutionContext) -> None:
    if event.cron == "0 0 * * *":
        event.no_retry()
        raise RuntimeError("nightly job failed")
    await record(
        env,
        ctx,
        "scheduled",
        {
            "cron": event.cron,
            "scheduled_time": repr(event.scheduled_time),
            "iso": event.scheduled_time.isoformat(),
        },
    )


async def email(message: EmailMessage, env: Env, ctx: ExecutionContext) -> None:
    if message.to.startswith("nobody@"):
        message.set_reject("no such mailbox")
        return
    if message.to.startswith("forward@"):
        await message.forward("team@example.com", headers={"X-Forwarded-By": "cfpy"})
    raw = await Response(message.raw).text()
    await record(
        env,
        ctx,
        "email:" + message.to,
        {
            "from": message.from_,
            "to": message.to,
            "subject": message.headers.get("Subject"),
            "raw_size": message.raw_size,
            "raw_has_body": "Hello from the test." in raw,
        },
    )


async def queue(batch: MessageBatch, env: Env, ctx: ExecutionContext) -> None:
    if batch.queue == "failing":
        raise ValueError(f"cannot process {len(batch.messages)} messages")
    if batch.queue == "ack-all":
        batch.ack_all()
    elif batch.queue == "retry-all":
        batch.retry_all(delay_seconds=7)
    else:
        for message in batch.messages:
            if message.body == "ack me":
                message.ack()
            elif message.body == "retry me":
                message.retry(delay_seconds=3)
            elif message.body == "retry me now":
                message.retry()
    await record(
        env,
        ctx,
        "queue:" + batch.queue,
        {
            "queue": batch.queue,
            "messages": [
                [m.id, repr(m.timestamp), repr(m.body), m.attempts] for m in batch.messages
            ],
        },
    )


CloudflareWorkers(fetch=fetch, scheduled=scheduled, email=email, queue=queue)
