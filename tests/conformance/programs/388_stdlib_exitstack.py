"""contextlib.ExitStack and AsyncExitStack (CPython's semantics: LIFO exits, suppression, chaining, pop_all)."""
import asyncio
from contextlib import AsyncExitStack, ExitStack, contextmanager, suppress

log = []


@contextmanager
def res(name):
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        log.append("close " + name)


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return False


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in ["a", "b"]]
    r = stack.enter_context(Resource("c"))
    stack.callback(log.append, "callback")
    stack.callback(lambda *a, **k: log.append(f"cb {a} {sorted(k.items())}"), 1, 2, x=3)
    print(names, r.name)
print(log)
log.clear()

try:
    with ExitStack() as stack:
        stack.enter_context(Resource("r1"))
        stack.push(lambda t, v, tb: log.append(f"push saw {t.__name__}: {v}"))
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
print(log)
log.clear()

with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise KeyError("suppressed")
print("suppressed ok")


def fail_close():
    raise RuntimeError("in callback")


try:
    with ExitStack() as stack:
        stack.callback(fail_close)
        raise ValueError("original")
except RuntimeError as e:
    print("replaced:", e, "context:", repr(e.__context__))

with ExitStack() as outer:
    outer.callback(log.append, "deferred")
    moved = outer.pop_all()
print(log)
moved.close()
print(log)
log.clear()

try:
    ExitStack().enter_context(5)
except TypeError as e:
    print("TypeError:", e)
with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("after suppress")


class AsyncRes:
    def __init__(self, n):
        self.n = n

    async def __aenter__(self):
        log.append(f"aenter {self.n}")
        return self.n

    async def __aexit__(self, *exc):
        log.append(f"aexit {self.n}")
        return False


async def main():
    async with AsyncExitStack() as stack:
        got = [await stack.enter_async_context(AsyncRes(i)) for i in range(2)]
        stack.enter_context(Resource("sync"))

        async def acb(x):
            log.append(f"acb {x}")

        stack.push_async_callback(acb, 9)
        log.append(f"body {got}")


asyncio.run(main())
print(log)
