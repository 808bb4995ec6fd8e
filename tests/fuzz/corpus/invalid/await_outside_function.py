# CPython: SyntaxError: 'await' outside function
async def g():
    return 1
await g()
