# Tuples: packing, unpacking, comparison, methods, hashing.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t.count(2), t.index(3))
single = 5,
print(single, (5), ((5,)), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max([(1, "x"), (3, "a"), (3, "b")]), min((5, 1), (5, 0)))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d, (2, 1) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), (2, 1) in s)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    hash(([1],))
except TypeError as e:
    print("TypeError", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError", e)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)


def minmax(values):
    return min(values), max(values)


lo, hi = minmax([4, 2, 8])
print(lo, hi, minmax([1]))
pairs = list(zip("abc", range(3)))
print(pairs, dict(pairs))
names, nums = zip(*pairs)
print(names, nums)
print(tuple(x * x for x in range(4)), tuple([]) == (), () == ())
print((1,) == [1], list((1,)) == [1])
print(str((1, "a", None)), repr(("x",)))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
