"""The seed's alarm example: queue jobs in a Durable Object, process them in alarm().

POST /jobs  (JSON {"id": ..., "data": {...}}) -> stores the job, sets an alarm if none is set
GET  /jobs                                    -> {"pending": n, "processed": [ids], "alarm": bool}
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

ALARM_DELAY = timedelta(seconds=1)


class JobsDurableObject(DurableObject):
    async def fetch(self, request: Request, env: Env) -> Response:
        storage = self.state.storage
        if request.method == "POST":
            job = await request.json()
            count = (await storage.get("count") or 0) + 1
            await storage.put("count", count)
            key = f"job:{count:06d}"
            await storage.put(key, {"job": job["id"], "data": job.get("data", {})})
            if await storage.get_alarm() is None:
                await storage.set_alarm(datetime.now() + ALARM_DELAY)
            return Response.ok("Job queued!")
        pending = await storage.list(prefix="job:")
        processed = await storage.get("processed") or []
        alarm = await storage.get_alarm()
        return Response.json(
            {"pending": len(pending), "processed": processed, "alarm": alarm is not None}
        )

    async def alarm(self) -> None:
        print("Alarm triggered, processing jobs...")
        storage = self.state.storage
        jobs = await storage.list(prefix="job:")
        processed = await storage.get("processed") or []
        for key, job in jobs.items():
            processed.append(job["job"])
            await storage.delete(key)
        await storage.put("processed", processed)


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    jobs = env.get_durable_object_namespace("JOBS")
    return await jobs.get(jobs.id_from_name("queue")).fetch(request)


CloudflareWorkers(fetch=fetch, durable_objects={"JobsDurableObject": JobsDurableObject})
