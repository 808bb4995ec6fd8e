# Decorators on functions, methods and classes, with arbitrary expressions (PEP 614).
import functools  # noqa - refused/unknown module is a diagnostic, not a crash


def deco(fn):
    return fn


def deco_factory(*args, **kwargs):
    def wrap(fn):
        return fn
    return wrap


registry = {"d": deco}
decos = [deco]


@deco
def plain():
    return 1


@deco_factory(1, key="v")
@deco
def stacked(a, b=2):
    return a + b


@registry["d"]
def subscripted():
    pass


@decos[0]
def indexed():
    pass


@(lambda fn: fn)
def lambda_decorated():
    pass


@deco if True else deco_factory()
def conditional():
    pass


@deco
class Decorated:
    @staticmethod
    def s(x):
        return x

    @classmethod
    def c(cls, y):
        return cls

    @property
    def p(self):
        return self._p

    @p.setter
    def p(self, value):
        self._p = value

    @deco
    def other(self):
        return 1


def outer():
    @deco
    def inner(x=1):
        return x

    @deco
    class Local:
        pass
    return inner, Local


print(plain(), stacked(1), Decorated.s(1), outer())
