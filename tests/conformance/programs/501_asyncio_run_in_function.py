"""asyncio.run() called from ordinary functions returns the coroutine's value (Python
blocks there), any number of times; inside a running coroutine it raises."""
import asyncio


async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


def compute(n):
    return asyncio.run(add(n, n))


def twice():
    return [asyncio.run(chain(k)) for k in range(4)]


print(compute(2), compute(5))
print(twice())
value = compute(20) + 1
print(value, type(value).__name__)


async def nested():
    inner = add(1, 2)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("inner:", e)
    inner.close()
    return await add(3, 4)


print(asyncio.run(nested()))


async def fails():
    await add(1, 1)
    raise ValueError("from the coroutine")


def guarded():
    try:
        asyncio.run(fails())
    except ValueError as e:
        return f"caught {e}"


print(guarded())
print(compute(7))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)


async def waits():
    await asyncio.sleep(0.001)
    return "slept"


print(asyncio.run(waits()))
