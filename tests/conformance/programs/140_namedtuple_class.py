# class P(NamedTuple): fields, defaults, methods, properties, keywords, unpacking, errors.
import typing
from typing import NamedTuple


class Row(NamedTuple):
    """A row."""

    name: str
    score: int = 0
    tags: tuple = ()

    @property
    def label(self):
        return f"{self.name}:{self.score}"

    def bump(self, n=1):
        return self._replace(score=self.score + n)


class Pair(typing.NamedTuple):
    a: int
    b: int


r = Row("ann", 3)
print(r, Row._fields, r._asdict(), Row(name="bo", tags=("x",)), r.label, r.bump(2), r.bump())
name, score, tags = r
print(name, score, tags, len(r), r[-1], list(r), sorted([Row("b", 1), Row("a", 2)]))
print(Pair(1, 2), Pair(b=2, a=1) == (1, 2), hash(Pair(1, 2)) == hash((1, 2)), isinstance(r, tuple))
try:
    Pair(1)
except TypeError as e:
    print("TypeError", e)
