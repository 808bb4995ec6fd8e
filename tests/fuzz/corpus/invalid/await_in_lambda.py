# CPython: SyntaxError: 'await' outside async function (in a lambda inside async def)
async def g():
    f = lambda: await g()
