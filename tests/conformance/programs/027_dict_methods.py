# dict() constructors and methods.
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, z=0), dict(zip("ab", [1, 2])))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b", 2), d.setdefault("c"), d)
d.update({"a": 10}, z=26)
d.update([("y", 25)])
d.update(w=23)
print(d)
print(d.pop("a"), d.pop("nope", "dflt"), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x)
x |= y
print(x)
print({**x, "d": 4}, {**y, **{"b": 0}})
cp = x.copy()
cp["a"] = -1
print(x["a"], cp["a"])
cp.clear()
print(cp, len(cp))
sq = {n: n * n for n in range(5)}
print(sq)
inv = {v: k for k, v in sq.items() if v % 2 == 0}
print(inv)
print({k: v for k, v in zip("abc", range(3))})
print({c: [i for i in range(3) if i != c] for c in range(3)})
keys = d.keys()
vals = d.values()
d["new"] = 1
print(list(keys), list(vals), len(keys))
print(sorted(x.keys() & {"a", "z"}), sorted(x.keys() | {"q"}), sorted(x.keys() - {"a"}))
print(list(x.items())[0], ("a", 1) in x.items(), 30 in x.values())
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(dict(sorted({"b": 2, "a": 1}.items())))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
config = {"debug": False, "port": 8080}
overrides = {"port": 9090, "host": "0.0.0.0"}
merged = {**config, **overrides}
print(merged, config)
print(dict(merged, debug=True))
