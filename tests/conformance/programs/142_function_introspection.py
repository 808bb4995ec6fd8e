# Function introspection: __defaults__ (same objects), __doc__, through methods, lambdas, functools.wraps.
import functools


def f(a, b=2, c=[1], *args, d=4, **kw):
    """Adds things.

    More text.
    """
    return a


def g():
    return 1


class K:
    def m(self, x, y="y"):
        "Method doc."
        return x

    @staticmethod
    def s(p=None):
        return p


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)

    return wrapper


@deco
def wrapped(v=7):
    """Wrapped doc."""
    return v


f.__defaults__[1].append(2)
print(f.__defaults__, f.__doc__, g.__defaults__, g.__doc__)
print(K.m.__defaults__, K().m.__doc__, K.s.__defaults__, K.m.__doc__)
print(wrapped.__doc__, wrapped.__wrapped__.__defaults__, wrapped.__name__, f(1))
print((lambda q=3: q).__defaults__, (lambda: 0).__doc__)
