"""`X | Y` between types: types.UnionType (repr, __args__, ==, hash) accepted by isinstance and issubclass."""
class C: pass
class D(C): pass
u = C | None
print(u, u.__args__[1], isinstance(None, u), isinstance(D(), u), isinstance(3, u))
print(int | str == str | int, (int | str) | float, int | int, hash(int | str) == hash(str | int))
print(issubclass(D, int | C), issubclass(bool, str | float))
try:
    3 | int
except TypeError as e:
    print(e)
def f(x: int | None = None) -> str | None:
    return None if x is None else str(x)
print(f(), f(2), 5 | 3, True | False)
print(isinstance(3, int | float), isinstance("x", int | float), isinstance(None, int | None))
Number = int | float
print([isinstance(v, Number) for v in (1, 2.5, "3", None, True)])
print(type(int | str).__name__, (int | str).__args__)
