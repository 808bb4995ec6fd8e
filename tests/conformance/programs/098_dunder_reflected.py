# Reflected operators, __index__/__int__/__float__, bit and matmul dunders.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __pow__(self, e):
        return Num(self.v ** e)

    def __rpow__(self, b):
        return Num(b ** self.v)

    def __lshift__(self, n):
        return Num(self.v << n)

    def __and__(self, o):
        return Num(self.v & o)

    def __or__(self, o):
        return Num(self.v | o)

    def __matmul__(self, o):
        return f"matmul {self.v} @ {o.v}"

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return int(self.v)

    def __repr__(self):
        return f"Num({self.v})"


print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)), sum([Num(3)]))
print(Num(2) ** 3, 2 ** Num(3), Num(1) << 4, Num(6) & 3, Num(4) | 1, Num(2) @ Num(3))
print(int(Num(7)), float(Num(7)), [10, 20, 30][Num(1)], hex(Num(255)))


class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        return NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented

    def __sub__(self, o):
        return Meters(self.v - o.v)

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"{self.v}m"


print(Meters(1) + Meters(2), sum([Meters(1), Meters(2), Meters(3)]), sorted([Meters(3), Meters(1)]), Meters(5) - Meters(7))
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError", e)
try:
    5 + Meters(1)
except TypeError as e:
    print("TypeError", e)
