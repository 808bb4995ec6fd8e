# Generators: yield as statement and expression, yield from, return values, in methods.
def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        i += 1
    return "done"


def delegating():
    result = yield from counter(3)
    yield result
    yield from [1, 2]
    yield from (x for x in range(2))
    x = yield
    y = (yield)
    yield x, y
    return


def with_finally():
    try:
        yield 1
    finally:
        print("cleanup")


class Tree:
    def __init__(self, children=()):
        self.children = list(children)

    def __iter__(self):
        yield self
        for child in self.children:
            yield from child

    def walk(self):
        return (node for node in self)


def nested_gen():
    def inner():
        yield 1
    return list(inner())


gen_lambda = lambda: (yield 5)
genexp = (i * j for i in range(3) for j in range(i) if i % 2 == 0)
print(list(counter(3)), list(delegating()), list(with_finally()), len(list(Tree([Tree()]).walk())), nested_gen(), list(genexp))
