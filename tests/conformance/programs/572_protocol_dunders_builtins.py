"""@runtime_checkable protocols with dunder members, checked against builtin values
(typing.SupportsInt-style), and functions' __kwdefaults__."""

from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self) -> int: ...


@runtime_checkable
class SupportsIndex(Protocol):
    def __index__(self) -> int: ...


@runtime_checkable
class SupportsFloat(Protocol):
    def __float__(self) -> float: ...


@runtime_checkable
class SupportsAbs(Protocol):
    def __abs__(self) -> object: ...


@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Container(Protocol):
    def __contains__(self, x: object) -> bool: ...


@runtime_checkable
class Reversible(Protocol):
    def __reversed__(self) -> object: ...


@runtime_checkable
class SupportsAdd(Protocol):
    def __add__(self, other: object) -> object: ...


@runtime_checkable
class Hashable(Protocol):
    def __hash__(self) -> int: ...


class Meters:
    def __init__(self, v: float) -> None:
        self.v = v

    def __float__(self) -> float:
        return self.v

    def __len__(self) -> int:
        return 1


PROTOCOLS = [SupportsInt, SupportsIndex, SupportsFloat, SupportsAbs, Sized, Container,
             Reversible, SupportsAdd, Hashable]
VALUES = [3, True, 2.5, 1j, "s", b"x", [1], (1,), {1: 2}, {1}, frozenset(), range(3), None]

for v in VALUES:
    print(type(v).__name__.ljust(9), " ".join(p.__name__ for p in PROTOCOLS if isinstance(v, p)))

print([p.__name__ for p in PROTOCOLS[:-1] if isinstance(Meters(2.0), p)])
print([issubclass(t, SupportsInt) for t in (int, float, str, bool)])
print([issubclass(t, Sized) for t in (list, dict, int, range)])


def total(*values: object) -> float:
    """Duck typing as real code writes it."""
    out = 0.0
    for v in values:
        if isinstance(v, SupportsFloat):
            out += float(v)
        elif isinstance(v, Sized):
            out += len(v)
    return out


print(total(1, 2.5, True, "abc", [1, 2], Meters(0.5), None))


def kw(a, *, b=2, c="x"):
    return (a, b, c)


def nokw(a, b=1):
    return a + b


print(kw.__kwdefaults__, nokw.__kwdefaults__, (lambda *, z=5: z).__kwdefaults__)
print(nokw.__defaults__, kw.__defaults__)


class Box:
    def put(self, x, *, size=1, tag=None):
        return (x, size, tag)

    def plain(self, x):
        return x


def outer(*args, flag=True, **kw):
    def inner(*, depth=3):
        return depth

    return inner.__kwdefaults__, flag


print(Box().put.__kwdefaults__, Box.put.__kwdefaults__, Box().plain.__kwdefaults__)
print(outer.__kwdefaults__, outer())
