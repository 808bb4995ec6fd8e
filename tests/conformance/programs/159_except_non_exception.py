# `except C:` with a class that is not an exception: CPython's TypeError when it is checked.
class Mixin:
    pass


class E(Mixin, ValueError):
    pass


try:
    raise E("x")
except (KeyError, E) as e:
    print("caught", type(e).__name__, e)
try:
    try:
        raise E("y")
    except Mixin:
        print("not reached")
except TypeError as t:
    print("TypeError:", t, type(t.__context__).__name__)
try:
    try:
        raise KeyError("k")
    except (KeyError, int):
        print("not reached either")
except TypeError as t:
    print("TypeError:", t)
try:
    print("no exception, so no check")
except Mixin:
    pass
