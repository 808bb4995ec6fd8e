# async for over async generators and __aiter__/__anext__ classes, async comprehensions, async with.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class Lock:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0] is None)
        return False


async def main():
    async for x in agen(4):
        print("x", x)
    print([y async for y in agen(3)], {y: 1 async for y in agen(2)})
    async for t in Ticker(3):
        print("t", t)
    async with Lock() as lk:
        print("inside", type(lk).__name__)


asyncio.run(main())
