"""A hibernating chat room in Cloudflare's Python Workers API: `WebSocketPair.new()
.object_values()`, `self.ctx.acceptWebSocket`, `getWebSockets`, `webSocketMessage`."""

from typing import Any

from js import WebSocketPair
from workers import DurableObject, Request, Response, WorkerEntrypoint


class Room(DurableObject):
    def __init__(self, ctx: Any, env: Any) -> None:
        super().__init__(ctx, env)

    async def fetch(self, request: Request) -> Response:
        if (request.headers.get("Upgrade") or "").lower() != "websocket":
            return Response("Expected WebSocket upgrade", status=400)
        client, server = WebSocketPair.new().object_values()
        self.ctx.acceptWebSocket(server)
        server.send("welcome")
        return Response(None, status=101, web_socket=client)

    async def webSocketMessage(self, ws: Any, message: Any) -> None:
        count = len(self.ctx.getWebSockets())
        for other in self.ctx.getWebSockets():
            other.send(f"{message} ({count} here)")

    async def webSocketClose(self, ws: Any, code: int, reason: str, wasClean: bool) -> None:
        ws.close(code, reason)


class Default(WorkerEntrypoint):
    async def fetch(self, request: Request) -> Response:
        if request.path.startswith("/room/"):
            stub = self.env.ROOMS.get(self.env.ROOMS.idFromName(request.path))
            return await stub.fetch(request)
        return Response("not found", status=404)
