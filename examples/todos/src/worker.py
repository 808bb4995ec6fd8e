"""The seed's KV example: store and read back a todo's status in Workers KV.

GET  /               -> puts "write-docs" = "in-progress" and returns it (the seed's program)
PUT  /todos/<name>   -> stores the request body as that todo's status
GET  /todos/<name>   -> the stored status, or 404
GET  /todos          -> every todo as JSON
"""

from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    todos = env.get_kv_namespace("TODOS")
    path = request.path
    if path == "/":
        await todos.put("write-docs", "in-progress")
        return Response(await todos.get("write-docs"))
    if path == "/todos":
        listing = await todos.list()
        result = {}
        for key in listing.keys:
            result[key.name] = await todos.get(key.name)
        return Response.json(result)
    if path.startswith("/todos/"):
        name = path[len("/todos/"):]
        status: str | None
        if request.method == "PUT":
            status = await request.text()
            await todos.put(name, status, metadata={"length": len(status)})
            return Response(f"stored {name}", status=201)
        status = await todos.get(name)
        if status is None:
            return Response.not_found(f"no todo named {name}")
        return Response(status)
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
