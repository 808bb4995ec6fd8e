# Keys that collide with JS object internals are ordinary keys.
d = {}
for key in ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "length", "prototype", "__init__", "size"]:
    d[key] = key.upper()
print(d)
print(len(d), "__proto__" in d, "constructor" in d, "get" in d, "keys" in d)
print(d["__proto__"], d["constructor"], d.get("toString"), d.get("missing"))
e = {"__proto__": 1}
print(e, list(e), e["__proto__"])
print({"constructor": None}, "constructor" in {}, "__proto__" in {}, "toString" in {})
counts = {}
for word in "constructor __proto__ constructor valueOf __proto__ __proto__".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items()))
del counts["__proto__"]
print(counts, counts.pop("constructor"), counts)
print(dict(__proto__=5, constructor=6))
s = set(["__proto__", "constructor"])
print(len(s), "__proto__" in s, sorted(s))


class Obj:
    pass


o = Obj()
setattr(o, "constructor", 42)
o.toString = "s"
print(o.constructor, getattr(o, "toString"), hasattr(o, "valueOf"), hasattr(o, "hasOwnProperty"))
words = ["length", "name", "caller"]
print({w: len(w) for w in words})
print({"length": 0}["length"], len({"length": 0}))
try:
    print({}["__proto__"])
except KeyError as err:
    print("KeyError", err)
try:
    print({}["constructor"])
except KeyError as err:
    print("KeyError", err)
print({}.get("__proto__", "default"), {}.get("constructor", "default"))
m = {"__proto__": {"x": 1}}
m["__proto__"]["y"] = 2
print(m)
print(m.setdefault("constructor", []), m)
