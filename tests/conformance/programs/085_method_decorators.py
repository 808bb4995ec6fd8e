# Decorated methods, property deleter, property()/staticmethod() as builtins.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__} with {len(args)} args, kwargs={kwargs}")
        return fn(*args, **kwargs)

    return wrapper


class Calc:
    def __init__(self, base):
        self.base = base

    @logged
    def mul(self, x, factor=2):
        return self.base * x * factor

    @staticmethod
    @logged
    def pure(x):
        return x + 1


c = Calc(100)
print(c.mul(3))
print(c.mul(3, factor=10))
print(c.mul(*[2], **{"factor": 1}))
print(Calc.pure(1), c.pure(2))


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def size(self):
        return (self.w, self.h)

    @size.setter
    def size(self, wh):
        self.w, self.h = wh

    @size.deleter
    def size(self):
        print("deleting size")
        self.w = self.h = 0


r = Rect(2, 3)
r.size = (4, 5)
print(r.size)
del r.size
print(r.size)


class Celsius:
    def __init__(self, v):
        self._v = v

    def get_v(self):
        return self._v

    def set_v(self, v):
        self._v = v

    v = property(get_v, set_v)
    double = staticmethod(lambda x: x * 2)


t = Celsius(5)
t.v = 7
print(t.v, Celsius.double(4), isinstance(Celsius.__dict__["v"], property))
