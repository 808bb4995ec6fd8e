"""Integral floats keep their float-ness in containers, attributes, arguments and returns."""

from dataclasses import dataclass


class Box:
    def __init__(self, value):
        self.value = value

    def doubled(self):
        return self.value * 2


@dataclass
class Point:
    x: float
    y: float = 0.0


def identity(v):
    return v


def make():
    return 4.0


def gen():
    yield 1.0
    yield from [2.0, 3]


def halves(n):
    total = 0.0
    for _ in range(n):
        total += 0.5
    return total


values = [1.0, 2, -0.0, 1e16, 1e20, float("inf"), 0.5 + 0.5, 6 / 3, 3 * 1.0]
print(values)
print(tuple(values[:3]), {"a": 1.0, "b": [2.0, (3.0,)]}, {4.0})
print(Box(3.0).value, Box(3.0).doubled(), Box(3).doubled(), Point(1.0), Point(2, 3.0))
print(identity(5.0), [identity(5.0)], make(), [make()], str(make()))
print(list(gen()), [x * 2 for x in [1.0, 2]], {k: k / 2 for k in (2, 4)})
print(halves(4), [halves(2)], halves(0), [halves(0)])
print(sorted([3.0, 1, 2.5, -0.0]), min(1.0, 2), max([3, 3.0]), max([3.0, 3]))
print(sum([0.5, 0.5]), sum([1, 2.0]), sum([1, 2]), sum([], 0.0), sum([1.5, 1.5], 1))
print(abs(-2.0), -Box(2.0).value, +Box(0.0).value, -Box(0.0).value, divmod(7.0, 2))
print(round(2.5), round(2.5, 0), round(7, -1), round(7.0, -1), round(-0.4, 0))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, 2 ** 2.0, 2 ** -1, 1 ** -1, 10 ** 2, 4 ** 0.5)
d = {"n": 1.0}
d["n"] += 1
print(d, [v for v in d.values()], list(map(float, [1, "2", 3.0])))
x = Box(1.0)
x.value *= 3
print(x.value, [x.value], f"{x.value}", f"{x.value:.1f}", f"{x.value!r}", "%s %r" % (x.value, x.value))
print([0.0] * 3, [1.0, 2.0] + [3], (1.0,) * 2, bool(0.0), bool(Box(0.0).value), not Box(2.0).value)
print(2.0 == 2, 2.0 in [1, 2], [2] == [2.0], (1, 2.0) == (1.0, 2), 1.0 is not None)
