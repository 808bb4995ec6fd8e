# dataclasses helper functions: asdict, astuple, replace, fields, FrozenInstanceError.
from dataclasses import FrozenInstanceError, asdict, astuple, dataclass, field, fields, replace


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)


a = Item("apple", 0.5)
b = Item("pear", 1.25, 4, ["fruit"])
print(asdict(b), astuple(b))
print(replace(a, qty=10), a)
print([f.name for f in fields(Item)], [f.name for f in fields(a)])


@dataclass
class Order:
    id: int
    items: list


o = Order(1, [a, b])
print(asdict(o))


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print(isinstance(FrozenInstanceError("x"), AttributeError), replace(p, y=9))
