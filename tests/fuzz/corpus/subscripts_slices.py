# Subscripts and slices as loads, stores, deletes and augmented targets.
l = list(range(10))
d = {(1, 2): "t", "k": [1, 2]}
s = "abcdef"
a = l[0], l[-1], l[1:3], l[:3], l[3:], l[::2], l[::-1], l[1:-1:2], l[:], l[::]
b = s[1:], s[::-1], s[-3:-1]
c = d[1, 2], d[(1, 2)], d["k"][0]
e = l[len(l) - 1], l[l[0]], l[0:l[1]:l[2] or 1]
l[0] = 5
l[1:3] = [7, 8]
l[::2] = l[::2]
l[:] = l
d["k"][1] = 3
d[3, 4] = "t2"
l[0] += 1
d["k"][0] *= 2
l[0], l[1] = l[1], l[0]
del l[0]
del l[1:3]
del l[::2]
del d["k"][0], d[1, 2]
n = [[1, 2], [3, 4]]
n[0][1] = n[1][0]
n[-1][-1] += n[0][0]
x = n[0][0:1][0]
nested = {"a": {"b": {"c": [0, [1, [2]]]}}}
nested["a"]["b"]["c"][1][1][0] = 9
obj = type("O", (), {})()
obj.items = [1, 2, 3]
obj.items[1:] = []
obj.items[0] -= 1
l[0:1] += [1]
print(a, b, c, e, l, d, n, x, nested, obj.items)
