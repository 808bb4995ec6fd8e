"""A comprehension in a class body does not see the class's names (except in its first
iterable); `__debug__` is True; `__annotations__` holds the module's and each class's
annotations (issue 12, "Smaller")."""

from typing import Any, NamedTuple
import dataclasses

x = "module"


class C:
    x = "class"
    ys = [x for _ in range(2)]
    zs = [i for i in [x]]
    ws = {k: x for k in (x, x + "2")}
    gs = list(x for _ in "ab")
    nested = [[x for _ in range(1)] for _ in [x]]


print(C.ys, C.zs, C.ws, C.gs, C.nested)


def outer():
    y = "local"

    class D:
        y = "class"
        ys = [y for _ in range(1)]
        firsts = [c for c in y]

    return D


print(outer().ys, outer().firsts)

try:
    class H:
        q = 5
        r = [q for _ in range(2)]
except NameError as e:
    print("NameError:", e)


class E:
    v = 3

    def get(self):
        return [self.v * i for i in range(3)]


print(E().get())

print(__debug__, not __debug__, type(__debug__).__name__)
if __debug__:
    print("debug on")

a: int = 3
b: "Later"
c: Any = None
print(__annotations__)
if a:
    d: str = "x"
print(__annotations__, a, d, "b" in __annotations__)


def read_module_annotations():
    return sorted(__annotations__)


print(read_module_annotations())


class K:
    q: int = 1
    r: str
    s = 5
    t: "K"
    u: Any = None
    names = list(__annotations__)


print(K.__annotations__, K.q, K.s, hasattr(K, "r"), K.names)
print(K().__annotations__ is K.__annotations__)


class Sub(K):
    pass


print(Sub.__annotations__)


@dataclasses.dataclass
class P:
    x: int
    y: float = 0.5


print(P.__annotations__, P(1))


class NT(NamedTuple):
    a: int
    b: str = "b"


print(NT.__annotations__, NT(1))
