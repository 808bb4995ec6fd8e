"""isinstance/type of integral floats, and the TypeErrors CPython raises for them."""

import math


def kind(v):
    return f"{type(v).__name__}:{isinstance(v, float)}:{isinstance(v, int)}"


def accept_number(value):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "rejected"
    return "float" if isinstance(value, float) else "int"


samples = [1.0, 1, 2.5, -0.0, 1e20, float("nan"), 6 / 3, 7 // 2, 7 // 2.0, math.sqrt(16), math.floor(2.5)]
print([kind(v) for v in samples])
print([accept_number(v) for v in [1.0, 3, True, "1", None, 0.0]])
print(type(1.0) is float, type(1) is int, type(2.0) == float, int(2.0), float(2), int(-0.0))
print(float(3).is_integer(), (2.0).is_integer(), (2.5).is_integer(), (4.0).as_integer_ratio())
print(math.floor(3.0), math.ceil(3.0), math.trunc(-3.0), math.fabs(-3), math.pow(2, 3), math.log(8, 2))
print(round(3.0), type(round(3.0)).__name__, type(round(3.0, 1)).__name__, type(round(3, 1)).__name__)
one, zero = 1.0, 0.0
for bad in [lambda: [1, 2][one], lambda: range(2.0), lambda: "ab" * 2.0, lambda: "%x" % 2.0,
            lambda: (1, 2)[zero], lambda: "abc"[one], lambda: 2.0 << 1, lambda: ~2.0, lambda: chr(65.0)]:
    try:
        print("no error", bad())
    except TypeError as exc:
        print("TypeError", exc)
print("%d %i %s %r %.1f %g %e" % (2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0))
print("{} {!r} {:.2f} {:g} {:>6}".format(2.0, 3.0, 4.0, 5.0, 6.0), format(2.0), format(2.0, "g"))
print(f"{1.0} {-0.0} {1e16} {2.0:05.1f} {2.0:e}", str(1e20), repr(-0.0), ascii(3.0))
print(1.0 + True, True + 1.0, 3 - 1.0, 2 * 0.5, 1 / 1, 0.1 * 10, 1e16 + 1, 2**53 + 1.0)
print(max(2, 2.0), max(2.0, 2), min([1.0, 1]), sorted([2, 2.0, 1.0, 1]))
