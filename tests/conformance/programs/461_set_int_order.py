# Iteration order of sets of ints (CPython's hash-table order, simulated): the fast path
# (non-negative ints below 2**53, probed in doubles) and its slow twin (negative and
# huge ints, probed with exact 64-bit hashes) must agree with CPython.
import random

rng = random.Random(461)
fast_cases = [
    [5, 3, 17, 9, 1, 33, 65, 8, 16, 24],
    list(range(0, 200, 7)),
    [2**k for k in range(53)],
    [2**52 + i for i in range(20)],
    [rng.randrange(0, 2**40) for _ in range(300)],
    [rng.randrange(0, 64) * 64 for _ in range(100)],
    [i * 8 for i in range(60)],
]
slow_cases = [
    [-1, -2, -3, 5, 7, -100],
    [2**62 + i for i in range(10)],
    [2**61 - 1, 2**61, 2**61 + 1, 0, 1],
    [-(2**40) + rng.randrange(0, 1000) for _ in range(50)],
    [10**20, 10**18, 3, -(10**19)],
]
for label, cases in (("fast", fast_cases), ("slow", slow_cases)):
    for values in cases:
        s = set(values)
        print(label, len(s), list(s)[:40])
        grown = set()
        for v in values:
            grown.add(v)
        print(" ", list(grown) == list(s), list({v for v in values if v % 3 == 0})[:20])
floats = {0.0, 1.0, 2.5, 3.0, 64.0, 1e15, True, 8}
print(list(floats))
print(list(frozenset(range(100, 0, -3))))
