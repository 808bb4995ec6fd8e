"""Routes for tests/e2e/test_bindings_rpc.py (Cloudflare's API): JSON of what was seen."""

from typing import Any

from workers import DurableObject, Request, Response, WorkerEntrypoint


class Ledger(DurableObject):
    def __init__(self, ctx: Any, env: Any) -> None:
        super().__init__(ctx, env)

    async def record(self, entry: dict[str, Any], *, note: str = "") -> dict[str, Any]:
        entries: list[Any] = await self.ctx.storage.get("entries") or []
        entries.append(entry)
        await self.ctx.storage.put("entries", len(entries))
        return {"seen": entry, "note": note, "keys": sorted(entry), "is_dict": isinstance(entry, dict)}

    def withdraw(self, amount: int) -> int:
        if amount > 10:
            raise ValueError(f"insufficient funds for {amount}")
        return 10 - amount


class Default(WorkerEntrypoint):
    async def fetch(self, request: Request) -> Response:
        stub = self.env.LEDGER.get(self.env.LEDGER.idFromName("main"))
        if request.path == "/record":
            got = await stub.record({"amount": 5, "tags": ("a", "b")}, note="first")
            return Response.json({"repr": repr(got), "type": type(got).__name__})
        if request.path == "/withdraw":
            out: list[Any] = [await stub.withdraw(3)]
            try:
                await stub.withdraw(50)
            except ValueError as e:
                out.append(["ValueError", str(e)])
            return Response.json(out)
        return Response("not found", status=404)
