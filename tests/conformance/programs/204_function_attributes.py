"""Functions, classes and builtins have only their Python attributes: the properties JS
gives them (`name`, `length`, `prototype`, `caller`, `arguments`) are not seen by getattr,
hasattr, dir or vars, and assigning them works (issue 12, item 10)."""

JS_NAMES = ["name", "length", "prototype", "caller", "arguments", "callee", "constructor",
            "then", "toString", "valueOf", "__proto__"]


def f(a, b):
    return a + b


async def co():
    return 1


def gen():
    yield 1


class C:
    pass


class E(Exception):
    pass


lam = lambda x: x  # noqa: E731

OBJECTS = [f, co, gen, lam, C, E, C(), len, print, int, str, dict, ValueError, ValueError("x")]
for i, obj in enumerate(OBJECTS):
    seen = [n for n in JS_NAMES if hasattr(obj, n)]
    got = [getattr(obj, n, "-") for n in JS_NAMES]
    print(i, seen, got.count("-") == len(JS_NAMES))

print(f.__name__, C.__name__, lam.__name__, len.__name__, co.__name__, E.__name__)
print([n for n in dir(f) if n in JS_NAMES], [n for n in dir(C) if n in JS_NAMES])

f.name = "renamed"
f.length = 3
f.prototype = None
f.caller = "me"
f.arguments = (1, 2)
print(f.name, f.length, f.prototype, f.caller, f.arguments, f.__name__, f(1, 2))
print(sorted(n for n in vars(f) if n in JS_NAMES))

C.length = 2
C.name = "cname"
setattr(C, "prototype", "p")
print(C.length, C.name, C.prototype, C.__name__, C().length, C().name, C().prototype)
print(type(C()).__name__, repr(C)[-4:])

for n in JS_NAMES:
    setattr(lam, n, n.upper())
print([getattr(lam, n) for n in JS_NAMES], lam(5), lam.__name__)
for n in JS_NAMES:
    delattr(lam, n)
print([n for n in JS_NAMES if hasattr(lam, n)])

try:
    f.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    len.name
except AttributeError as e:
    print("AttributeError:", e.name)
try:
    print(ValueError("x").name)
except AttributeError as e:
    print("AttributeError:", e)

try:
    object().name
except AttributeError as e:
    print("AttributeError:", e, e.name)
try:
    getattr(C(), "length")
except AttributeError as e:
    print("AttributeError:", e, e.name)
