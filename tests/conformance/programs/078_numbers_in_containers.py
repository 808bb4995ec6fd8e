# Int/float distinction inside containers and through functions.
values = [1, 1.0, 2.5, -0.0, 3 / 1, 4 // 1, 2 ** 0.5, float(2), int(2.0), 10 / 5]
print(values)
print(tuple(values[:4]), {"a": 1.0, "b": 1}, {1.0, 2.0}, [[1.0], (2.0,)])
for v in values:
    print(v, repr(v), str(v), type(v).__name__)


def half(x):
    return x / 2


def double(x):
    return x * 2


print(half(4), double(2.0), double(2), [half(2), double(1.5)], {"h": half(6)})
prices = {"apple": 1.0, "pear": 2.5, "plum": 3}
print(prices, sum(prices.values()), max(prices.values()), sorted(prices.values()))
totals = [p * 2 for p in prices.values()]
print(totals)
acc = 0
for p in prices.values():
    acc += p
print(acc, type(acc).__name__)
mixed = [0.5 + 0.5, 1.5 * 2, 3.0 - 1, 7 / 7]
print(mixed, [type(m).__name__ for m in mixed])
data = {"x": [1.0, 2.0], "y": (3.0,)}
print(data, data["x"][0], str(data["y"][0]))
avg = sum([2, 4]) / 2
print(avg, [avg], (avg,), {"avg": avg}, f"{avg}", "%s" % avg, str(avg), repr([avg]))
pt = (1.0, 2)
x, y = pt
print(x, y, pt)
zeros = [0.0] * 3
print(zeros, [-0.0], abs(-0.0), -0.0 == 0.0)


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Box({self.value!r})"


print(Box(1.0), Box(2), [Box(0.5)], Box(4 / 2))
import json

print(json.dumps([1.0, 2, 3.5]), json.loads("[1.0, 2]"))
nums = list(map(float, ["1", "2.5"]))
print(nums, [float(i) for i in range(3)], [i / 1 for i in range(3)])
print(max([1.0, 0.5]), min(3, 2.0), abs(-2.0), round(2.0, 1), float(True))
print(dict.fromkeys("ab", 0.0), list(range(3)) == [0.0, 1.0, 2.0])
print(1e16, [1e16], 1e15 + 0.5, 2.0 ** 60, [2.0 ** 60])
print(3 * 1.0, [3 * 1.0], 6 / 2 * 1, [6 / 2 * 1])
print(divmod(7.0, 2), [divmod(7.0, 2)], 7.0 // 2, [7.0 // 2])
