# async/await with asyncio.run, asyncio.sleep.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]


print(asyncio.run(chain()))


async def fails():
    await asyncio.sleep(0)
    raise ValueError("async failure")


async def catcher():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("async finally")


print(asyncio.run(catcher()))


class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    async def fetch(self, key, *, default=None):
        self.calls += 1
        await asyncio.sleep(0.001)
        return {"a": 1}.get(key, default)

    async def fetch_many(self, keys):
        return [await self.fetch(k, default=-1) for k in keys]


async def main():
    svc = Service("kv")
    print(await svc.fetch("a"), await svc.fetch("b"), await svc.fetch("b", default=0))
    print(await svc.fetch_many(["a", "z"]), svc.calls)
    coro = add(5, 5)
    print(type(coro).__name__)
    print(await coro)
    results = []
    for i in range(3):
        results.append(await add(i, i))
    print(results)
    value = await asyncio.sleep(0, result="slept")
    print(value)
    return "main done"


print(asyncio.run(main()))
