# Diamonds, cooperative super() with **kwargs, mixins, MRO errors, isinstance/issubclass,
# __mro__ names, __bases__, class attributes, properties and a mixin with an exception base.


def names(cls):
    return [k.__name__ for k in cls.__mro__]


class Root:
    tag = "root"

    def __init__(self, **kwargs):
        self.trail = ["Root"]
        self.extra = dict(kwargs)

    def describe(self):
        return "Root"


class Left(Root):
    tag = "left"

    def __init__(self, *, left=0, **kwargs):
        super().__init__(**kwargs)
        self.left = left
        self.trail.append("Left")

    def describe(self):
        return "Left+" + super().describe()


class Right(Root):
    def __init__(self, *, right=0, **kwargs):
        super().__init__(**kwargs)
        self.right = right
        self.trail.append("Right")

    def describe(self):
        return "Right+" + super().describe()


class Diamond(Left, Right):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trail.append("Diamond")

    def describe(self):
        return "Diamond+" + super().describe()


d = Diamond(left=1, right=2, other=3)
print(d.trail, d.left, d.right, d.extra)
print(d.describe())
print(names(Diamond), [b.__name__ for b in Diamond.__bases__])
print([k.__name__ for k in Diamond.mro()])
print(Diamond.tag, d.tag, Right.tag)
print(isinstance(d, Left), isinstance(d, Right), isinstance(d, Root), isinstance(d, Diamond))
print(issubclass(Diamond, Right), issubclass(Right, Diamond), issubclass(Diamond, (int, Right)))
print(isinstance(Right(), Left), type(d).__name__)


# A subclass of a multiply inherited class keeps the MRO going.
class Deeper(Diamond):
    def describe(self):
        return "Deeper+" + super().describe()


print(Deeper().describe(), names(Deeper))


# Mixins in front of a plain base; class attributes and properties come from the mixins.
class Named:
    kind = "named"

    @property
    def label(self):
        return f"{self.kind}:{self.name}"


class Counted:
    count = 0

    def bump(self):
        type(self).count += 1
        return self.count


class Item(Named, Counted):
    def __init__(self, name):
        self.name = name


it = Item("x")
print(it.label, it.bump(), it.bump(), Item.count, Counted.count)


# Classes whose MRO cannot be linearised.
class X:
    pass


class Y(X):
    pass


try:

    class Bad(X, Y):
        pass

except TypeError as e:
    print("TypeError:", e)


class P(X, Y.__base__ if False else object):
    pass


print(names(P))


class A1:
    pass


class B1:
    pass


class AB(A1, B1):
    pass


class BA(B1, A1):
    pass


try:

    class Both(AB, BA):
        pass

except TypeError as e:
    print("TypeError:", e)


# The classic C3 example.
class O1:
    pass


class F(O1):
    pass


class E(O1):
    pass


class Dd(O1):
    pass


class C(Dd, F):
    pass


class B(E, Dd):
    pass


class A(B, C):
    pass


print(names(A))


# A mixin plus an exception base.
class Coded:
    code = 0

    def describe(self):
        return f"[{self.code}] {self}"


class NotFound(Coded, LookupError):
    code = 404


class Invalid(ValueError, Coded):
    code = 422

    def __init__(self, field):
        super().__init__(f"bad {field}")
        self.field = field


for exc in (NotFound("no such key"), Invalid("email")):
    try:
        raise exc
    except Exception as caught:
        print(type(caught).__name__, caught.describe(), caught.args, isinstance(caught, Coded))

try:
    raise Invalid("name")
except ValueError as caught:
    print("ValueError handler:", caught, caught.field, names(Invalid))

try:
    raise NotFound("k")
except LookupError as caught:
    print("LookupError handler:", repr(caught), names(NotFound))


# __init_subclass__ through several bases.
class Registry:
    seen = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.seen.append(cls.__name__)


class Plugin(Counted, Registry):
    pass


class SubPlugin(Plugin):
    pass


print(Registry.seen)


# Cooperative methods that every class in the diamond defines.
class Base:
    def hello(self, out):
        out.append("Base")
        return out


class M1(Base):
    def hello(self, out):
        out.append("M1")
        return super().hello(out)


class M2(Base):
    def hello(self, out):
        out.append("M2")
        return super().hello(out)


class M3(M2):
    def hello(self, out):
        out.append("M3")
        return super().hello(out)


class Top(M1, M3):
    pass


print(Top().hello([]), names(Top))
print(M3().hello([]))
