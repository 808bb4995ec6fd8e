# asyncio scheduling order: gather, create_task, sleep(0) interleaving, wait_for, Queue.
import asyncio

log = []


async def worker(name, delay):
    log.append("start " + name)
    await asyncio.sleep(delay)
    log.append("end " + name)
    return name.upper()


async def tick(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    print(await asyncio.gather(worker("a", 0.03), worker("b", 0.01), worker("c", 0.02)))
    t = asyncio.create_task(worker("t", 0.01))
    log.append("created")
    print(await t)
    t1 = asyncio.create_task(tick("x", 3))
    t2 = asyncio.create_task(tick("y", 2))
    log.append("main")
    await asyncio.sleep(0)
    log.append("main2")
    await t1
    await t2
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError:  # noqa: UP041 - asyncio.TimeoutError on purpose
        log.append("timeout")
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print([await q.get() for _ in range(3)], q.empty())
    print(log)


asyncio.run(main())
