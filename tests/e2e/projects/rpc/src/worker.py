"""Routes for tests/e2e/test_bindings_rpc.py: each returns what it observed as JSON."""

from datetime import UTC, datetime

from cloudflare_workers import CloudflareWorkers, DurableObject, Env, Request, Response


class OutOfRoom(ValueError):
    pass


class Room(DurableObject):
    async def add_message(self, text: str, tags: tuple[str, ...] = ()) -> int:
        messages: list[object] = await self.state.storage.get("messages") or []
        messages.append({"text": text, "tags": tags})
        await self.state.storage.put("messages", messages)
        return len(messages)

    async def messages(self) -> list[object]:
        return await self.state.storage.get("messages") or []

    def echo(self, value: object) -> object:
        return value

    def fail(self, kind: str) -> None:
        if kind == "key":
            raise KeyError("no-such-key")
        if kind == "custom":
            raise OutOfRoom("room is full", 3)
        raise RuntimeError(f"failed: {kind}")

    async def sql_demo(self) -> dict[str, object]:
        sql = self.state.storage.sql
        out: dict[str, object] = {}
        sql.exec("DROP TABLE IF EXISTS notes")
        sql.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, score REAL, data BLOB)")
        written = sql.exec(
            "INSERT INTO notes (body, score, data) VALUES (?, ?, ?), (?, ?, ?)",
            "first", 1.5, b"\x00\xff", "second", None, None,
        )
        out["rows_written"] = written.rows_written
        cursor = sql.exec("SELECT id, body, score, data FROM notes ORDER BY id")
        out["column_names"] = cursor.column_names
        out["rows"] = repr([row for row in cursor])
        out["to_list"] = repr(sql.exec("SELECT body FROM notes WHERE id > ?", 0).to_list())
        out["one"] = repr(sql.exec("SELECT count(*) AS n FROM notes").one())
        out["raw"] = repr(sql.exec("SELECT id, body FROM notes ORDER BY id").raw())
        read = sql.exec("SELECT * FROM notes")
        read.to_list()  # (rows are read, and counted, as the cursor is consumed)
        out["rows_read"] = read.rows_read
        out["size_is_int"] = isinstance(sql.database_size, int) and sql.database_size > 0
        try:
            sql.exec("SELECT * FROM no_such_table")
            out["sql_error"] = "no error"
        except Exception as e:
            out["sql_error"] = "no such table: no_such_table" in str(e)
        try:
            sql.exec("SELECT * FROM notes WHERE id = ?", 99).one()
            out["one_of_none"] = "no error"
        except Exception as e:
            out["one_of_none"] = type(e).__name__
        try:
            sql.exec("SELECT ?", {"a": 1})
            out["bind_error"] = "no error"
        except TypeError as e:
            out["bind_error"] = str(e)
        return out

    def _private(self) -> str:
        return "private"


SAMPLES: list[object] = [
    None,
    True,
    42,
    2**70,
    2.0,
    -0.5,
    "héllo",
    b"\x00\xff",
    [1, [2, "x"]],
    (1, ("t",)),
    {"a": 1, 2: (3,), "nested": {"k": [None]}},
    datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC),
]


async def fetch(request: Request, env: Env, ctx: object) -> Response:
    room = env.ROOMS.get(env.ROOMS.id_from_name(request.query.get("room", "main")))
    if request.path == "/add":
        count = await room.add_message(request.query["text"], tags=("web",))
        return Response.json({"count": count, "messages": repr(await room.messages())})
    if request.path == "/sql":
        return Response.json(await room.sql_demo())
    if request.path == "/echo":
        back = [await room.echo(v) for v in SAMPLES]
        return Response.json(
            {"same": back == SAMPLES, "types": [type(v).__name__ for v in back], "repr": repr(back)}
        )
    if request.path == "/fail":
        out: dict[str, object] = {}
        for kind in ["key", "custom", "other"]:
            try:
                await room.fail(kind)
                out[kind] = "no error"
            except KeyError as e:
                out[kind] = ["KeyError", repr(e.args)]
            except ValueError as e:
                out[kind] = ["ValueError", type(e).__name__, repr(e.args)]
            except RuntimeError as e:
                out[kind] = ["RuntimeError", str(e)]
        try:
            await room.fail("custom")
        except ValueError as e:
            out["remote_type"] = getattr(e, "remote_type", None)
        for name in ["no_such_method", "_private", "state"]:
            try:
                await getattr(room, name)()
                out[name] = "no error"
            except AttributeError as e:
                out[name] = str(e)
        try:
            await room.echo(Room())
            out["unsendable"] = "no error"
        except TypeError as e:
            out["unsendable"] = str(e)
        return Response.json(out)
    return Response.not_found()


CloudflareWorkers(fetch=fetch, durable_objects={"Room": Room})
