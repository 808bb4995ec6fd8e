"""A guestbook in D1: POST /entries {"name", "message"} signs it, GET /entries lists the
entries (newest first), GET /entries/ID shows one (404 when missing). The table is
created on first use."""

from typing import Any

from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS entries ("
    "id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, message TEXT NOT NULL)"
)


async def sign(env: Env, request: Request) -> Response:
    data: Any = await request.json()
    name, message = data.get("name"), data.get("message")
    if not isinstance(name, str) or not isinstance(message, str) or not name or not message:
        return Response.json({"error": "name and message are required"}, status=400)
    result = await env.DB.prepare("INSERT INTO entries (name, message) VALUES (?, ?)").bind(
        name, message
    ).run()
    return Response.json({"id": result.meta["last_row_id"]}, status=201)


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    await env.DB.exec(SCHEMA)
    parts = [p for p in request.path.split("/") if p]
    if parts == ["entries"] and request.method == "POST":
        return await sign(env, request)
    if parts == ["entries"]:
        rows = await env.DB.prepare("SELECT id, name, message FROM entries ORDER BY id DESC").all()
        return Response.json(rows.results)
    if len(parts) == 2 and parts[0] == "entries" and parts[1].isdigit():
        row = await env.DB.prepare("SELECT * FROM entries WHERE id = ?").bind(int(parts[1])).first()
        return Response.json(row) if row is not None else Response.not_found("no such entry")
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
