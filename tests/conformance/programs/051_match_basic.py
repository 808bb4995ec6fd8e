# match: literal, capture, wildcard, sequence, or, guard.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first!r} ({len(rest)} more)"
        case [first, *rest]:
            return f"seq {first!r} rest={rest!r}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float():
            return f"float {value}"
        case str() as s:
            return f"string of {len(s)}"
        case _:
            return f"other {value!r}"


tests = [0, 1, 3, 4, -7, 2.5, 1.0, "hello", "bye", True, False, None, [], [9], (1, 2), [1, 2, 3], list(range(6)), "ab", {"k": 1}, (), ("x",)]
for t in tests:
    print(repr(t), "->", describe(t))


def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return f"unknown {cmd!r}"


for c in ["go north", "go", "go a b", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "", "dance now"]:
    print(repr(c), "->", command(c))

MAX = 10


class Limits:
    LOW = 1
    HIGH = 10


def dotted(v):
    match v:
        case Limits.LOW:
            return "low"
        case Limits.HIGH:
            return "high"
        case _:
            return "mid"


print([dotted(v) for v in [1, 5, 10]])
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)
match "text":
    case captured:
        print("captured", captured)
match 5:
    case 1:
        print("not this")
print("no match falls through")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
match -1:
    case -1:
        print("negative literal")
match 3:
    case x if x > 5:
        print("big")
    case x:
        print("small", x)
