# CPython: SyntaxError: 'return' with value in async generator
async def f():
    yield 1
    return 2
