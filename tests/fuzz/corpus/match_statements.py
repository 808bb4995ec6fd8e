# match: every pattern kind, guards, nesting, captures, and soft-keyword names.
match = 1  # `match` and `case` are soft keywords: still usable as names
case = 2
_ = 3


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def classify(subject):
    match subject:
        case None:
            return "none"
        case True | False:
            return "bool"
        case 0 | 1 | -1 | 1.5 | -2.5 | "str" | b"bytes":
            return "literal"
        case [] | ():
            return "empty"
        case [x]:
            return ("one", x)
        case [x, y, *rest] if rest:
            return ("many", x, y, rest)
        case (x, *_, y):
            return ("ends", x, y)
        case {"k": v, **others}:
            return ("map", v, others)
        case {1: _, "a": [_, _]}:
            return "map2"
        case {}:
            return "anymap"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return ("axis", y)
        case Point(x=px, y=py) if px == py:
            return "diag"
        case str() | bytes():
            return "text"
        case int(n) if n > 100:
            return "big"
        case [Point(x, _) as p, {"z": [1, (2 | 3) as q]}]:
            return (x, p, q)
        case (1 | 2) as small:
            return small
        case match.real:
            return "dotted"
        case other:
            return ("other", other)


def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            match direction:
                case "north":
                    return 1
                case _:
                    return 2
        case ["drop", *objects]:
            for o in objects:
                match o:
                    case "x":
                        break
            return objects
        case _:
            pass


match (1, 2):
    case (a, b):
        print(a, b)
match [1, 2]:
    case [*all_items]:
        print(all_items)
match {"a": 1}:
    case {"a": 1 as one, **kw} if one:
        print(kw)
print(classify(None), classify([1, 2, 3]), classify(Point(0, 5)), nested("go north"), match, case)
