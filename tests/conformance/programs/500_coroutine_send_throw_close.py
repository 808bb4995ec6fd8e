"""Coroutines stepped by hand: send/throw/close, `await` of coroutines, __await__
objects and non-awaitables, as CPython runs them (await is `yield from` underneath)."""


async def leaf(x):
    return x * 2


async def mid(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


def drive(coro):
    """Run a coroutine that never suspends, the way a hand-written event loop does."""
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


print(drive(mid(5)))


class Ticket:
    def __await__(self):
        got = yield "ticket"
        return f"got {got}"


async def uses_ticket():
    r = await Ticket()
    return r.upper()


c = uses_ticket()
print(c.send(None))
try:
    c.send("x")
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def catcher():
    try:
        await Ticket()
    except ValueError as e:
        print("caught", e)
        return "recovered"


c = catcher()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)

c = catcher()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))


async def closer():
    try:
        await Ticket()
    finally:
        print("cleanup")


c = closer()
c.send(None)
print(c.close())
print(c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def stubborn():
    ignored = 0
    while True:
        try:
            await Ticket()
        except GeneratorExit:
            ignored += 1
            print("ignoring GeneratorExit", ignored)
            if ignored == 2:
                return


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(c.close())

c = mid(2)
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()

c = mid(2)
try:
    c.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError", e)


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


print(drive(fib(15)))


async def await_twice():
    c = leaf(1)
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)


print(drive(await_twice()))


async def await_int():
    await 5


try:
    drive(await_int())
except TypeError as e:
    print("TypeError", e)


class Counter:
    """An async iterator stepped with send: __anext__ awaits a Ticket."""

    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return await leaf(self.i)


async def collect():
    out = [x async for x in Counter(3)]
    async for y in Counter(2):
        out.append(-y)
    return out


print(drive(collect()))


class Session:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return kind is KeyError


async def sessions():
    async with Session() as s:
        print(type(s).__name__)
    async with Session():
        raise KeyError("swallowed")
    return "done"


print(drive(sessions()))


class Base:
    async def get(self, x):
        return x + 1


class Derived(Base):
    async def get(self, x):
        return await super().get(x) * 10


print(drive(Derived().get(1)))
