"""1 == 1.0 == True are one dict key / set member; the first inserted key object is kept."""

d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {1.0: "a"}
e[1] = "b"
print(e, list(e), 1 in e, True in e, 1.0 in e)
print({True: 1, 1: 2, 1.0: 3}, {1.0, 1, True}, {1, 1.0}, {0.0, 0, False, -0.0})
print({2.0: "x"}[2], {(1, 2.0): "t"}[(1.0, 2)], {(1.0,): "one"})
counts = {}
for k in [1, 1.0, 2.0, 2, 3.5]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(hash(1.0) == hash(1), hash(2.0) == hash(2), hash(-0.0) == hash(0), hash(1.5) == hash(1.5))
s = set()
s.add(2.0)
s.add(2)
print(s, sorted({3.0, 1, 2.0}), frozenset([1.0]) == frozenset([1]))
print(dict.fromkeys([1.0, 1, 2]), {**{1: "a"}, **{1.0: "b"}})
