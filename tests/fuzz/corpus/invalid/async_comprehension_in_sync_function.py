# CPython: SyntaxError: asynchronous comprehension outside of an asynchronous function
async def src():
    yield 1
def f():
    return [x async for x in src()]
