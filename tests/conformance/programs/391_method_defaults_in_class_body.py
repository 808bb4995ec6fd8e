"""Method defaults are evaluated where the def stands in the class body: they see the class attributes bound above them, in order with the body (pyperformance hexiom)."""

class Done:
    MIN_CHOICE_STRATEGY = 0
    HIGHEST_VALUE_STRATEGY = 2

    def next_cell(self, pos, strategy=HIGHEST_VALUE_STRATEGY):
        if strategy == Done.HIGHEST_VALUE_STRATEGY:
            return "hi"
        return "lo"

    def other(self, s=MIN_CHOICE_STRATEGY + 1):
        return s

d = Done()
print(d.next_cell(0), d.next_cell(0, 0), d.other())

def trace(tag):
    print("eval", tag)
    return tag

class Order:
    a = trace("a")
    def m(self, x=trace("default m")):
        return x
    b = trace("b")
    def n(self, y=a + "!", *, z=trace("kw")):
        return y, z

print(Order().m(), Order().n())

def outer():
    k = 5
    class Inner:
        K = k * 2
        def f(self, v=K + 1):
            return v
    return Inner().f()
print(outer())


class Statics:
    LIMIT = 3

    @staticmethod
    def s(n=LIMIT):
        return n

    @classmethod
    def c(cls, n=LIMIT * 2):
        return cls.__name__, n


print(Statics.s(), Statics.c(), Statics.s.__defaults__, Statics.c.__defaults__)
print(Done.next_cell.__defaults__, Order.n.__defaults__)
