# Coroutines are lazy: calling an async def runs nothing until the coroutine is
# awaited or scheduled; tasks start at the next event-loop step, in creation order.
import asyncio

log = []


async def step(name, delay=0):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


class Service:
    def __init__(self, prefix):
        self.prefix = prefix

    async def call(self, x):
        log.append(f"call {x}")
        return f"{self.prefix}:{x}"


async def main():
    coro = step("lazy")
    log.append("created")
    print(type(coro).__name__, log)
    result = await coro
    print(result, log)
    log.clear()

    t1 = asyncio.create_task(step("t1", 0.01))
    t2 = asyncio.create_task(step("t2"))
    log.append("tasks created")
    print(log)
    print(await t1, await t2, log)
    log.clear()

    pending = Service("svc").call(1)
    log.append("method called")
    print(log, await pending, log)
    log.clear()

    gathered = await asyncio.gather(step("a", 0.02), step("b"), Service("g").call(2))
    print(gathered, log)
    log.clear()

    never = step("never")
    never.close()
    print("closed without running", log)

    try:
        await step("x", 0, 1)
    except TypeError as e:
        print("TypeError", e)
    return "done"


print(asyncio.run(main()))
print(log)
print(asyncio.iscoroutinefunction(step), asyncio.iscoroutinefunction(Service("s").call))
print(asyncio.iscoroutinefunction(print), asyncio.iscoroutinefunction(lambda: 1))
