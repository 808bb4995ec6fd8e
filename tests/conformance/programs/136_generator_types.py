# type() of generator objects: generator, generator expression, async generator.
def gen():
    yield 1


async def agen():
    yield 1


g = gen()
print(type(g).__name__, type(x for x in []).__name__, type(agen()).__name__, type(g) is type(gen()))
print(isinstance(g, type(g)), type(g).__name__ == "generator")
