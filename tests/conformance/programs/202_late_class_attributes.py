"""Class attributes added after the class statement are seen by instances, however they
are set: `C.x = v`, setattr, `type(a).x = v`, `cls.x` in a classmethod, a class passed
as an argument; functions stored as class attributes become methods (issue 12, item 8)."""

def helper(self, v):
    return ("helper", v)

class C:
    f = lambda self: "lam"
    g = helper
    h = len
    s = staticmethod(helper)

    @staticmethod
    def st(a=1):
        return a

    @classmethod
    def make(cls):
        cls.made = True
        return cls()

class D(C):
    pass

a = C()
d = D()
C.label = "ok"
setattr(C, "x", 1)
type(a).extra = 5
print(a.label, a.x, a.extra, d.label)
print(a.f(), a.g(2), a.h([1]), a.s(1, 2), a.st(), a.st(7))
C.late = helper
print(a.late(3), d.late(4))
def store(K, name, v):
    K.other = v
    setattr(K, name, v)
store(C, "dyn", 10)
print(a.other, a.dyn, getattr(a, "other"), hasattr(d, "other"), d.other)
b = C.make()
print(b.made, a.made)
a.label = "own"
print(a.label, C.label, d.label)
del C.label
print(hasattr(d, "label"), a.label)
try:
    d.label
except AttributeError as e:
    print("AttributeError", e)
C.count = 0
C.count += 1
type(a).count += 1
print(a.count, C.count)
D.label = "dlabel"
print(d.label, hasattr(a, "label"))
try:
    int.foo = 1
except TypeError as e:
    print("TypeError", e)
try:
    setattr(ValueError, "foo", 1)
except TypeError as e:
    print("TypeError", e)
class E:
    v = 1
    @property
    def p(self):
        return "prop"
e = E()
E.p = "plain"
print(e.p)
E.q = property(lambda self: "newprop")
print(e.q)
print(sorted(k for k in vars(C) if not k.startswith("__")))


class Counter:
    total = 0

    def __init__(self):
        type(self).total += 1
        self.__class__.last = self


c1, c2 = Counter(), Counter()
print(Counter.total, c1.total, c2.last is c2, c1.last is c2)


class Registry:
    pass


def register(cls, name):
    def deco(fn):
        setattr(cls, name, fn)
        return fn
    return deco


@register(Registry, "hello")
def hello(self, who):
    return f"hello {who} from {type(self).__name__}"


r = Registry()
print(r.hello("you"), getattr(r, "hello")("me"), Registry.hello(r, "it"))
m = r.hello
print(m.__self__ is r, m.__func__ is hello)


class Plugin:
    pass


def install(K):
    K.run = lambda self, x: ("run", type(self).__name__, x)
    K.describe = describe


def describe(self):
    return "a " + type(self).__name__


install(Plugin)
pl = Plugin()
print(pl.run(1), pl.describe(), Plugin.describe(pl))
