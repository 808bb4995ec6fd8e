# Positional, keyword, defaults evaluated once, keyword-only.
def f(a, b, c=3, d=4):
    return (a, b, c, d)


print(f(1, 2), f(1, 2, 5), f(1, 2, d=9), f(b=2, a=1), f(1, c=7, b=8), f(*[1, 2, 3, 4]))

counter = [0]


def next_default():
    counter[0] += 1
    return counter[0]


def g(x=next_default(), acc=[]):
    acc.append(x)
    return acc


print(g(), g(), g(10), counter)
print(g.__defaults__[0], len(g.__defaults__[1]))


def h(a, *, key, flag=False):
    return f"{a}-{key}-{flag}"


print(h(1, key="k"), h(1, flag=True, key="z"))


def pos_only(a, b, /, c):
    return a + b + c


print(pos_only(1, 2, 3), pos_only(1, 2, c=3))


def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x


print(none_default(), none_default(), none_default([0]))
print(none_default(None))

base = 10


def uses_base(v=base):
    return v


base = 20
print(uses_base(), base)


def defaults_mix(a, b="b", *args, c, d="d", **kw):
    return [a, b, args, c, d, kw]


print(defaults_mix(1, c=3))
print(defaults_mix(1, 2, 3, 4, c=5, e=6))
print(defaults_mix(a=0, c=1, z=2))


def returns_nothing():
    pass


print(returns_nothing(), f.__name__, h.__name__)


def early(x):
    if x:
        return
    return "late"


print(early(1), early(0))


def multi():
    return 1, [2], {"three": 3}


print(multi())
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
