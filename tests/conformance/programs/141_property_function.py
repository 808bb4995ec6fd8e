# property()/staticmethod()/classmethod() as functions in a class body, deleters, method aliases.
class Temp:
    def __init__(self, c):
        self._c = c

    def get_c(self):
        return self._c

    def set_c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    def del_c(self):
        print("deleting")
        self._c = None

    c = property(get_c, set_c, del_c, "celsius")
    f = property(lambda self: self._c * 9 / 5 + 32)
    half = staticmethod(lambda x: x / 2)

    def describe(self):
        return f"Temp({self._c})"

    __repr__ = describe
    __str__ = describe

    def make(cls, v):
        return cls(v)

    make = classmethod(make)


class Box:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x

    @v.deleter
    def v(self):
        self._v = -1


t = Temp(20)
t.c = 21
print(t.c, t.f, Temp.half(9), t.half(5), repr(t), str(t), Temp.make(3), t.make(4))
print(isinstance(Temp.__dict__["c"], property), Temp.c.__doc__, type(Temp.c).__name__)
del t.c
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.f
except AttributeError as e:
    print("AttributeError", e)
b = Box()
b.v = 5
print(b.v)
del b.v
print(b.v)
