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


from typing import overload  # noqa: E402


@overload
def twice(x: int) -> int: ...
@overload
def twice(x: str) -> str: ...
def twice(x):
    return x * 2


print(twice(2), twice("ab"))


@overload
def only_overloads(x: int) -> int: ...


try:
    only_overloads(1)
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])
