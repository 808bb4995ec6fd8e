# __eq__, ordering dunders, functools.total_ordering, __hash__.
import functools


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"Money({self.cents})"


a, b, c = Money(100), Money(250), Money(100)
print(a == c, a != b, a is c, a == 100, a != "x", a < b, b > a, a <= c, b >= a)
print(sorted([b, a, Money(5)]), max(a, b), min([b, c]))
print(len({a, b, c}), {a: "x"}[c], a in [Money(100)], Money(7) in {Money(7)})


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 > v2, v1 <= v2, v1 >= v2, v1 == Version(1, 2), v1 != v2)
print(sorted([v2, Version(0, 9), v1]))


class NoEq:
    pass


n1, n2 = NoEq(), NoEq()
print(n1 == n2, n1 == n1, n1 != n2)
try:
    print(n1 < n2)
except TypeError as e:
    print("TypeError", e)


class Reverse:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("Reverse.__gt__ called")
        return self.v > other


print(5 < Reverse(10))


class EqOnly:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.k == other.k


try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError", e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), [EqOnly(3)].index(EqOnly(3)), [EqOnly(1)].count(EqOnly(1)))
print(EqOnly(1) in [EqOnly(0), EqOnly(1)], (EqOnly(2),) == (EqOnly(2),))


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())


d = {Key("Content-Type"): "json"}
print(d[Key("content-type")], Key("A") in {Key("a")}, len({Key("x"), Key("X")}))
