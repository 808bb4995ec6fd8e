# enum, collections, math, re, itertools, functools as worker code uses them.
import functools
import itertools
import math
import re
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from enum import Enum, IntEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()

    def describe(self) -> str:
        return f"{self.name}={self.value}"


class Prio(IntEnum):
    LOW = 1
    HIGH = 2


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color))
print(Color.RED.describe(), Prio.HIGH > Prio.LOW, Prio.LOW + 1, isinstance(Color.RED, Color))
for c in Color:
    print(c.name, c.value)
d = {Color.RED: "r"}
print(d[Color.RED])
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
c = Counter("abracadabra")
print(c.most_common(2), c["z"])
dd = defaultdict(list)
dd["x"].append(1)
dd["x"] += [2]
print(dd)
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
print(dq, dq[0], len(dq))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p._replace(x=5), p._asdict())
print(math.floor(2.5), math.sqrt(2), math.pi, math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
m = re.search(r"(\d+)-(\d+)", "tel 12-34")
print(m.group(1), m.groups(), re.sub(r"\s+", " ", "a  b   c"), re.findall(r"\w+", "hi there"))
print(
    list(itertools.islice(itertools.count(5), 3)),
    list(itertools.chain([1], [2, 3])),
    list(itertools.product("ab", repeat=2)),
)
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))


@functools.lru_cache(maxsize=None)  # noqa: UP033 - lru_cache on purpose
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od)
