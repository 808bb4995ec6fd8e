"""Calls to project classes with the wrong arguments: CPython's TypeError, also for a
dataclass's generated __init__ (required fields, too many, unknown keyword)."""

from dataclasses import dataclass
class K:
    def __init__(self, a, b):
        self.a = a
@dataclass
class D:
    name: str
    price: float
    qty: int = 0
for f in (lambda: K(), lambda: D(), lambda: D("x"), lambda: D("a", 1, 2, 3), lambda: D(nme=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
