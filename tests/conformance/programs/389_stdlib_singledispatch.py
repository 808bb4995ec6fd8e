"""functools.singledispatch: dispatch on the first argument's class and MRO (registration by class)."""
from functools import singledispatch


@singledispatch
def describe(x, *, verbose=False):
    """Describe a value."""
    return f"object {x!r}" + (" (verbose)" if verbose else "")


@describe.register(int)
def _(x, *, verbose=False):
    return f"int {x}"


@describe.register(list)
def _(x, *, verbose=False):
    return "list of " + ", ".join(describe(i) for i in x)


def describe_str(x, *, verbose=False):
    return f"str {x!r}" + (" (verbose)" if verbose else "")


describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(x, *, verbose=False):
    return "animal " + type(x).__name__


print(describe(3), describe(True), describe(2.5), describe("hi", verbose=True))
print(describe([1, "a", [2]]), describe(Dog()), describe(None), describe((1,)))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Dog).__name__)
print(describe.__name__, describe.__doc__)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
