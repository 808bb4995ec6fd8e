"""The seed's Durable Object example: a page-view counter, one object per path."""

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    Env,
    ExecutionContext,
    Request,
    Response,
)


class ViewsDurableObject(DurableObject):
    async def fetch(self, request: Request) -> Response:
        views = (await self.state.storage.get("views") or 0) + 1
        await self.state.storage.put("views", views)
        return Response.ok(f"This Durable Object has been requested {views} times!")


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    views = env.get_durable_object_namespace("VIEWS")
    stub = views.get(views.id_from_name(request.path))
    return await stub.fetch(request)


def main() -> None:
    CloudflareWorkers(
        fetch=fetch,
        durable_objects={"ViewsDurableObject": lambda: ViewsDurableObject()},
    )


main()
