"""Fields and attributes named like the properties JS gives objects, functions and arrays
(`length`, `name`, `then`, `constructor`, `toString`, `valueOf`, `toJSON`, `prototype`,
`caller`, `arguments`) are plain Python names (issue 12, items 9 and 10)."""

import dataclasses
from collections import namedtuple
from dataclasses import asdict, astuple, dataclass, fields, replace
from typing import NamedTuple


class Segment(NamedTuple):
    name: str
    length: int


s = Segment("a", 3)
print(s.length, s.name, s, len(s), s._asdict(), s._fields)
print(s._replace(length=5), getattr(s, "length"), hasattr(s, "length"))

Span = namedtuple("Span", ["start", "length", "prototype", "constructor"])
sp = Span(1, 2, 3, 4)
print(sp.length, sp.prototype, sp.constructor, sp, sp._asdict())
print(Span._fields, Span.__name__)


@dataclass
class Odd:
    then: int = 1
    constructor: str = "c"
    toString: str = "s"
    valueOf: float = 2.5
    toJSON: list = dataclasses.field(default_factory=list)
    name: str = "n"
    length: int = 7
    prototype: int = 8
    caller: int = 9
    arguments: tuple = ()


o = Odd(toJSON=[1])
print(asdict(o))
print(astuple(o))
print([f.name for f in fields(o)])
print(o)
print(replace(o, then=2, length=0))
print(o == Odd(toJSON=[1]), o.then, o.constructor, o.length, o.name)
print(type(o).__name__, type(o) is Odd)


class Item:
    name = "class-name"
    length = 10
    prototype = "proto"
    caller = "c"
    arguments = "a"

    def __init__(self):
        self.then_value = None


i = Item()
print(i.name, i.length, i.prototype, i.caller, i.arguments)
print(Item.name, Item.length, Item.prototype, Item.__name__)
i.name = "own"
i.length = 0
print(i.name, i.length, Item.name, Item.length)
print(sorted(k for k in vars(Item) if not k.startswith("__")))
print(sorted(vars(i)))


class Weird:
    def prototype(self):
        return "method prototype"

    def length(self):
        return 42

    def name(self):
        return "method name"


w = Weird()
print(w.prototype(), w.length(), w.name(), Weird.__name__, type(w).__name__)
print(len([1, 2, 3]), hasattr([1], "length"), hasattr("ab", "length"), hasattr((1,), "length"))
try:
    [1, 2].length
except AttributeError as e:
    print("AttributeError:", e)
try:
    b"ab".length
except AttributeError as e:
    print("AttributeError:", e)
