# __repr__/__str__, __bool__, __hash__, __call__, __getattr__.
class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P(x={self.x!r})"


class Q(P):
    def __str__(self):
        return f"Q with {self.x}"


p, q = P(1), Q("s")
print(p, q, [p, q], (q,), {"k": q}, str(p), repr(q), f"{p} {q} {q!r}")
print("%s %r" % (q, q), "{} {!r}".format(q, q))


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale


m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m), callable(p), callable(len), list(map(m, [1, 2])))


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print([bool(Flag(True)), bool(Flag(False))], Flag(False) or "alt", "yes" if Flag(True) else "no")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"<{self.x},{self.y}>"


pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(2, 1) in pts, {Point(0, 0): "o"}[Point(0, 0)])


class Dyn:
    def __init__(self):
        self.real = "real"

    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no attribute {name}")


d = Dyn()
print(d.real, d.get_thing(), getattr(d, "get_x")(), hasattr(d, "nope"), getattr(d, "nope", "dflt"))


class Default:
    pass


r = repr(Default())
print(r.startswith("<__main__.Default object at 0x"), r.endswith(">"), str(Default()).startswith("<__main__.Default"))


class Strict:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


s = Strict()
print(s.a)


class Named:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        return f"[{self.name:{spec}}]"

    def __len__(self):
        return len(self.name)


n = Named("abc")
print(f"{n:>5}", format(n, "<4"), len(n), bool(Named("")))


class Ctr:
    def __init__(self, n):
        self.n = n

    def __int__(self):
        return self.n

    def __str__(self):
        return f"Ctr#{self.n}"


print(int(Ctr(5)), str(Ctr(5)), [str(Ctr(1))], print is not None)
