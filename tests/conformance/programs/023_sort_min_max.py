# sorted/min/max with key and reverse; stability.
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min([3, 1, 2]), max([3, 1, 2]), min("b", "a", "c"), max(1, 5, 3))
print(min([], default="none"), max([], default=0), min([5], default=1))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "d"], key=len))
print(sorted([3, -1, -4, 2], key=abs), sorted([0.5, -2, 1], key=abs, reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (w.lower(), w)))
xs = [5, 2, 8, 1]
xs.sort(key=lambda v: -v)
print(xs)
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
recs.sort(key=lambda r: r["v"])
print([r["n"] for r in recs])
recs.sort(key=lambda r: r["v"], reverse=True)
print([r["n"] for r in recs])
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}, key=lambda k: {"b": 1, "a": 2}[k]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([True, False, 0, 1]), sorted([1.5, 1, 0.5]), sorted([10, 9, 100]))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    max(1)
except TypeError as e:
    print("TypeError", e)


class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"V({self.s})"


vs = [Version("1.10.0"), Version("1.2.0"), Version("1.2.10"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
scores = {"ann": 90, "ben": 85, "cid": 90, "dan": 70}
ranking = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
print(ranking)
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(sorted(range(10), key=lambda n: n % 3))
print(list(reversed(sorted([2, 3, 1]))))

# the key function runs for a one-element list too (CPython calls it for every element)
try:
    print(sorted([0o100], key=len))
except TypeError as err:
    print("TypeError", err)
single = [3]
single.sort(key=lambda v: print("key called with", v))
print(single, sorted([], key=len))
