# Sets and frozensets (printed sorted except small-int sets).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a > {1}, a.issubset(b), a.issuperset({1}), a.isdisjoint({9}))
print({1, 2} == {2, 1}, {1, 2} != {1}, set() == set(), {1} == frozenset([1]))
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([5, 1], (7,))
print(len(s), sorted(s), 3 in s, 4 in s)
s.discard(100)
s.discard(5)
s.remove(7)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(len(s), s.pop() in {1, 3}, len(s))
c = {1, 2, 3}
c -= {2}
c |= {10}
c &= {1, 10, 11}
print(sorted(c))
words = ["apple", "banana", "apple", "cherry", "banana"]
uniq = set(words)
print(len(uniq), sorted(uniq))
print(sorted({w[0] for w in words}), sorted(set("mississippi")))
fs = frozenset([1, 2])
d = {fs: "frozen", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], hash(fs) == hash(frozenset([2, 1])))
print({1, 1.0, True}, len({1, 1.0, True}), {0, False}, len({0, 0.0, False}))
print({(1, 2), (1, 2)}, {"x"}, {None})
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
seen = set()
out = []
for x in [3, 1, 3, 2, 1]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out)
print(set([1, 2]) | frozenset([3]) == {1, 2, 3}, type(frozenset([1]) | {2}).__name__)
print(sorted(set(range(10)) - set(range(0, 10, 2))))
cp = a.copy()
cp.clear()
print(sorted(a), cp)
print({3, 1, 2}, {10, 5, 1}, set([2, 1]))
