# Annotations are erased: typing, __future__ annotations, TypedDict, Protocol.
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Callable, Dict, List, Optional, Tuple, Union


User = dict


def make_user(name: str, age: int = 0) -> User:
    return {"name": name, "age": age}


def total_age(users: list[User]) -> int:
    return sum(u["age"] for u in users)


def maybe(x: Optional[int] = None) -> Union[int, str]:
    return x if x is not None else "none"


def apply(fn: Callable[[int], int], v: int) -> int:
    return fn(v)


class Greeter:
    def greet(self, name: str) -> str: ...


class English:
    greeting: str = "Hello"
    count: int

    def __init__(self) -> None:
        self.count: int = 0

    def greet(self, name: str) -> str:
        self.count += 1
        return f"{self.greeting}, {name}"


def run(g: Greeter, names: Iterable[str]) -> List[str]:
    return [g.greet(n) for n in names]


u = make_user("ann", 31)
print(u, type(u).__name__, total_age([u, make_user("bob", 4)]))
print(maybe(), maybe(5), apply(lambda v: v * 3, 7))
e = English()
print(run(e, ["x", "y"]), e.count)
x: int = 5
y: Dict[str, Tuple[int, ...]] = {"a": (1, 2)}
z: Any
print(x, y)
try:
    print(z)
except NameError as err:
    print("NameError", err)
w: "int" = "not really an int"  # type: ignore[assignment]
print(w)
p: "dict[str, str]" = {}
p["nickname"] = "nick"
print(p)


def annotated(a: "Forward", *args: int, key: str = "k", **kw: Any) -> "None":
    print(a, args, key, kw)


annotated(1, 2, 3, key="v", extra=True)
values: list[int] = []
values.append(1)
print(values)
counter: dict[str, int] = {}
counter["a"] = counter.get("a", 0) + 1
print(counter)


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def to_list(self) -> list[int]:
        out: list[int] = []
        node: Node | None = self
        while node is not None:
            out.append(node.value)
            node = node.next
        return out


print(Node(1, Node(2, Node(3))).to_list())
