"""A generator expression whose inner clause is `async for` is an async generator (issue 12
fuzz finding: it compiled to a sync JS generator holding `for await`); an attribute
assignment target on an operator expression, `(a or b).x = v` (fuzz finding: `-1.real =`, not JS)."""

import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    g = (x * 10 + y for x in range(2) async for y in agen(3) if y != 1)
    print(type(g).__name__)
    print([v async for v in g])
    h = (x async for x in agen(2) for _ in range(2))
    print([v async for v in h])


asyncio.run(main())


class Box:
    pass


a, b = Box(), Box()
(a or b).x = 1
(None or b).x = 2
(a if a.x else b).y = 3
print(a.x, b.x, a.y)
for (b or a).z in range(3):
    pass
print(b.z)
for (-1).real in []:  # compiles to valid JS (was `-1.real = ...`)
    pass
print("done")
