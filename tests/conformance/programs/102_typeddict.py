# TypedDict and TYPE_CHECKING are erased: TypedDict values are plain dicts.
from __future__ import annotations

from typing import TYPE_CHECKING, NotRequired, TypedDict

if TYPE_CHECKING:
    from collections.abc import Sequence


class User(TypedDict):
    name: str
    age: int


class Partial(TypedDict, total=False):
    nickname: str


class Event(TypedDict):
    kind: str
    user: User
    tags: NotRequired[list[str]]


def make_user(name: str, age: int = 0) -> User:
    return {"name": name, "age": age}


def total_age(users: Sequence[User]) -> int:
    return sum(u["age"] for u in users)


u = make_user("ann", 31)
print(u, type(u).__name__, total_age([u, make_user("bob", 4)]))
literal: User = {"name": "cid", "age": 2}
print(literal, literal == {"name": "cid", "age": 2}, isinstance(literal, dict))
p: Partial = {}
p["nickname"] = "nick"
print(p, p.get("nickname"), len(p))
ev: Event = {"kind": "login", "user": u}
ev["tags"] = ["web"]
print(ev, ev["user"]["name"], ev.get("tags", []))
called = User(name="dan", age=5)
print(called, type(called).__name__)
print(TYPE_CHECKING)
