# async def, await, async for, async generators, async comprehensions.
import json


async def source(n):
    for i in range(n):
        yield i


async def fetch_one(i):
    return i


async def consume():
    total = 0
    async for v in source(3):
        total += v
    else:
        total += 100
    values = [v async for v in source(4)]
    filtered = [v async for v in source(5) if await fetch_one(v)]
    awaited = [await fetch_one(i) for i in range(3)]
    dct = {v: await fetch_one(v) async for v in source(2)}
    st = {v async for v in source(2)}
    gen = (v * 2 async for v in source(3))
    nested = [[w async for w in source(v)] async for v in source(3)]
    gathered = [x async for x in gen]
    result = await fetch_one(await fetch_one(1))
    lam = lambda: fetch_one(2)
    r2 = await lam()
    return total, values, filtered, awaited, dct, st, nested, gathered, result, r2


async def agen_with_return():
    yield 1
    await fetch_one(2)
    yield await fetch_one(3)
    return


class Service:
    async def handle(self, request):
        data = await self.load()
        return json.dumps(data)

    async def load(self):
        return {"ok": True}

    async def __aiter__(self):
        yield 1


async def with_async_with(resource):
    async with resource as r:
        return r


async def try_await():
    try:
        await fetch_one(1)
    except Exception as e:
        raise
    finally:
        await fetch_one(2)


async def loops():
    while await fetch_one(0):
        pass
    for x in [await fetch_one(1)]:
        pass
    if await fetch_one(1) and not await fetch_one(0):
        return [i async for i in source(1)] + [await fetch_one(9)]
