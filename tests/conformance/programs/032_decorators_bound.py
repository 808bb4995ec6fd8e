# Decorators (with and without arguments) forwarding *args/**kwargs; bound methods.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__} args={args} kwargs={kwargs}")
        result = fn(*args, **kwargs)
        print(f"  -> {result!r}")
        return result

    return wrapper


def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]

        return wrapper

    return deco


@logged
def add(a, b=10, *, scale=1):
    return (a + b) * scale


add(1)
add(1, 2)
add(1, b=5, scale=3)
add(*[2], **{"scale": 2})
print(add.__name__)


@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"


print(greet("ann"), greet(name="bob", punct="?"))


@logged
@repeat(2)
def pair(x):
    return x * 2


pair(4)


class Calc:
    def __init__(self, base):
        self.base = base

    def add(self, x, y=0, *more, **opts):
        return self.base + x + y + sum(more) + opts.get("bonus", 0)

    def mul(self, x, factor=2):
        return self.base * x * factor


c = Calc(100)
bound = c.add
print(bound(1), bound(1, 2), bound(1, 2, 3, 4), bound(1, bonus=5), bound(*[1, 2], **{"bonus": 1}))
print(c.add(x=5), c.add(5, y=6), Calc.add(c, 1, 1))
logged_mul = logged(c.mul)
logged_mul(3)
logged_mul(3, factor=10)
logged_mul(*[2], **{"factor": 1})
methods = [c.add, Calc(1).add]
print([m(1) for m in methods])
f = getattr(c, "add")
print(f(*(1, 1, 1)))


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def noop(*a, **k):
    return len(a) + len(k)


print(noop(), noop(1, 2), noop(x=1), noop.calls)


def route(path, methods=("GET",)):
    def deco(fn):
        fn.route = (path, methods)
        return fn

    return deco


@route("/users", methods=("GET", "POST"))
def users():
    return "users"


print(users(), users.route)
