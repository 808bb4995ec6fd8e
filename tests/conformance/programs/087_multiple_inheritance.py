# Multiple inheritance, MRO and cooperative super().
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(isinstance(D(), C), issubclass(D, B), issubclass(D, A))


class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ann", 3)
print(u, u.to_json(), [c.__name__ for c in User.__mro__])


class Base:
    def __init__(self, **kw):
        self.log = ["Base"]


class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")


class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")


class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")


print(Both().log)
