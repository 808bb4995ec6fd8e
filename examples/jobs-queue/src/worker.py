"""A queue producer and consumer in one worker: POST /jobs {"id", "numbers"} enqueues a
job; the consumer sums the numbers and stores the result in KV; GET /jobs/ID reads it
(404 until the job ran). A job whose numbers are not all numbers is acknowledged and
recorded as failed."""

from typing import Any

from cloudflare_workers import (
    CloudflareWorkers,
    Env,
    ExecutionContext,
    MessageBatch,
    Request,
    Response,
)


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    parts = [p for p in request.path.split("/") if p]
    if parts == ["jobs"] and request.method == "POST":
        job: Any = await request.json()
        await env.JOBS.send({"id": str(job["id"]), "numbers": job["numbers"]})
        return Response.json({"queued": str(job["id"])}, status=202)
    if len(parts) == 2 and parts[0] == "jobs":
        result = await env.RESULTS.get_json(parts[1])
        return Response.json(result) if result is not None else Response.not_found("not done yet")
    return Response.not_found()


async def queue(batch: MessageBatch, env: Env, ctx: ExecutionContext) -> None:
    for message in batch.messages:
        job = message.body
        numbers = job["numbers"]
        if all(isinstance(n, (int, float)) for n in numbers):
            outcome = {"id": job["id"], "sum": sum(numbers), "attempts": message.attempts}
        else:
            outcome = {"id": job["id"], "error": "numbers only"}
        await env.RESULTS.put(job["id"], outcome)
        message.ack()


CloudflareWorkers(fetch=fetch, queue=queue)
