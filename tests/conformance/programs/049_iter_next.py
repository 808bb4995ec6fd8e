# iter/next with defaults, enumerate/zip/map/filter/reversed/range laziness.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
s = iter("ab")
print(next(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(list(r), list(r))
e = enumerate("abc", start=5)
print(next(e), list(e))
z = zip([1, 2, 3], "ab", (True, False, None))
print(list(z))
print(list(zip()), list(zip([1], [])), list(zip(*[[1, 2], [3, 4]])))
m = map(str.upper, ["a", "b"])
print(next(m), list(m), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
f = filter(lambda v: v > 1, [0, 1, 2, 3])
print(list(f), list(filter(None, [0, "", "x", [], [0]])))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), len(range(0, 100, 7)))
print(range(10)[2], range(10)[-1], range(10)[2:5], list(range(10)[::3]), range(3) == range(0, 3))
rng = range(1, 10, 2)
print(rng.start, rng.stop, rng.step, 7 in rng, rng.index(7), rng.count(3))
it2 = iter([1, 2, 3, 4, 5])
for x in it2:
    if x == 2:
        break
print("rest after break:", list(it2))
pairs = iter([("a", 1), ("b", 2)])
print(dict(pairs))
words = iter(["one", "two", "three"])
header = next(words)
print(header, [w.upper() for w in words])
calls = []


def gen():
    for i in range(3):
        calls.append(i)
        yield i


mapped = map(lambda v: v * 2, gen())
print(calls)
print(next(mapped), calls)
print(list(enumerate(zip("ab", "cd"))))
counter = iter(lambda: calls.pop() if calls else "stop", "stop")
print(list(counter))
lines = ["a", "b", "", "c"]
sentinel_iter = iter(lines.pop, "")
print(list(sentinel_iter), lines)
it3 = iter([10, 20])
print(iter(it3) is it3)
print(sum(map(int, "12345")), list(map(len, ["a", "bb"])), max(map(abs, [-5, 3])))
print(list(zip(range(3), range(10, 13), strict=True)))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as err:
    print("ValueError", err)
