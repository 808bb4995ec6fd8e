"""typing.Protocol at run time: @runtime_checkable isinstance()/issubclass() check the
members, as CPython 3.11 does (pyperformance typing_runtime_protocols)."""

from typing import Protocol, final, runtime_checkable


@runtime_checkable
class HasX(Protocol):
    """A data member."""

    x: int


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Both(Closeable, Protocol):
    name: str


class NotChecked(Protocol):
    def run(self) -> None: ...


class A:
    x = 1


class B:
    def __init__(self) -> None:
        self.x = 2

    def close(self) -> None:
        pass


class C:
    close = None


class Explicit(Closeable):
    def close(self) -> None:
        print("closed")


class PropX:
    @property
    def x(self) -> int:
        return 3


@final
class D(B):
    name = "d"


for obj in [A(), B(), C(), Explicit(), PropX(), D(), 3, "s"]:
    print(type(obj).__name__, isinstance(obj, HasX), isinstance(obj, Closeable), isinstance(obj, Both))
print(issubclass(B, Closeable), issubclass(A, Closeable), issubclass(C, Closeable), issubclass(Explicit, Closeable))
print(isinstance(Explicit(), Explicit), issubclass(Explicit, Explicit), isinstance(B(), Explicit))
for check in [lambda: isinstance(A(), NotChecked), lambda: issubclass(A, HasX)]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
try:
    runtime_checkable(A)
except TypeError as e:
    print("TypeError:", type(e).__name__)
Explicit().close()
