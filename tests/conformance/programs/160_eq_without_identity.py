# `==` asks __eq__ even for the same object; containers compare items identity-first.
nan = float("nan")
z = complex(nan, 1)
print(z == z, z != z, [z] == [z], z in [z], (z,) == (z,), {1: z} == {1: z}, nan == nan, [nan] == [nan])


class Never:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


class Shrug:
    def __eq__(self, other):
        return NotImplemented


n, s = Never(), Shrug()
print(n == n, n != n, [n] == [n], n in [n], [n].count(n), [n].index(n), s == s, s != s, s == n, n == s, s == Shrug())
d = {n: 1}
print(d[n], n in d, n in {n}, {n: 1} == {n: 1})


class Sym:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return f"({self.name} == {getattr(other, 'name', other)})"


x = Sym("x")
print(x == x, x == 3, 3 == x, x != x)
