# str.format.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=42))
print("{0[0]} {0[1]}".format(["first", "second"]))
print("{d[key]} {d[other]}".format(d={"key": "v", "other": 2}))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("r", "l", "c", "m"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}".format(1, 2, 3, 4, 5))
print("{:.2f}|{:10.3f}|{:e}|{:g}|{:%}".format(3.14159, 2.0, 1234.5, 0.00001, 0.25))
print("{:,}|{:_}|{:,.2f}|{:x}|{:#b}".format(1234567, 1234567, 1234567.891, 255, 5))
print("{!r} {!s} {!a}".format("q", "q", "ü"))
print("{{literal}} {}".format(1))
print("{:{}}|{:{}.{}f}".format("w", 5, 3.14159, 8, 2))
print("{0:{1}}|".format("nest", 8))
print("{:>{width}}|".format("x", width=4))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, 4)
print("({0.x}, {0.y})".format(p))
print("{p.x}-{p.y}".format(p=p))
print("{} {}".format(None, True), "{}".format([1, "a"]), "{}".format((1,)))
print("{}".format(1.0), "{}".format(0.1 + 0.2), "{:}".format(2.5))
print("{:s}".format("str"), "{:10}|".format("pad"), "{:10}|".format(42))
print("{:c}".format(65), "{:o}".format(64), "{:X}".format(48879))
try:
    print("{} {}".format("only"))
except IndexError as e:
    print("IndexError", e)
try:
    print("{missing}".format(x=1))
except KeyError as e:
    print("KeyError", e)
try:
    print("{:d}".format("s"))
except ValueError as e:
    print("ValueError", e)
template = "{greeting}, {name}! You have {count} new {noun}."
for count in [0, 1, 5]:
    print(template.format(greeting="Hi", name="Ann", count=count, noun="message" if count == 1 else "messages"))
data = {"user": "ann", "id": 7}
print("{user}#{id}".format(**data))
args = ["a", "b", "c"]
print("{2}{1}{0}".format(*args))
print(format(3.14159, ".3f"), format(42, "08b"), format("x", "^5"), format(1234, ","))
