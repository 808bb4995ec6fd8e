# One asyncio.run(main()) as the last statement: await, sleep, gather, create_task, errors.
import asyncio

log = []


async def worker(name, steps):
    log.append(f"{name} start")
    for _ in range(steps):
        await asyncio.sleep(0)
    log.append(f"{name} end")
    return name.upper()


async def may_fail(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    return n * 10


class Store:
    def __init__(self):
        self.data = {}

    async def put(self, key, value, *, ttl=None):
        await asyncio.sleep(0)
        self.data[key] = (value, ttl)
        return len(self.data)

    async def get(self, key, default=None):
        await asyncio.sleep(0)
        entry = self.data.get(key)
        return entry[0] if entry else default


async def main():
    print(await worker("solo", 2), log)
    log.clear()
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results, log)
    log.clear()
    print(await asyncio.gather(*[worker(n, 0) for n in "xyz"]), log)
    try:
        await asyncio.gather(may_fail(1), may_fail(2), may_fail(3))
    except KeyError as e:
        print("gather raised KeyError", e)
    mixed = await asyncio.gather(may_fail(1), may_fail(2), return_exceptions=True)
    print([type(r).__name__ for r in mixed], mixed[0])
    print(await asyncio.gather())
    store = Store()
    print(await store.put("a", 1), await store.put("b", [2], ttl=60), await store.get("a"), await store.get("zz", "dflt"))
    values = await asyncio.gather(*(store.get(k) for k in ["a", "b", "c"]))
    print(values)
    log.clear()
    t1 = asyncio.create_task(worker("t1", 1))
    t2 = asyncio.create_task(worker("t2", 0))
    print(await t1, await t2, log)
    value = await asyncio.sleep(0, result="slept")
    print(value)
    try:
        await may_fail(2)
    except KeyError as e:
        print("awaited KeyError", e)
    finally:
        print("finally after await")
    return "main done"


print("before run")
asyncio.run(main())
