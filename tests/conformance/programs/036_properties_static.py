# property, staticmethod, classmethod.
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
print(Temperature.convert(10), t.convert(20))
t2 = Temperature.from_f(212)
print(type(t2).__name__, t2.celsius, Temperature.describe(), t.describe())


class Kelvin(Temperature):
    scale = "K"


k = Kelvin.from_f(32)
print(type(k).__name__, k.celsius, Kelvin.describe())


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def size(self):
        return (self.w, self.h)

    @size.setter
    def size(self, wh):
        self.w, self.h = wh



r = Rect(2, 3)
print(r.area, r.size)
r.size = (4, 5)
print(r.area, r.w, r.h)


class Registry:
    items = []

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)

    @staticmethod
    def normalize(s):
        return s.strip().lower()


print(Registry.register("a"), Registry.register(Registry.normalize("  B ")), Registry.items)


class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        self.computed += 1
        return 42


lz = Lazy()
print(lz.value, lz.value, lz.computed)
