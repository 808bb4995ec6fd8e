"""Every handler as a plain (sync) function.

A sync handler cannot await, so each one records what it received in KV through
ctx.wait_until(...); the test reads the EVENTS namespace afterwards.
"""

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


def record(env: Env, ctx: ExecutionContext, key: str, value: dict[str, Any]) -> None:
    ctx.wait_until(env.get_kv_namespace("EVENTS").put(key, value))


def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    if request.path == "/pass-through":
        ctx.pass_through_on_exception()
        raise RuntimeError("sync handler failed, passing through")
    if request.path == "/fail":
        raise LookupError("sync handler failed")
    if request.path == "/record":
        record(env, ctx, "fetch", {"method": request.method, "query": request.query})
        return Response("recorded", status=202)
    return Response.json({"handler": "sync fetch", "method": request.method, "path": request.path})


def scheduled(event: ScheduledEvent, env: Env, ctx: ExecutionContext) -> None:
    if event.cron == "0 0 * * *":
        event.no_retry()
        raise RuntimeError("nightly job failed")
    record(
        env,
        ctx,
        "scheduled",
        {
            "cron": event.cron,
            "scheduled_time": repr(event.scheduled_time),
            "iso": event.scheduled_time.isoformat(),
        },
    )


def email(message: EmailMessage, env: Env, ctx: ExecutionContext) -> None:
    if message.to.startswith("nobody@"):
        message.set_reject("no such mailbox")
        return
    if message.to.startswith("forward@"):
        ctx.wait_until(message.forward("team@example.com", headers={"X-Forwarded-By": "cfpy"}))
    record(
        env,
        ctx,
        "email:" + message.to,
        {
            "from": message.from_,
            "to": message.to,
            "subject": message.headers.get("Subject"),
            "raw_size": message.raw_size,
        },
    )


def queue(batch: MessageBatch, env: Env, ctx: ExecutionContext) -> None:
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
    record(
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
