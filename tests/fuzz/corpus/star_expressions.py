# Star and double-star in every position Python allows.
xs = [1, 2, 3]
ys = (4, 5)
kw = {"sep": "-"}
a, *b = xs
*c, d = xs
e, *f, g = xs
[h, *i] = ys
(j, *k), l = xs, 6
*m, = xs
for first, *rest in [xs, ys]:
    pass
for *init, last in [xs]:
    pass
merged = [*xs, *ys, *"ab", *range(2), *{1: 2}]
tup = (*xs, *ys)
tup2 = *xs, *ys
st = {*xs, *ys}
dct = {**kw, **{"end": "\n"}, "x": 1, **dict(a=1)}
print(*xs, *ys, **kw)
print(*xs, 1, *ys, sep="", **{})
print(1, *[], **{}, end="")


def f(*args, **kwargs):
    return args, kwargs


f(*xs, *ys, x=1, **kw, **{"y": 2})
f(*(i for i in range(3)))
f(**{k: v for k, v in kw.items()})


def g():
    return *xs, *ys


def h():
    yield *xs, 1


subscript = dct[*xs,] if False else None
nested = [*[*[*xs]]]
cond = [*xs] if xs else [*ys]
comp = [[*row, 0] for row in [xs, ys]]
lam = lambda *a, **k: (*a, *k)
res = max(*xs, key=lambda v: -v)
print(a, b, c, d, e, f, g(), list(h()), merged, tup, tup2, st, dct, nested, cond, comp, lam(1, 2), res, i, j, k, l, m)
