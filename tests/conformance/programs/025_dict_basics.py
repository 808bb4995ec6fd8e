# Dict: insertion order, any hashable key, 1 == 1.0 == True.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d["b"] = 10
print(d)
del d["a"]
d["a"] = 20
print(d)
k = {}
k[1] = "int"
k[1.0] = "float"
k[True] = "bool"
print(k, len(k))
k2 = {True: "t", 1: "i"}
print(k2)
mixed = {1: "one", "1": "str one", (1,): "tuple", frozenset({1}): "fs", None: "none", 2.5: "float", False: "false"}
print(mixed)
print(mixed[1], mixed["1"], mixed[(1,)], mixed[frozenset([1])], mixed[None], mixed[2.5], mixed[0])
print(1 in mixed, 0.0 in mixed, "x" in mixed, (1,) in mixed)
print(len(mixed))
e = {"x": 1, "y": 2}
f = {"y": 2, "x": 1}
print(e == f, list(e) == list(f), e != {"x": 1})
try:
    print(e["z"])
except KeyError as err:
    print("KeyError", err)
try:
    print({(1, 2): 0}[(2, 1)])
except KeyError as err:
    print("KeyError", err)
try:
    print({}[[1]])
except TypeError as err:
    print("TypeError", err)
print(e.get("z"), e.get("z", 0), e.get("x", 0))
for key in e:
    print("key", key, e[key])
for key, value in e.items():
    print("item", key, value)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"]["c"])
print(len({}), bool({}), {} == {}, dict() == {})
print(list({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a", 2: "b"}))
big = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del big[i]
big[0] = 0
print(big)
print(list(reversed(big)), list(reversed(big.items()))[:2])
z = {-1: "neg", 0: "zero", 2 ** 40: "big", -0.0: "negzero"}
print(z)
