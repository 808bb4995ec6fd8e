# frozen dataclasses, hashing, eq=False, class vars.
from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, p.moved(1, 1), p.norm1, p == Point(1, 2))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__, e)
print(hash(p) == hash(Point(1, 2)), len({p, Point(1, 2), Point(2, 1)}), {p: "here"}[Point(1, 2)])


@dataclass
class Mutable:
    v: int


try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError", e)


@dataclass(eq=False)
class Identity:
    v: int


i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, len({i1, i2}))


@dataclass
class Counter:
    total: ClassVar[int] = 0
    name: str = "c"

    def __post_init__(self):
        Counter.total += 1


Counter()
Counter("x")
print(Counter.total, Counter("y"))


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c")]
print(sorted(cards), Card(10, "h") == Card(10, "c"))


@dataclass
class Config:
    host: str = "localhost"
    port: int = 8080
    tags: tuple = ()
    options: dict = field(default_factory=lambda: {"debug": False})


c1 = Config()
c2 = Config(port=9000, tags=("a",))
c1.options["debug"] = True
print(c1, c2)
print(c1 == Config(options={"debug": True}))


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)

    def total(self):
        return self.value + sum(ch.total() for ch in self.children)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t.total())
print(t)
