# asyncio.gather ordering and interleaving.
import asyncio

log = []


async def worker(name, delay_steps):
    log.append(f"{name} start")
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    log.append(f"{name} end")
    return name.upper()


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(results)
    print(log)
    log.clear()
    results = await asyncio.gather(*[worker(n, 0) for n in "xyz"])
    print(results, log)


asyncio.run(main())


async def timed(name, seconds):
    await asyncio.sleep(seconds)
    log.append(name)
    return seconds


async def by_time():
    log.clear()
    r = await asyncio.gather(timed("slow", 0.03), timed("fast", 0.01), timed("mid", 0.02))
    print(r, log)


asyncio.run(by_time())


async def may_fail(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    return n


async def with_errors():
    try:
        await asyncio.gather(may_fail(1), may_fail(2), may_fail(3))
    except KeyError as e:
        print("gather raised KeyError", e)
    results = await asyncio.gather(may_fail(1), may_fail(2), return_exceptions=True)
    print([type(r).__name__ for r in results], results[0])


asyncio.run(with_errors())


async def fan_out(items):
    async def process(i):
        await asyncio.sleep(0)
        return i * i

    return sum(await asyncio.gather(*(process(i) for i in items)))


print(asyncio.run(fan_out(range(10))))


async def empty():
    return await asyncio.gather()


print(asyncio.run(empty()))


async def tasks():
    t1 = asyncio.create_task(worker("t1", 1))
    t2 = asyncio.create_task(worker("t2", 0))
    log.clear()
    print(await t1, await t2, log)


asyncio.run(tasks())
