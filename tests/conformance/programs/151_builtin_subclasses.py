# Subclassing builtin types: the parts worker code leans on.
import json


class Headers(dict):
    """Case-insensitive header map."""

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def __missing__(self, key):
        return "<none>"


h = Headers()
h["Content-Type"] = "text/plain"
h["X-Id"] = 7
print(h, h["CONTENT-TYPE"], "x-id" in h, "X-ID" in h, h["nope"], len(h), sorted(h))
print(json.dumps(h), isinstance(h, dict), type(h).__name__, h == {"content-type": "text/plain", "x-id": 7})
print(dict(h), list(h.items()), h.get("X-Id"), h.get("x-id"))


class Counter2(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


c = Counter2()
for w in "a b a c a".split():
    c[w] += 1
print(c, max(c, key=c.get))


class Path(str):
    def parts(self):
        return [p for p in self.split("/") if p]

    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)


p = Path("/api/v1")
q = p / "users"
print(q, type(q).__name__, q.parts(), q.upper(), type(q.upper()).__name__, len(q))
print(q == "/api/v1/users", q < "/b", "api" in q, q[1:4], q.startswith("/api"), f"[{q:>16}]")
print("-".join([p, q]), {p: 1}["/api/v1"], {"/api/v1": 2}[p], p in {"/api/v1"}, hash(p) == hash("/api/v1"))
print(json.dumps({"p": p}), repr(p), str(p), str(p) == p, type(str(p)).__name__, p + "!", "!" + p)
print("%s|%r" % (p, p), "{}|{!r}".format(p, p), p * 2, p.split("/"))


class Money(int):
    def __str__(self):
        return f"${int(self) / 100:.2f}"


m = Money(1999)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, -m, abs(Money(-5)), m // 100, m % 100, divmod(m, 100))
print(m > 1000, m == 1999, 1999 == m, sorted([Money(3), 1, Money(2)]), m.bit_length(), isinstance(m, int))
print(f"{m}", f"{m:,}", f"{m:>8}", "%d" % m, int(m), float(m), round(m, -2), {m: "x"}[1999], json.dumps(m))
print(bool(Money(0)), bool(m), [Money(1)], hex(Money(255)), range(Money(3)), list(range(Money(2))))


class Ratio(float):
    def percent(self):
        return f"{self * 100:.1f}%"


r = Ratio(0.25)
print(r, r.percent(), r + 1, r * 4, type(r * 4).__name__, r.is_integer(), Ratio(2), Ratio("1.5"), isinstance(r, float))
print(r < 1, r == 0.25, round(r, 1), int(Ratio(3.7)), f"{r:.3f}", json.dumps([r]))


class Stack(list):
    def push(self, v):
        self.append(v)

    def top(self):
        return self[-1]

    def sort(self, **kw):
        super().sort(**kw)
        return self


s = Stack([3, 1, 2])
s.push(5)
print(s, s.top(), s.sort(), s.sort(reverse=True), len(s), s[1:], s + [0], [0] + s, s * 2, 2 in s)
s += [9]
s.extend(Stack([8]))
print(s, s.pop(), s.index(5), s.count(3), list(reversed(s)), sorted(s), sum(s), min(s), json.dumps(s))
print(s == [5, 3, 2, 1, 9], [5, 3, 2, 1, 9] == s, s != [], s > [1], isinstance(s, list), issubclass(Stack, list))
del s[0]
s[0] = 30
print(s, bool(Stack()), Stack() == [], Stack("ab"), type(s.copy()).__name__, [x * 2 for x in s])
a, *rest = s
print(a, rest, *s)


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self


t = Tags([1, 2])
t.add_all(3, 2)
print(t, len(t), 3 in t, t | {9}, type(t | {9}).__name__, sorted(t), isinstance(t, set), Tags())


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __add__(self, other):
        return Point(self[0] + other[0], self[1] + other[1])


pt = Point(1, 2) + Point(3, 4)
print(pt, pt.x, type(pt).__name__, pt == (4, 6), {pt: 1}[(4, 6)], len(pt), list(pt), tuple(pt), max(pt))
x, y = pt
print(x, y, isinstance(pt, tuple), pt[::-1])


class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst

    def __init__(self):
        self.count += 1


print(Singleton() is Singleton(), Singleton().count)


class Record:
    def __init__(self, name):
        self.name = name

    def __setattr__(self, key, value):
        if key == "name" and not isinstance(value, str):
            raise TypeError("name must be a str")
        super().__setattr__(key, value.strip() if isinstance(value, str) else value)


rec = Record("  ann ")
rec.age = 3
rec.name = " bo"
print(rec.name, rec.age, vars(rec))
try:
    rec.name = 5
except TypeError as e:
    print("TypeError", e)
setattr(rec, "name", " cy ")
print(rec.name)


class Base(object):
    def __init__(self, v):
        self.v = v


class Child(Base):
    pass


print(Child(3).v, isinstance(Child(3), object), Base.__mro__, Stack.__mro__, Headers.__bases__)
