"""Attribute names supplied at run time may contain `$` or start with `#` (the runtime's
escape): they are ordinary attributes and never reach the runtime's own state, even on
instances of classes derived from builtins (issue 12, item 7)."""

NAMES = ["$v", "$m", "$u8", "$k", "$p", "$entries", "#x", "#$v", "v$", "then$", "$del:x", "$cp:x", "a$b"]


class L(list):
    pass


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class Plain:
    def __repr__(self):
        return "Plain()"


def f():
    return 1


for obj in [L([1, 2]), S("ab"), I(5), F(2.5), D(a=1), T((1, 2)), Plain(), f]:
    for i, name in enumerate(NAMES):
        setattr(obj, name, i)
    got = [getattr(obj, name) for name in NAMES]
    has = all(hasattr(obj, name) for name in NAMES)
    print(type(obj).__name__, got == list(range(len(NAMES))), has)
    if not callable(obj):
        print("  value:", obj, obj == obj, sorted(vars(obj)) == sorted(NAMES))
    for name in NAMES:
        delattr(obj, name)
    print("  after del:", [n for n in NAMES if hasattr(obj, n)])

d = D(a=1)
d.__dict__["$m"] = "not the table"
print(d, d["a"], len(d), vars(d))

s = S("xyz")
vars(s).update({"$v": "no"})
print(s, s.upper(), s + "!", len(s))

i = I(7)
setattr(i, "$v", 100)
print(i + 1, i * 2, int(i), str(i), i == 7)
fl = F(1.5)
setattr(fl, "$v", "x")
print(fl + 1, fl == 1.5, repr(fl))
t = T((3, 4))
setattr(t, "$v", 0)
print(t, t[0], len(t), list(t))

print(getattr(Plain(), "$v", "default"), hasattr(L(), "$v"), hasattr(L(), "#x"))

p = Plain()
setattr(p, "then", 1)
setattr(p, "then$", 2)
setattr(p, "#then", 3)
print(p.then, getattr(p, "then$"), getattr(p, "#then"), sorted(vars(p)))
