# Fuzz finding (bad-js): an async comprehension (`async for` clause) without `await` is
# lowered to a plain arrow function containing `for await`: "Unexpected reserved word".
async def source():
    yield 1


async def f():
    a = [x async for x in source()]
    b = {x: 0 async for x in source()}
    return a, b
