# Class bodies: attributes, methods of every kind, dunders, JS-sensitive member names.
class Plain:
    pass


class Members:
    count = 0
    names: list = []
    annotated_only: int
    constructor = "not the JS constructor"
    __proto__ = 1
    length = 2
    name = "n"

    def __init__(self, value=0):
        self.value = value
        Members.count += 1

    def __repr__(self):
        return f"Members({self.value!r})"

    def __eq__(self, other):
        return isinstance(other, Members) and other.value == self.value

    def __hash__(self):
        return hash(self.value)

    def __len__(self):
        return 1

    def __getitem__(self, key):
        return key

    def __call__(self, *args):
        return args

    def __iter__(self):
        yield self.value

    def __add__(self, other):
        return Members(self.value + other.value)

    def __bool__(self):
        return True

    def __contains__(self, item):
        return False

    def constructor(self):
        return "method named constructor"

    def toString(self):
        return "js name"

    def split(self, sep=None):
        return [self]

    @staticmethod
    def static(x, y=2):
        return x + y

    @classmethod
    def create(cls, *args, **kwargs):
        return cls(*args)

    @property
    def double(self):
        return self.value * 2

    @double.setter
    def double(self, v):
        self.value = v // 2


class Child(Members):
    def __init__(self):
        super().__init__(5)

    def split(self, sep=None):
        return super().split(sep)

    def __repr__(self):
        return "Child:" + super().__repr__()


class Keywords(Plain, metaclass=type):
    pass


class Multi(Plain, Members):
    pass


class WithStatements:
    if True:
        x = 1
    for i in range(3):
        pass
    del_me = 1
    del del_me
    a, b = 1, 2
    c = d = 3
    e = 1
    e += 1 if False else 0


m = Members(3)
m.double = 10
print(m, m.double, m == Members(5), len(m), m[1], m(1, 2), list(m), m + m, bool(m), 1 in m)
print(Members.static(1), Members.create(2), Child(), m.constructor(), m.split(), Child().split())
