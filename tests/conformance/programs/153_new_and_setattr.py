# __new__ (enum members, object.__new__), __setattr__ seeing every store, __slots__.
from enum import Enum


class Planet(Enum):
    EARTH = (5.97, 6.37)
    MARS = (0.642, 3.39)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH, Planet.EARTH.mass, Planet.MARS.value)


class Code(Enum):
    def __new__(cls, num, text):
        obj = object.__new__(cls)
        obj._value_ = num
        obj.text = text
        return obj

    OK = (200, "fine")
    NF = (404, "missing")


print(Code.OK, Code.OK.value, Code.NF.text, Code(404))


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)


class Tracked:
    def __init__(self):
        self.log = []
        self.a = 1

    def __setattr__(self, k, v):
        if k != "log":
            self.log.append(k)
        object.__setattr__(self, k, v)


t = Tracked()
t.b = 2
t.a += 1
print(t.log, t.a, t.b, hasattr(t, "b"), getattr(t, "a"))
setattr(t, "c", 3)
print(t.log, vars(t))
