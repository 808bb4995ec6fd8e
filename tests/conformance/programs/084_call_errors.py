# TypeError for bad calls (through an indirection, where the compiler cannot see the callee).
def f(a, b, c=3, d=4):
    return (a, b, c, d)


def h(a, *, key, flag=False):
    return (a, key, flag)


def pos_only(a, b, /, c):
    return a + b + c


def star(*args, **kwargs):
    return args, kwargs


class Thing:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def method(self, v):
        return v


registry = {"f": f, "h": h, "pos_only": pos_only, "star": star, "Thing": Thing, "method": Thing(1).method}


def call(name, *args, **kwargs):
    fn = registry[name]
    try:
        result = fn(*args, **kwargs)
        print(name, args, kwargs, "->", result if not isinstance(result, Thing) else ("Thing", result.x, result.y))
    except TypeError as e:
        print(name, args, kwargs, "TypeError:", e)


call("f", 1, 2)
call("f", 1)
call("f")
call("f", 1, 2, 3, 4, 5)
call("f", 1, 2, a=1)
call("f", 1, 2, e=5)
call("f", b=1, c=2)
call("h", 1, key="k")
call("h", 1, 2)
call("h", 1)
call("h", key=1)
call("h", 1, key=2, other=3)
call("pos_only", 1, 2, 3)
call("pos_only", 1, 2, c=3)
call("pos_only", a=1, b=2, c=3)
call("star", 1, x=2)
call("Thing", 1)
call("Thing")
call("Thing", 1, 2, 3)
call("Thing", x=1, z=2)
call("method", 5)
call("method")
call("method", 1, 2)
call("method", v=3)
