# async for / async comprehensions / async with.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out, [v async for v in agen(3)], {v: v % 2 async for v in agen(2)}


print(asyncio.run(consume()))


class AsyncCtx:
    async def __aenter__(self):
        print("aenter")
        return "ctx-value"

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", exc_type)
        return False


async def use_ctx():
    async with AsyncCtx() as v:
        print("inside", v)
    try:
        async with AsyncCtx():
            raise KeyError("inside async with")
    except KeyError as e:
        print("KeyError", e)
    return "ok"


print(asyncio.run(use_ctx()))


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def ticks():
    return [t async for t in Ticker(3)]


print(asyncio.run(ticks()))
