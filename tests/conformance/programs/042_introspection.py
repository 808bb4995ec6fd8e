# isinstance/issubclass/type(x).__name__, getattr/setattr/hasattr/delattr.
values = [1, 1.5, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), range(2)]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, bool), isinstance(True, int), isinstance(1, bool), isinstance(1.0, float), isinstance(1, float))
print(issubclass(bool, int), issubclass(int, float), issubclass(list, object), issubclass(ValueError, Exception))
print(issubclass(KeyError, (TypeError, LookupError)), isinstance(KeyError(), Exception))
print(type(1) is int, type(True) is bool, type(True) == int, type("") == str, type([]) is list)


class Base:
    cls_attr = "class-level"


class Child(Base):
    def __init__(self):
        self.inst = 1


c = Child()
print(isinstance(c, Base), isinstance(c, Child), issubclass(Child, Base), issubclass(Base, Child), type(c).__name__)
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(c, "missing", None), hasattr(c, "inst"), hasattr(c, "nope"))
setattr(c, "dynamic", [1, 2])
print(c.dynamic, hasattr(c, "dynamic"))
delattr(c, "dynamic")
print(hasattr(c, "dynamic"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    c.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    del c.nope
except AttributeError as e:
    print("AttributeError", e)
for name in ["a", "b", "c"]:
    setattr(c, name, name * 2)
print([getattr(c, n) for n in ["a", "b", "c"]], sorted(vars(c)))
print(type(c) is Child, type(c) is Base, Child.__name__, Child.__qualname__)
klass = type(c)
other = klass()
print(type(other).__name__, other.inst)
print(isinstance(c, (int, Base)), isinstance(3, (str, float)))
print(callable(Child), callable(c), callable(c.__init__))
print(getattr("abc", "upper")(), getattr([3, 1], "index")(1), hasattr("", "join"), hasattr(1, "real"))
print(type(int("3")).__name__, type(str(3)).__name__)
print(id(c) == id(c), c is c)
