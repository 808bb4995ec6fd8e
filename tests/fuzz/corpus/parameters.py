# Function signatures: every parameter kind, annotation and default shape.
from typing import Any, Callable


def f0():
    pass


def f1(a, b, /):
    return a, b


def f2(a, /, b, *, c):
    return a, b, c


def f3(a=1, /, b=2, *, c=3, d):
    return a, b, c, d


def f4(*args, **kwargs):
    return args, kwargs


def f5(a: int, b: "str" = "x", *args: Any, c: Callable[[int], int] = abs, **kwargs: Any) -> "tuple":
    return a, b, args, c, kwargs


def f6(a, b=[], c={}, d=(), e=None, f=lambda: 1, g=f1(1, 2)):
    return a


def f7(self, this, new, default, arguments, function, var, let, static, undefined):
    return self, this, new, default, arguments, function, var, let, static, undefined


def f8(*, only):
    return only


def f9(a, *, b, **rest):
    return a, b, rest


def f10(a, b=1, *c, d, e=2, **f):
    return a, b, c, d, e, f


def constructor(prototype, __proto__):
    return prototype, __proto__


print(f1(1, 2), f2(1, 2, c=3), f2(1, b=2, c=3), f3(d=4), f3(1, 2, c=3, d=4), f4(1, x=2))
print(f5(1), f5(1, "y", 3, c=abs, z=1), f6(1), f8(only=1), f9(1, b=2, c=3), f10(1, d=4))
print(f10(1, 2, 3, 4, d=5, e=6, g=7), f7(*range(10)), constructor(1, 2), f10(a=1, d=2))
print(f1(*[1, 2]), f2(*[1], **{"b": 2, "c": 3}), f9(**{"a": 1, "b": 2}), f3(**{"d": 1}))
