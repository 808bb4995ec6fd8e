"""`yield` in a lambda default or a decorator makes the enclosing function a generator;
an f-string with one `{x=}` field used as an object (fuzz findings)."""

x = 5
print(f"{x=}".upper(), f"{x!r}".zfill(4), len(f"{x=}"))
def g():
    f = lambda v=(yield 1): v
    yield f()
it = g()
print(next(it), it.send(9))
def deco_gen():
    @(yield "d")
    def inner():
        return 3
    yield inner
gg = deco_gen()
print(next(gg))
print(gg.send(lambda fn: fn)())
