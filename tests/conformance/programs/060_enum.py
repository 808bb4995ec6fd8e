# enum.Enum, IntEnum, auto, iteration, lookup.
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["RED"], Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(list(Color), [c.name for c in Color], len(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED).__name__)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def label(self):
        return self.value.title()

    def is_active(self):
        return self is Status.ACTIVE

    @classmethod
    def parse(cls, s):
        return cls(s.lower())


print(Status.parse("ACTIVE"), Status.ACTIVE.label, Status.INACTIVE.is_active(), Status.ACTIVE.is_active())
print({s.value: s.name for s in Status})
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.RED], Color.GREEN in d, d)


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print(Level.MID, repr(Level.MID), Level.MID == 5, Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]))
print(Level(10).name, max(Level).name, int(Level.MID))


class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()


print([(m.name, m.value) for m in Auto])


def react(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "cool color"


print([react(c) for c in Color])
print(f"{Color.RED}", f"{Color.RED.name}", str(Status.ACTIVE), f"{Level.MID}")
print(Color.RED.__class__.__name__, Color.__name__, hash(Color.RED) == hash(Color.RED))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.EARTH.radius, Planet.MERCURY.value)
