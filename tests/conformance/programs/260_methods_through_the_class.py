# Methods called through the class, unbound methods as values, super() in every form,
# class keywords with __init_subclass__ (issue 14: `Base.__init__(self, x)` used to raise).


class Base:
    def __init__(self, x):
        self.x = x

    def m(self, y):
        return self.x + y

    def __eq__(self, other):
        return isinstance(other, Base) and self.x == other.x

    __hash__ = None

    def __repr__(self):
        return f"{type(self).__name__}({self.x})"

    @property
    def double(self):
        return self.x * 2

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def helper(a, b=10):
        return a * b


class Child(Base):
    def __init__(self, x, tag="c"):
        Base.__init__(self, x * 2)
        self.tag = tag

    def m(self, y):
        return Base.m(self, y) + 100


c = Child(3)
print(c.x, c.tag, c.m(1))
print(Base.__eq__(c, Base(6)), Base.__repr__(c))

# Unbound methods as values: the same object through the class and its subclasses.
f = Base.m
print(f(c, 5), Base.m is f, Child.__init__ is Base.__init__, Child.m is Base.m)
print(Base.m.__name__, Base.m.__qualname__, Child.m.__qualname__)
g = Base.__init__
g(c, 99)
print(c.x)
print(list(map(Base.m, [Base(1), Base(2)], [10, 20])))
print(sorted([Base(3), Base(1)], key=Base.__repr__))
print(getattr(Child, "m")(c, 1), getattr(Base, "missing", "none"), hasattr(Base, "m"))


def through(cls, obj):
    method = getattr(cls, "m")
    return method(obj, 1000)


print(through(Base, c), through(Child, c))
print(Base.make(4), Child.make(4), Base.helper(3), Child.helper(3, b=2))

# object's own methods called explicitly.


class Plain:
    def __init__(self):
        object.__init__(self)
        object.__setattr__(self, "z", 5)


print(Plain().z)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print("TypeError", e)


# super(C, self) and super() as values.
class D(Child):
    def m(self, y):
        s = super(D, self)
        return s.m(y) + 1000

    def skip(self, y):
        return super(Child, self).m(y)  # past Child: Base.m

    def whole(self):
        s = super()
        return s.double, s.m(0), repr(s.__repr__())

    @classmethod
    def make(cls, x):
        return ("D.make", super().make(x))

    @classmethod
    def via_value(cls, x):
        return super(D, cls).make(x)


d = D(1)
print(d.m(1), d.skip(1), d.whole(), D.make(2), D.via_value(5))


# Multiple inheritance: super(C, self) follows the instance's MRO.
class A0:
    def who(self):
        return ["A0"]


class L(A0):
    def who(self):
        return ["L"] + super(L, self).who()


class R(A0):
    def who(self):
        return ["R"] + super().who()


class LR(L, R):
    def who(self):
        up = super()
        return ["LR"] + up.who()


print(LR().who(), L().who())


# Class keywords reach __init_subclass__.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__()
        Plugin.registry[name or cls.__name__] = cls
        cls.options = sorted(kw.items())


class Json(Plugin, name="json", indent=2):
    pass


class Csv(Plugin):
    pass


class Tsv(Csv, name="tsv", sep="\t"):
    pass


print(sorted(Plugin.registry), Json.options, Csv.options, Tsv.options)
print(Plugin.registry["tsv"].__name__, Tsv.__mro__[1].__name__)

order = []


def note(v):
    order.append(v)
    return v


class Noted(Plugin, name=note("kw")):
    marker = note("body")


print(order)

try:
    class Bad(Base, tag=1):
        pass
except TypeError as e:
    print("TypeError", e)
