"""WebSockets for tests/e2e/test_bindings_websockets.py.

/echo: a socket handled in the worker (accept + event listener) echoing each message
with its type; /room/<name>?user=<u>: a chat room Durable Object with hibernation that
broadcasts to every socket, tags sockets by user and answers "who" and "bye"."""

from cloudflare_workers import (
    CloudflareWorkers,
    DurableObject,
    Env,
    Request,
    Response,
    WebSocket,
    WebSocketEvent,
    WebSocketPair,
)


class ChatRoom(DurableObject):
    async def fetch(self, request: Request) -> Response:
        if request.headers.get("upgrade") != "websocket":
            return Response("expected a WebSocket upgrade", status=426)
        user = request.query.get("user", "anon")
        client, server = WebSocketPair()
        self.state.accept_websocket(server, tags=[user])
        server.serialize_attachment({"user": user, "joined": len(self.state.get_websockets())})
        return Response(None, status=101, web_socket=client)

    async def websocket_message(self, ws: WebSocket, message: str | bytes) -> None:
        me = ws.deserialize_attachment()
        if message == "who":
            users = sorted(self.state.get_tags(s)[0] for s in self.state.get_websockets())
            ws.send(f"users: {', '.join(users)} (you: {me['user']}, joined #{me['joined']})")
            return
        if message == "bye":
            ws.close(4000, "bye " + me["user"])
            return
        if isinstance(message, bytes):
            ws.send(bytes(reversed(message)))
            return
        for other in self.state.get_websockets():
            other.send(f"{me['user']}: {message}")

    async def websocket_close(self, ws: WebSocket, code: int, reason: str, was_clean: bool) -> None:
        me = ws.deserialize_attachment()
        await self.state.storage.put("close:" + me["user"], [code, reason, was_clean])
        try:
            ws.close(code, "closing too")  # completes the closing handshake
        except ValueError:
            pass  # this end closed first: the handshake is complete

    async def websocket_error(self, ws: WebSocket, error: Exception) -> None:
        await self.state.storage.put("last_error", str(error))

    async def last_close(self, user: str) -> object:
        return await self.state.storage.get("close:" + user)


async def fetch(request: Request, env: Env, ctx: object) -> Response:
    if request.path == "/echo":
        client, server = WebSocketPair()
        server.accept()

        def on_message(event: WebSocketEvent) -> None:
            data = event.data
            server.send(f"{type(data).__name__}:{data!r}")
            if data == "close me":
                server.close(4001, "as asked")

        server.add_event_listener("message", on_message)
        return Response(None, status=101, web_socket=client)
    if request.path.startswith("/room/"):
        room = env.ROOMS.get(env.ROOMS.id_from_name(request.path))
        if "last_close" in request.query:
            return Response.json(await room.last_close(request.query["last_close"]))
        return await room.fetch(request)
    if request.path == "/bad":
        try:
            WebSocketPair()[0].send(3)  # type: ignore[arg-type]
        except TypeError as e:
            return Response(str(e))
    return Response.not_found()


CloudflareWorkers(fetch=fetch, durable_objects={"ChatRoom": ChatRoom})
