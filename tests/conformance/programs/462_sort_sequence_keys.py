# Sorting by tuple (or list) keys whose items are all numbers or all strings position by
# position (compared without richcmp) and the slow twin: the same keys wrapped in a class
# whose __lt__ compares them, plus keys that leave the fast path (bools, NaN, mixed kinds,
# nested tuples, a namedtuple). Both orders must agree with CPython's.
import random
from collections import namedtuple
from functools import cmp_to_key

rng = random.Random(462)


class Wrapped:
    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return self.key < other.key


words = ["pear", "apple", "fig", "apple", "kiwi", "Äpfel", "zebra", "\U0001f600", "\uff21", ""]
rows = [(rng.choice(words), rng.randrange(-5, 5), rng.choice([0.5, -0.0, 0.0, 2.0, 1e300])) for _ in range(200)]
short = [(w,) for w in words] + [(w, 1) for w in words[:4]] + [(w, 1, 0.5, 9) for w in words[:3]]
people = [[rng.randrange(3), rng.choice(words)] for _ in range(50)]

fast = sorted(rows)
slow = sorted(rows, key=Wrapped)
print(fast == slow, fast[:12])
print(sorted(short), sorted(short, key=Wrapped) == sorted(short))
print(sorted(rows, key=lambda r: (r[1], r[0]), reverse=True)[:10])
print(sorted(rows, key=lambda r: (-r[1], r[2]))[:10])
print(sorted(people)[:10], sorted(people, key=Wrapped) == sorted(people))
ids = list(range(len(rows)))
ids.sort(key=lambda i: (rows[i][0], i % 7))
print(ids[:20])
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=cmp_to_key(lambda a, b: (a > b) - (a < b))))

# off the fast path
print(sorted([(True, 1), (False, 2), (1, 0), (0, 5)]))
nan = float("nan")
print(sorted([(1.0, "a"), (nan, "b"), (0.5, "c")], key=lambda t: t[1]))
print(sorted([(2, (1, "x")), (2, (0, "y")), (1, (5, "z"))]))
Pt = namedtuple("Pt", "x y")
print(sorted([Pt(2, 1), Pt(1, 2), Pt(1, 1)]))
try:
    sorted([(1, "a"), ("b", 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, 2), (1, "a")], key=lambda t: t[0]))
