# yield from, delegation return values, lazy generator expressions.
def inner():
    yield "i1"
    yield "i2"
    return "inner-done"


def outer():
    result = yield from inner()
    yield f"inner returned {result}"
    yield from range(2)
    yield from ["x", "y"]


print(list(outer()))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", (1, 2), {"k": 0})))
log = []


def source():
    for i in range(5):
        log.append(f"produce {i}")
        yield i


lazy = (x * 10 for x in source())
print("nothing produced yet:", log)
print(next(lazy), log)
print(next(lazy), log)
log.clear()
squares = (x * x for x in source() if x % 2 == 0)
print(list(squares), log)
log.clear()
print(any(x > 1 for x in source()), log)
log.clear()
print(all(x < 2 for x in source()), log)
first_big = next((x for x in source() if x > 2), None)
print(first_big, next((x for x in [] if x), "none found"))
values = [1, 2, 3]
g = (v * 2 for v in values)
values.append(4)
print(list(g))
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)


print(list(tree(2)))


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total, count
        total += value
        count += 1
        avg = total / count


def delegate(results):
    while True:
        r = yield from averager()
        results.append(r)


results = []
d = delegate(results)
next(d)
for v in [10, 20, 30]:
    print("avg", d.send(v))
d.send(None)
print(results)
print(sorted(x for x in "hello"), tuple(c.upper() for c in "ab"), dict((k, len(k)) for k in ["aa", "b"]))
print(sum(1 for _ in range(7)), ",".join(str(i) for i in range(3)))
