# A mix of the stdlib modules cfpy implements in runtime_shim/js/stdlib/.
import base64
import hashlib
import itertools
import math
import random
import re
import string
import uuid
from collections import Counter, defaultdict, deque, namedtuple
from enum import Enum, IntEnum
from functools import cmp_to_key, partial, total_ordering, wraps
from urllib.parse import parse_qs, quote, urlencode, urljoin, urlparse


@total_ordering
class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self) -> str:
        return f"V{self.major}.{self.minor}"


vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), Version(1, 0) >= Version(0, 9), Version(1, 0) <= Version(0, 9), max(vs))


def compare(a, b):
    return len(a) - len(b)


print(sorted(["ccc", "a", "bb"], key=cmp_to_key(compare)))


def power(base, exp=2):
    return base**exp


cube = partial(power, exp=3)
print(cube(2), partial(power, 5)(), cube.keywords, cube.args)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)

    return inner


@logged
def add(a, b=1):
    return a + b


print(add(1), add(1, b=5), add.__name__)


class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"

    def label(self) -> str:
        return self.value.title()

    @classmethod
    def parse(cls, s: str) -> "Shape":
        return cls(s.lower())


print(
    Shape.parse("CIRCLE"),
    Shape.SQUARE.label(),
    [s.name for s in Shape],
    Shape.CIRCLE == Shape.CIRCLE,
    Shape.CIRCLE != Shape.SQUARE,
)


class Level(IntEnum):
    DEBUG = 10
    INFO = 20


print(
    Level.INFO > 15,
    sorted([Level.INFO, Level.DEBUG]),
    Level(10).name,
    int(Level.INFO),
    f"{Level.DEBUG:>5}",
)

c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2, (c1 + c2).total(), c1 == Counter({"a": 3, "b": 1}))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(2), sorted(Counter(words).elements())[:4])
g = defaultdict(set)
g["a"].add(1)
print(dict(g), "a" in g, g.get("zz"))
dq = deque(range(5))
dq.rotate(-2)
dq.appendleft(9)
print(dq, dq.pop(), dq.popleft(), list(reversed(dq)))
Pt = namedtuple("Pt", ["x", "y"], defaults=[0])
a, b = Pt(3)
print(a, b, Pt._fields, Pt(1, 2) == (1, 2), Pt(1, 2)[1], sorted([Pt(2, 1), Pt(1, 5)]))

print([list(g) for k, g in itertools.groupby("aaabccdd")], list(itertools.accumulate([1, 2, 3, 4])))
print(
    list(itertools.permutations("abc", 2))[:4],
    list(itertools.combinations(range(4), 3)),
    list(itertools.zip_longest("ab", "xyz", fillvalue="-")),
)
print(
    list(itertools.starmap(pow, [(2, 3), (3, 2)])),
    list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])),
    list(itertools.pairwise("abcd")),
)
it1, it2 = itertools.tee([1, 2, 3])
print(
    list(it1),
    list(it2),
    list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])),
    list(itertools.repeat("x", 3)),
)

print(
    re.split(r"[,;]\s*", "a, b;c"),
    re.sub(r"(?P<word>\w+)@(\w+)", r"\g<word> at \2", "joe@ex"),
    re.fullmatch(r"\d{3}", "123") is not None,
)
pat = re.compile(r"(?P<key>\w+)=(?P<val>[^&]*)")
print([m.groupdict() for m in pat.finditer("a=1&b=two")], pat.groupindex["val"], pat.pattern)
print(
    re.findall(r"(\w)(\d)", "a1 b2 c"),
    re.match(r"^hello", "Hello", re.I).group(),
    re.escape("1.5*2"),
)

print(
    math.factorial(10),
    math.comb(10, 3),
    math.perm(5, 2),
    math.ceil(-1.5),
    math.trunc(-2.7),
    math.hypot(3, 4.5),
    math.fsum([0.1] * 3),
)
print(
    math.inf > 1e308,
    math.isnan(math.nan),
    math.prod([1, 2, 3, 4]),
    math.lcm(4, 6),
    math.sin(1),
    math.atan2(1, 2),
    math.exp(0.5),
)
print(string.capwords("hello world"), string.ascii_uppercase[:5], string.digits)
print(
    base64.b64encode(b"hello world"),
    base64.b64decode("aGVsbG8="),
    base64.urlsafe_b64encode(b"\xfb\xff"),
    base64.b16encode(b"hi"),
)
print(
    hashlib.sha256(b"abc").hexdigest()[:16],
    hashlib.md5(b"x").hexdigest(),
    hashlib.sha1(b"").digest()[:4],
)
random.seed(7)
print(
    random.randint(1, 6),
    random.choice(["a", "b", "c"]),
    random.sample(range(10), 3),
    round(random.random(), 6),
)
u = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print(u, u.version, repr(u), len(str(uuid.uuid4())))
r = urlparse("https://user@host.com:8443/p/a?q=1#f")
print(
    r.scheme,
    r.hostname,
    r.port,
    r.path,
    urlencode({"q": "a b", "n": 1}),
    parse_qs("x=1&x=2"),
    quote("a b/c"),
    urljoin("http://a/b/c", "../d"),
)
