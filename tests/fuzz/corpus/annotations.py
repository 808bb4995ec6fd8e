# Annotated assignments in every scope and on every target kind.
from typing import Any, ClassVar

count: int
count: int = 0
name: "str" = "x"
pair: tuple[int, int] = (1, 2)
obj: Any = type("O", (), {})()
obj.attr: int = 5
items: list[int] = [0]
items[0]: int = 1
(paren): int = 2


class Model:
    id: int
    title: str = "untitled"
    tags: ClassVar[list[str]] = []
    nested: dict[str, list[tuple[int, ...]]] = {}

    def __init__(self) -> None:
        self.id: int = 0
        local: float = 1.0
        unset: str
        self.title = str(local)


def f(x: int) -> None:
    y: int
    z: list[int] = [x]
    global count
    count += 1


print(count, name, pair, obj.attr, items, paren, Model().title)
