# Subclassing builtins: __new__, keywords, mixins, __init_subclass__, number and str
# subclasses as dict keys and in math.
class Pair(tuple):
    def __new__(cls, a, b=0):
        return super().__new__(cls, (a, b))


print(Pair(a=1, b=2), Pair(1), Pair(*[3, 4]), Pair(**{"a": 5}))
try:
    Pair(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class Mixin:
    def hello(self):
        return f"hello {len(self)}"


class D(dict, Mixin):
    pass


class L(Mixin, list):
    pass


d = D(a=1)
print(d, d.hello(), isinstance(d, dict), isinstance(d, Mixin), D.__mro__)
ll = L([1, 2, 3])
print(ll, ll.hello(), isinstance(ll, list), L.__mro__)
try:
    class Bad(list, dict):
        pass
except TypeError as e:
    print("TypeError", e)


class Reg(dict):
    subclasses = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.subclasses.append(cls.__name__)


class R1(Reg):
    pass


print(Reg.subclasses, R1(x=1))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __init__(self, value):
        self.original = value


u = Upper("abc")
print(u, u.original, len(u), u.lower(), vars(u))


class Cents(int):
    def __new__(cls, dollars):
        return super().__new__(cls, round(dollars * 100))

    def __add__(self, other):
        return Cents((int(self) + int(other)) / 100)

    def __repr__(self):
        return f"Cents({int(self)})"


c = Cents(1.5) + Cents(2.25)
print(c, c + 5, sum([Cents(1), Cents(2)], Cents(0)), type(c).__name__)


class Default(dict):
    def __init__(self, default, *args, **kw):
        super().__init__(*args, **kw)
        self.default = default

    def __getitem__(self, k):
        return super().get(k, self.default)


dd = Default(0, {"a": 1}, b=2)
print(dd["a"], dd["zz"], dd, dd.default, len(dd), dd.get("zz"), {**dd}, dict(dd), list(dd.values()))


class MyList(list):
    def __init__(self, *args):
        super().__init__(args)

    def __iter__(self):
        return iter(sorted(super().__iter__()))


ml = MyList(3, 1, 2)
print(ml, list(ml), [x for x in ml], len(ml), ml[0], *ml, sorted(ml, reverse=True))


class Frozen(frozenset):
    def describe(self):
        return ",".join(str(x) for x in sorted(self))


f = Frozen([2, 1])
print(f, f.describe(), {f: 1}[frozenset([1, 2])], f | {3}, type(f | {3}).__name__, hash(f) == hash(frozenset([1, 2])))


class Num(float):
    pass


n = Num(2.5)
import math
print(math.floor(n), math.sqrt(Num(4)), round(n), int(n), f"{n:08.3f}", n == 2.5, -n, abs(Num(-1)), n ** 2, 2 ** Num(2), divmod(n, 1))
print(str(n), repr(n), max(Num(1), 0.5), min([Num(3), Num(2)]), n.hex(), n.as_integer_ratio(), n.is_integer(), n.real, n.imag)


class Key(str):
    pass


k = Key("a")
data = {k: 1}
print(data, data["a"], "a" in data, list(data)[0] is k, {"a": 1} == {Key("a"): 1}, set([k, "a"]), len({k, "a"}))
print(type(list(data)[0]).__name__, json_like := str(k), k.join(["x", "y"]), k.split(","), k.encode(), k.format())
