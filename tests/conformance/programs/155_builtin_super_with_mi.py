# super() into builtin bases when the project also has multiple inheritance (MRO-walking super).
class A:
    pass


class B:
    pass


class AB(A, B):
    pass


class Stack(list):
    def append(self, v):
        super().append(v * 2)

    def __getitem__(self, i):
        return super().__getitem__(i) + 1


class Name(str):
    def upper(self):
        return "<" + super().upper() + ">"


class Cnt(int):
    def __add__(self, o):
        return Cnt(super().__add__(o) + 100)

    def __repr__(self):
        return f"Cnt({int(self)})"


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])

    def __init__(self, **kw):
        super().__init__()
        for k, v in kw.items():
            self[k] = v


s = Stack([1])
s.append(5)
print(s, s[0], s[1], Name("ab").upper(), Cnt(1) + 2, Pair(1, 2), D(a=1), AB.__mro__)
