# typing constructs that exist at run time: cast, Protocol, NamedTuple, NewType.
from typing import NamedTuple, NewType, Protocol, cast


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


def run(g: Greeter) -> str:
    return g.greet("x")


print(run(English()))
w = cast(int, "not really an int")
print(w, cast("list[int]", [1]))
UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, uid + 1)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.x, p[1], p.norm1(), Point(1), p == (3, -4), p._replace(x=0))
from typing import Any, Dict, Optional

JsonDict = Dict[str, Any]
MaybeInt = Optional[int]


def parse(d: JsonDict) -> MaybeInt:
    return d.get("n")


print(parse({"n": 3}), parse({}))
