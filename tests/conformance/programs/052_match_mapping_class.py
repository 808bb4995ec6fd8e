# match: mapping and class patterns.
from dataclasses import dataclass


def handle(event):
    match event:
        case {"type": "click", "pos": [x, y]}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {sorted(rest)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unhandled type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"


for ev in [
    {"type": "click", "pos": [1, 2]},
    {"type": "click", "pos": (3, 4), "extra": 1},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "alt": False},
    {"type": "key", "key": 5},
    {"type": "scroll"},
    {"other": 1},
    [("type", "click")],
]:
    print(handle(ev))


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    r: float


class Shape:
    __match_args__ = ("kind", "size")

    def __init__(self, kind, size):
        self.kind = kind
        self.size = size


def where(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere {obj}"
        case Circle(Point(x=cx, y=cy), r=r) if r > 10:
            return f"big circle at {cx},{cy}"
        case Circle(center=c, r=r):
            return f"circle r={r} c={c}"
        case Shape("square", s):
            return f"square {s}"
        case Shape(kind=k):
            return f"shape {k}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"str {s}"
        case list((1, *_)):
            return "list starting with 1"
        case dict():
            return "a dict"
        case _:
            return "unknown"


for o in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(0, 0), 1),
          Shape("square", 4), Shape("tri", 3), 7, 2.5, "s", [1, 2], [2], {}, None]:
    print(where(o))


def parse(msg):
    match msg:
        case {"status": 200 | 201 as code, "body": body}:
            return f"ok {code}: {body}"
        case {"status": int(code)} if code >= 500:
            return f"server error {code}"
        case {"status": code, **rest}:
            return f"status {code}, extra keys {list(rest)}"


print(parse({"status": 201, "body": "created"}))
print(parse({"status": 503}))
print(parse({"status": 404, "a": 1, "b": 2}))
print(parse({"nope": 1}))
