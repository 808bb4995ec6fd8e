"""Routes for tests/e2e/test_bindings_platform.py: each returns what it observed as JSON."""

from collections.abc import Callable
from datetime import datetime

from cloudflare_workers import (
    CloudflareWorkers,
    Env,
    ExecutionContext,
    MessageBatch,
    Request,
    Response,
)


def failure(e: Exception) -> str:
    return f"{type(e).__name__}: {e}"


async def d1(env: Env) -> dict[str, object]:
    db = env.get_d1_database("DB")
    out: dict[str, object] = {}
    ran = await db.exec(
        "DROP TABLE IF EXISTS notes;\nCREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, score REAL, data BLOB)"
    )
    out["exec_count"] = ran.count
    insert = db.prepare("INSERT INTO notes (body, score, data) VALUES (?, ?, ?)")
    first = await insert.bind("first", 1.5, b"\x00\xff").run()
    out["run"] = [first.success, first.meta["changes"], first.meta["last_row_id"]]
    results = await db.batch([insert.bind("second", 2.5, None), insert.bind("third", None, None)])
    out["batch"] = [r.success for r in results]
    rows = await db.prepare("SELECT id, body, score, data FROM notes ORDER BY id").all()
    out["all"] = repr(rows.results)
    out["first"] = repr(await db.prepare("SELECT body FROM notes WHERE id = ?").bind(2).first())
    out["first_column"] = repr(await db.prepare("SELECT body FROM notes WHERE id = ?").bind(3).first("body"))
    out["missing_row"] = repr(await db.prepare("SELECT * FROM notes WHERE id = ?").bind(99).first())
    out["raw"] = repr(await db.prepare("SELECT id, body FROM notes ORDER BY id LIMIT 2").raw())
    out["raw_names"] = repr(await env.DB.prepare("SELECT id FROM notes LIMIT 1").raw(column_names=True))
    try:
        await db.prepare("SELECT * FROM no_such_table").all()
        out["sql_error"] = "no error"
    except Exception as e:
        out["sql_error"] = "no such table: no_such_table" in str(e)
    try:
        insert.bind({"a": 1}, 1, 1)
        out["bind_error"] = "no error"
    except TypeError as e:
        out["bind_error"] = str(e)
    return out


async def r2(env: Env) -> dict[str, object]:
    bucket = env.get_r2_bucket("FILES")
    out: dict[str, object] = {}
    put = await bucket.put(
        "docs/a.txt",
        "héllo",
        http_metadata={"content_type": "text/plain"},
        custom_metadata={"owner": "ann"},
    )
    out["put"] = [put.key, put.size]
    await bucket.put("docs/b.bin", b"\x00\x01\x02")
    await bucket.put("docs/c.json", '{"n": [1, 2]}')
    await bucket.put("top.txt", "top")
    got = await bucket.get("docs/a.txt")
    assert got is not None
    out["get"] = [got.key, got.size, await got.text(), repr(got.http_metadata), repr(got.custom_metadata)]
    out["uploaded_is_datetime"] = isinstance(got.uploaded, datetime)
    b = await bucket.get("docs/b.bin")
    assert b is not None
    out["bytes"] = repr(await b.bytes())
    c = await env.FILES.get("docs/c.json")
    assert c is not None
    out["json"] = repr(await c.json())
    head = await bucket.head("docs/a.txt")
    assert head is not None
    out["head"] = [head.size, head.etag == got.etag]
    try:
        await head.text()
        out["head_body"] = "no error"
    except ValueError as e:
        out["head_body"] = "no body" in str(e)
    out["missing"] = [repr(await bucket.get("nope")), repr(await bucket.head("nope"))]
    listed = await bucket.list(prefix="docs/")
    out["list"] = [o.key for o in listed.objects]
    out["list_truncated"] = listed.truncated
    page = await bucket.list(limit=2)
    out["page"] = [[o.key for o in page.objects], page.truncated, page.cursor is not None]
    rest = await bucket.list(limit=10, cursor=page.cursor)
    out["rest"] = [o.key for o in rest.objects]
    delimited = await bucket.list(delimiter="/")
    out["delimited"] = [[o.key for o in delimited.objects], delimited.delimited_prefixes]
    await bucket.delete("top.txt")
    await bucket.delete(["docs/b.bin", "docs/c.json"])
    out["after_delete"] = [o.key for o in (await bucket.list()).objects]
    return out


async def send(env: Env, request: Request) -> dict[str, object]:
    queue = env.get_queue("JOBS")
    tag = request.query.get("tag", "t")
    await queue.send({"tag": tag, "n": 1, "items": (1, 2.0, b"x"), "when": datetime(2024, 5, 6, 7, 8, 9)})
    await env.JOBS.send_batch([{"tag": tag, "n": 2}, {"tag": tag, "n": 3, "retry": True}])
    return {"sent": 3}


async def consumed(env: Env, request: Request) -> dict[str, object]:
    tag = request.query.get("tag", "t")
    kv = env.get_kv_namespace("KV")
    return {"seen": {k.name: await kv.get(k) async for k in kv.keys(prefix=f"q:{tag}:")}}


def failure_of(read: Callable[[], object]) -> str:
    try:
        read()
        return "no error"
    except AttributeError as e:
        return failure(e)


async def attributes(env: Env) -> dict[str, object]:
    return {
        "greeting": env.GREETING,
        "kv": type(env.KV).__name__,
        "db": type(env.DB).__name__,
        "files": type(env.FILES).__name__,
        "jobs": type(env.JOBS).__name__,
        "lower_case": failure_of(lambda: env.undeclared_name),
    }


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    if request.path == "/d1":
        return Response.json(await d1(env))
    if request.path == "/r2":
        return Response.json(await r2(env))
    if request.path == "/send":
        return Response.json(await send(env, request))
    if request.path == "/consumed":
        return Response.json(await consumed(env, request))
    if request.path == "/env":
        return Response.json(await attributes(env))
    return Response.not_found()


async def queue(batch: MessageBatch, env: Env, ctx: ExecutionContext) -> None:
    kv = env.get_kv_namespace("KV")
    for message in batch.messages:
        body = message.body
        if body.get("retry") and message.attempts < 2:
            message.retry()
            continue
        items = body.get("items")
        detail = f"{batch.queue}|{message.attempts}|{items!r}|{body.get('when')!r}"
        await kv.put(f"q:{body['tag']}:{body['n']}", detail)
        message.ack()


CloudflareWorkers(fetch=fetch, queue=queue)
