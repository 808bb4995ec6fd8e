# CPython: SyntaxError: 'yield from' inside async function
async def f():
    yield from [1]
