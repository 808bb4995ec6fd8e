"""Calling a method that does not exist raises AttributeError with CPython's message (issue 12):
on instances, classes, builtin values and None, never a JS TypeError; methods added to the
class later, properties returning callables and instance attributes holding functions are
still called (the method is read once). 402 is the same in a program with __getattr__."""

class A:
    def m(self):
        return 1
class S(str):
    pass
def fn():
    pass
a = A()
cases = [
    ("instance", lambda: a.nope()),
    ("class", lambda: A.nope()),
    ("list", lambda: [].nope()),
    ("str", lambda: "".nope()),
    ("None", lambda: None.nope()),
    ("int", lambda: (1).nope()),
    ("float", lambda: (1.5).nope()),
    ("dict", lambda: {}.nope()),
    ("tuple", lambda: ().nope()),
    ("set", lambda: set().nope()),
    ("bytes", lambda: b"".nope()),
    ("bool", lambda: True.nope()),
    ("function", lambda: fn.nope()),
    ("subclass", lambda: S("x").nope()),
    ("type", lambda: int.nope()),
    ("method", lambda: a.m.nope()),
    ("exception", lambda: ValueError("x").nope()),
    ("range", lambda: range(3).nope()),
    ("js-name", lambda: [].push(1)),
    ("js-name2", lambda: "".charAt(0)),
    ("js-name3", lambda: {}.hasOwnProperty("a")),
    ("js-name4", lambda: a.constructor()),
    ("js-name5", lambda: a.toString()),
    ("js-name6", lambda: None.toString()),
]
for what, attempt in cases:
    try:
        attempt()
        print(what, "no error")
    except AttributeError as e:
        print(what, "AttributeError:", e)
    except Exception as e:
        print(what, "OTHER", type(e).__name__, e)
x = None
try:
    x.nope(1, 2)
except AttributeError as e:
    print(e)
def get():
    return [1]
try:
    get().nope()
except AttributeError as e:
    print(e)
class L:
    pass
inst = L()
L.late = lambda self, x: ("late", x)
print(inst.late(1))
setattr(L, "late2", lambda self: "late2")  # noqa: B010 - the builtin on purpose
print(inst.late2())
class P:
    calls = 0
    @property
    def prop(self):
        P.calls += 1
        return lambda: P.calls
p = P()
print(p.prop(), P.calls)
class B:
    def base(self):
        return "base"
    def use(self):
        return self.sub_only()
class D(B):
    def sub_only(self):
        return self.base() + "+sub"
print(D().use())
try:
    B().use()
except AttributeError as e:
    print("AttributeError:", e)
o = L()
o.cb = None
try:
    o.cb()
except TypeError as e:
    print("TypeError:", e)
o.cb = print
o.cb("instance attribute function")


class Callable:
    def __call__(self, x):
        return ("called", x)


o.handler = Callable()
print(o.handler(5))
o.number = 5
try:
    o.number()
except TypeError as e:
    print("TypeError:", e)


class Base0:
    def helper(self):
        return 1
class Mid(Base0):
    pass
class Leaf(Mid):
    def run(self):
        return self.helper() + self.other()
    def other(self):
        return self.missing_here()
try:
    Leaf().run()
except AttributeError as e:
    print(e)
