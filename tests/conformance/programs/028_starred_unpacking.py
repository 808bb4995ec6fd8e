# Starred assignment and unpacking in displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, *q), r = "xyz", 5
print(p, q, r)
head, *tail = (9,)
print(head, tail)
print([*range(3), *"ab", *(1,)], (*[1, 2], 3), {*[1, 2], 2, 3})
print({**{"a": 1}, "b": 2, **dict(c=3)})
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError", e)
data = [("ann", 1, 2, 3), ("bob", 4)]
for name, *scores in data:
    print(name, sum(scores), len(scores))
k, v = "kv"
print(k, v)
(a, b), (c, d) = [[1, 2], (3, 4)]
print(a, b, c, d)
x = y = z = 0
print(x, y, z)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0]
lst[0], lst[1] = "l0", "l1"
print(lst)
obj = {}
obj["a"], obj["b"] = 1, 2
print(obj)
n1, n2 = divmod(17, 5)
print(n1, n2)
it = iter([10, 20, 30])
u, v, w = it
print(u, v, w)
g = (s * 2 for s in range(2))
g1, g2 = g
print(g1, g2)
m, *_ = "m-ignored".split("-")
print(m)
*_, end = [1, 2, 3]
print(end)
print(*[1, 2], *[3], sep=",")
