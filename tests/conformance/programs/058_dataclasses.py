# dataclasses: defaults, field(default_factory=...), generated methods.
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


a = Item("apple", 0.5)
b = Item("pear", 1.25, 4, ["fruit"])
c = Item("apple", 0.5)
print(a)
print(b)
print(repr(c), str(c))
print(a == c, a == b, a != b, a is c)
a.tags.append("red")
print(a.tags, c.tags)
print(a.total(), b.total())
print(Item(name="kw", price=2, qty=3))


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    owner: str = "nobody"

    def add(self, item):
        self.items.append(item)
        self.counts[item.name] = self.counts.get(item.name, 0) + item.qty


inv = Inventory()
inv.add(a)
inv.add(b)
inv.add(Item("pear", 1.25))
print(inv.counts, len(inv.items), inv.owner)
print(Inventory(owner="me"))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(Version(1) < Version(1, 1), max(vs), Version(2) >= Version(1, 99))


@dataclass
class Base:
    id: int
    kind: str = "base"


@dataclass
class Derived(Base):
    extra: str = "x"

    def __post_init__(self):
        self.kind = self.kind.upper()


d = Derived(7, extra="y")
print(d, isinstance(d, Base))


@dataclass
class WithRepr:
    secret: str = field(repr=False, default="hidden")
    shown: int = 3
    computed: int = field(init=False, default=0)

    def __post_init__(self):
        self.computed = self.shown * 2


print(WithRepr(), WithRepr(shown=5).computed)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
