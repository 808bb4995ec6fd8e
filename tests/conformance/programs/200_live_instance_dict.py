"""obj.__dict__ and vars(obj) are live: writes through them change the attributes, and
reads see later attribute changes (issue 12, item 4)."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
d = p.__dict__
print(d, d is p.__dict__, vars(p) is d)

d["z"] = 3
print(p.z, hasattr(p, "z"))
vars(p).update(w=4, x=10)
print(p.w, p.x)
vars(p).update({"y": 20})
print(p.y)
del d["w"]
print(hasattr(p, "w"))
print(d.pop("z"), hasattr(p, "z"))
print(d.setdefault("q", 5), p.q)

p.late = "seen"
print(d["late"], "late" in d, len(d), sorted(d))
del p.late
print("late" in d, d.get("late", "gone"))

print(list(d.items()), list(d.keys()), list(d.values()))
snapshot = dict(vars(p))
p.x = -1
print(snapshot["x"], d["x"], d.copy()["x"])

for k in list(vars(p)):
    setattr(p, k, getattr(p, k) * 2)
print(vars(p))

d.clear()
print(vars(p), hasattr(p, "x"))
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)

# names that are not identifiers, and names JS objects use for themselves
vars(p)["then"] = "t"
vars(p)["constructor"] = "c"
vars(p)["name"] = "n"
vars(p)["length"] = 3
vars(p)["with space"] = 1
print(p.then, p.constructor, p.name, p.length, getattr(p, "with space"))
print(sorted(vars(p)))
print(type(p).__name__)


class Slots:
    def __init__(self):
        self.a = 1

    def set_via_dict(self, **kw):
        self.__dict__.update(kw)
        return self


s = Slots().set_via_dict(b=2, c=3)
print(s.a, s.b, s.c, s.__dict__)


class Guarded:
    def __setattr__(self, name, value):
        print("setattr", name)
        super().__setattr__(name, value)


g = Guarded()
g.a = 1
g.__dict__["b"] = 2  # bypasses __setattr__, as in CPython
print(g.a, g.b, vars(g))


class Node:
    pass


n = Node()
n.__dict__.update({"left": None, "right": None, "val": 7})
print(n.val, n.left, n.right)
print(vars(n) == {"left": None, "right": None, "val": 7})
