# __slots__: instances take only the declared attributes (along the whole MRO).
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class P3(P):
    __slots__ = ("z",)


class Free(P):
    pass


class One:
    __slots__ = "only"


class WithDict:
    __slots__ = ("a", "__dict__")


def attempt(obj, name):
    try:
        setattr(obj, name, 1)
        return f"{name} ok"
    except AttributeError as e:
        return f"AttributeError: {e}"


p = P(1, 2)
p.x = 10
print(p.x, p.y, attempt(p, "z"), attempt(p, "x"))
p3 = P3(1, 2)
p3.z = 3
print(p3.z, attempt(p3, "w"), attempt(p3, "y"))
f = Free(1, 2)
f.anything = 5
print(f.anything, attempt(f, "more"))
o = One()
o.only = "yes"
print(o.only, attempt(o, "other"))
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, attempt(w, "c"), P.__slots__, One.__slots__)
try:
    p.q = 1
except AttributeError as e:
    print("AttributeError", e)
