# Mixed-in enums: class Color(str, Enum) / class Level(int, Enum) members are strs / ints that print as members.
import json
from enum import Enum, IntEnum, auto


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


class Level(int, Enum):
    LOW = 1
    HIGH = 2


class Prio(IntEnum):
    A = 1
    B = 2


print(Color.RED, repr(Color.RED), Color.RED.value, Color.RED == "red", Color("blue"), Color.RED.upper(), isinstance(Color.RED, str))
print(json.dumps({"c": Color.RED}), {"red": 1}[Color.RED], Color.RED in ["red"], len(Color.RED), Color.RED + "!")
print(Level.LOW, Level.HIGH + 1, Level.LOW < Level.HIGH, Level(2), sorted([Level.HIGH, Level.LOW]), json.dumps(Level.HIGH))
print(Prio.A, Prio.B * 3, Prio.A == 1, [1, 2][Prio.A], f"{Prio.B}", int(Prio.B), Prio(1).name)
print(f"{Color.RED}", f"{Level.LOW}", str(Color.BLUE), "%s" % Level.HIGH)
print(Color("red") is Color.RED, Color.RED.name, list(Color), Color["BLUE"], Color.RED in {"red"}, {Color.RED: 1}["red"], type(Color.RED).__name__)
print(Level.HIGH * 2, Level.LOW == 1, 1 == Level.LOW, hash(Level.LOW) == hash(1), [10, 20, 30][Level.HIGH], list(Level), Level.HIGH.value)


class Method(str, Enum):
    GET = "GET"
    POST = "POST"

    def __str__(self):
        return self.value


def route(m):
    match m:
        case Method.GET:
            return "read"
        case Method.POST:
            return "write"
    return "?"


print(Method("POST"), route(Method.GET), route("POST"), f"{Method.GET}", Method.GET.lower(), sorted(Method))


class C(str, Enum):
    A = auto()
    B = auto()


class N(int, Enum):
    X = auto()
    Y = auto()


print(repr(C.A), C.A.value, C.A == "1", repr(N.Y), N.Y + 0)
