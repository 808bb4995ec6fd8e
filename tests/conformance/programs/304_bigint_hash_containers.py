# Big ints hash like CPython and work as dict keys and set members.
vals = [2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 10**30, -(10**30), 2**200 + 1, -1, -2, 2**53 + 1]
print([hash(v) for v in vals])
print(hash(1.5), hash(-2.25), hash(1e300), hash(2.0**80), hash(float("inf")), hash(1e-300))
print(hash(10**20) == hash(1e20), hash(2**64 + 1) == hash(2**64 + 1), hash((2**70, 1)) == hash((2**70, 1)))
d = {2**64: "a", 10**20: "b", 7: "c"}
d[2**64] += "!"
d[1e20] = "float key"
d[2**63 * 2] += "?"
print(d, len(d), 2**64 in d, 2**64 + 1 in d, 1.8446744073709552e19 in d)
print(d.get(2**66 // 4), list(d.keys()))
s = {2**64, 2**65, 3, -(2**70), 2**64}
print(sorted(s), len(s), 2**65 in s, (2**66) // 2 in s, 2**65 + 1 in s)
print({2**64, 2**65, 3} == {3, 2**65, 2**64}, frozenset([2**80]) == frozenset([2**80]))
members = set()
for v in [10**20, 3, 10**21, 2**61 - 1, 2**61, -(2**64), 2**64 + 8]:
    members.add(v)
print(members)  # CPython's table order (hashes mod 2**61 - 1)
t = {(2**70, "x"): 1, (2**70, "y"): 2}
print(t[(2**70, "x")], (2**70, "y") in t, (2**70 + 1, "y") in t)
print(2**70 in [1, 2**70], [2**70, 3].index(2**70), [2**70, 2**70, 1].count(2**70), (2**70,) == (2**70,))
counts = {}
for v in [2**64, 2**64, 2**65, 2**64]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
