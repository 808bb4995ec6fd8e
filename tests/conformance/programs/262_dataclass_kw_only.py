# Keyword-only dataclass fields: field(kw_only=True), `_: KW_ONLY`, @dataclass(kw_only=True)
# (issue 14: C(1, b=3, c=4) used to give C(a=1, b=5, c=3)).
import dataclasses
from dataclasses import KW_ONLY, dataclass, field, fields, replace


@dataclass
class C:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 3


print(C(1, b=3, c=4), C(1, 2), C(1), C(a=7, c=8, b=9))
make = C
print(make(1, b=3, c=4), make(*[1, 2], **{"b": 6}))
try:
    C(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


@dataclass
class Marker:
    x: int
    _: KW_ONLY
    y: int
    z: str = "z"


print(Marker(1, y=2), Marker(1, z="q", y=0))
try:
    Marker(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Marker(1)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class AllKw:
    p: int
    q: int = 2
    r: int = field(kw_only=False, default=0)


print(AllKw(9, p=1), AllKw(p=1, q=5))
print([(f.name, f.kw_only) for f in fields(AllKw)])
print(AllKw.__match_args__, Marker.__match_args__, C.__match_args__)


@dataclass
class Base:
    x: int
    y: int = 0


@dataclass
class Derived(Base):
    z: int = field(kw_only=True, default=9)
    w: int = 1


print(Derived(1, 2, 3, z=4), Derived(5), Derived(x=1, w=2))
print(replace(Derived(1), z=0, y=7))


@dataclass
class Mixed:
    name: str
    tags: list = field(default_factory=list, kw_only=True)
    size: int = field(default=1, repr=False)
    _: dataclasses.KW_ONLY
    flag: bool = False


m = Mixed("n", 4, flag=True, tags=["t"])
print(m, m.size, Mixed("o"))


@dataclass(unsafe_hash=True)
class Point:
    x: int
    y: int = field(kw_only=True, default=0)


print(hash(Point(1, y=2)) == hash(Point(1, y=2)), len({Point(1), Point(1), Point(2)}))

match Marker(3, y=4):
    case Marker(x):
        print("matched x =", x)
