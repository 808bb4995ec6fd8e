# Every expression kind, including the rarely written ones.
a, b, c = 1, 2.5, "s"
d = {"k": [1, 2, (3, 4)], 5: {6, 7}}
e = None
t = (a,)
u = ()
v = []
w = {}
x = a + b - a * b / a // 2 % 3 ** 2
y = -a, +b, ~a, not a
z = a << 2 >> 1 | 3 & 4 ^ 5
cmp = 1 < a <= 3 != 4 == 4 > 0 >= -1
ident = a is not None and e is None or a in [1] and a not in (2,)
ternary = a if b else c if d else e
sub = d["k"][2][0]
att = c.upper().lower
call = len(c) + max(1, 2, *[3, 4]) + min(key=abs, *[1, -2])
chain = "a,b".split(",")[0].strip().join(["x", "y"])
lam = (lambda q, r=2, *s, t=3, **u: q + r)(1)
lst = [i * j for i in range(3) for j in range(i) if i if j]
st = {i % 2 for i in range(10)}
dc = {k: v for k, v in zip("ab", [1, 2])}
gen = sum(i for i in range(5))
nested_gen = list(list(j for j in range(i)) for i in range(3))
fmt = f"{a!r:>{10}} {b=} {c!s} {d['k']!a} {{}} {a:{'>'}{5}.{2}} {x:.3f}"
walrus = (n := 10) + n
starred = [*v, *t, a]
dstar = {**w, "x": 1, **{"y": 2}}
setstar = {*t, *v}
ell = ...
bytes_ = b"abc" + rb"\d" + B"\x00"
concat = "a" "b" f"{a}" 'c'
paren = (((((a)))))
tern_nested = (a if a else b) if (b if b else a) else (c if c else d)
slc = v[1:], v[:2], v[::2], v[1:2:3], v[:], v[::], v[-1::-1]
tup_sub = d[1, 2] if False else None
bool_ops = a and b and c or d or e
unary_chain = not not -+-~a
pw = 2 ** -1, (-2) ** 2, 2 ** 3 ** 2
cmp_call = (lambda: 1)() < (lambda: 2)()
await_free = [lambda: i for i in range(3)]
