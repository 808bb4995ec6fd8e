"""abc.ABC and abc.abstractmethod: abstract classes refuse instantiation with CPython's
TypeError, concrete subclasses work, overriding in a later subclass counts."""
import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name()} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 1


class Whole(Half):
    def name(self):
        return "whole"


print(Square(3).describe())
print(Whole().describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), Shape), issubclass(Whole, Shape), issubclass(Square, ABC))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Whole.__abstractmethods__))


class Plugin(abc.ABC):
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append(cls.__name__)

    @abc.abstractmethod
    def run(self, x):
        raise NotImplementedError

    @classmethod
    def make(cls):
        return cls()


class Doubler(Plugin):
    def run(self, x):
        return 2 * x


class Broken(Plugin):
    pass


print(Plugin.registry, Doubler.make().run(21))
try:
    Broken.make()
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    def __init__(self, label):
        self.label = label


print(Base("concrete without abstract methods").label)
