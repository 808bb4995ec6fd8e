# Classes inside classes, functions and methods; references across them.
class Outer:
    x = 1

    class Inner:
        y = 2

        class Innermost:
            z = 3

            def m(self):
                return 4

    def make(self):
        class Local(Outer.Inner):
            def get(self):
                return self.y
        return Local()


class Base:
    def __init__(self, v):
        self.v = v

    def describe(self):
        return f"Base({self.v})"


class Derived(Base):
    def __init__(self, v, w=0):
        super().__init__(v)
        self.w = w

    def describe(self):
        return super().describe() + f"+{self.w}"


def factory(n):
    class Dyn(Base):
        count = n

        def describe(self):
            return "dyn" * self.count
    return Dyn(n)


class Empty:
    pass


class WithDoc:
    """Only a docstring."""


class Ellipsis_:
    ...


class Exc(Exception):
    pass


class SubExc(Exc, ):
    def __str__(self):
        return "sub"


print(Outer.Inner.Innermost().m(), Outer().make().get(), Derived(1, 2).describe(), factory(2).describe())
