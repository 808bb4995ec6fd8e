# Lambdas: every parameter kind, defaults that are themselves lambdas, closures.
a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *args: args
e = lambda **kw: kw
f = lambda x, /, y, *, z=3: (x, y, z)
g = lambda *, k: k
h = lambda x=lambda y=lambda z=1: z: y: x
i = lambda x, *a, k=1, **kw: (x, a, k, kw)
j = [lambda v, n=n: v * n for n in range(3)]
k = (lambda: (lambda: 1))()()
m = lambda x: x if x else (lambda: x)()
n = lambda: [y for y in range(3)]
o = lambda: {y: y for y in range(3)}
p = lambda seq: sorted(seq, key=lambda s: -s)
q = lambda: (yield)
r = lambda x=[]: x
s = lambda a, b, c=(1, 2), d={"k": 1}, e={3}: a
t = lambda *a, **k: lambda *b, **l: (a, k, b, l)
default = 5
u = lambda new=default, this=1, function=2: new + this + function
print(a(), b(1), c(1), d(1, 2), e(k=1), f(1, 2), g(k=1), h()()(), i(1, 2, k=3, m=4), j[2](2), k, m(0), n(), o(), p([3, 1, 2]), r(), s(1, 2), t(1)(2), u())
