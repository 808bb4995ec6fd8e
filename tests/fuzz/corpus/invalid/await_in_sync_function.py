# CPython: SyntaxError: 'await' outside async function
async def g():
    return 1
def f():
    return await g()
