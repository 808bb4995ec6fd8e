"""Calling the dunders of builtin values: bound, unbound, NotImplemented, errors."""


def attempt(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", "NotImplemented" if r is NotImplemented else repr(r))


# Numbers: operand types the type does not handle give NotImplemented.
attempt("3+4", (3).__add__, 4)
attempt("3+'a'", (3).__add__, "a")
attempt("3+2.5", (3).__add__, 2.5)
attempt("2.5+3", (2.5).__add__, 3)
attempt("2.5r-3", (2.5).__rsub__, 3)
attempt("3r-10", (3).__rsub__, 10)
attempt("3==3.0", (3).__eq__, 3.0)
attempt("3.0==3", (3.0).__eq__, 3)
attempt("3<2.5", (3).__lt__, 2.5)
attempt("3!=4", (3).__ne__, 4)
attempt("3/0", (3).__truediv__, 0)
attempt("7//2", (7).__floordiv__, 2)
attempt("-7%3", (-7).__mod__, 3)
attempt("divmod", (7).__divmod__, 2)
attempt("pow", (3).__pow__, 4, 5)
attempt("pow float", (2.0).__pow__, 3)
attempt("1j+1", (1j).__add__, 1)
attempt("1j<1", (1j).__lt__, 1)
attempt("2.5+1j", (2.5).__add__, 1j)
attempt("~5", (5).__invert__)
attempt("-x", (2.5).__neg__)
attempt("abs", (-4).__abs__)
attempt("True&False", True.__and__, False)
attempt("True&3", True.__and__, 3)
attempt("True+1", True.__add__, 1)
attempt("int(True)", True.__int__)
attempt("index", (7).__index__)
attempt("float(3)", (3).__float__)
attempt("int(2.7)", (2.7).__int__)
attempt("floor", (-2.5).__floor__)
attempt("ceil", (2.1).__ceil__)
attempt("trunc", (-2.7).__trunc__)
attempt("round", (2.675).__round__, 2)
attempt("round int", (1234).__round__, -2)
attempt("round()", (2.5).__round__)
attempt("bool0", (0).__bool__)
attempt("1<<3", (1).__lshift__, 3)
attempt("fmt", (255).__format__, "x")
attempt("fmt float", (2.5).__format__, ".3f")
attempt("hash", (5).__hash__)
attempt("big", (2 ** 64).__add__, 1)

# Sequences: str/list/tuple/bytes concatenation raises; comparisons answer NotImplemented.
attempt("s+s", "ab".__add__, "cd")
attempt("s+1", "ab".__add__, 1)
attempt("s*3", "ab".__mul__, 3)
attempt("s*s", "ab".__mul__, "x")
attempt("3*s", "ab".__rmul__, 3)
attempt("s%", "%d-%s".__mod__, (1, "x"))
attempt("s rmod", "x".__rmod__, 3)
attempt("s<1", "a".__lt__, 1)
attempt("s<b", "a".__lt__, "b")
attempt("s==1", "a".__eq__, 1)
attempt("s in", "abc".__contains__, "b")
attempt("s[1]", "abc".__getitem__, 1)
attempt("len", "héllo".__len__)
attempt("iter", lambda: list("ab".__iter__()))
attempt("l+l", [1].__add__, [2])
attempt("l+t", [1].__add__, (2,))
attempt("l==t", [1].__eq__, (1,))
attempt("l<l", [1].__lt__, [2])
attempt("l*2", [1, 2].__mul__, 2)
attempt("t+l", (1,).__add__, [2])
attempt("t+t", (1,).__add__, (2,))
attempt("b+b", b"a".__add__, b"b")
attempt("b+s", b"a".__add__, "b")
attempt("b*2", b"ab".__mul__, 2)
attempt("bytes()", b"ab".__bytes__)

xs = [3, 1, 2]
xs.__setitem__(0, 9)
xs.__delitem__(1)
print(xs, xs.__iadd__((7, 8)) is xs, xs, xs.__imul__(2) is xs, xs)
print(list(xs.__reversed__()), xs.__len__(), xs.__contains__(9), xs.__getitem__(slice(1, 3)))
attempt("l hash", lambda: xs.__hash__())

# Mappings and sets.
d = {"a": 1}
attempt("d|d", d.__or__, {"b": 2})
attempt("d|l", d.__or__, [("b", 2)])
attempt("d==l", d.__eq__, [])
attempt("d<d", d.__lt__, d)
print(d.__ior__([("c", 3)]) is d, d)
d.__setitem__("z", 0)
d.__delitem__("a")
print(d, d.__getitem__("z"), d.__contains__("c"), list(d.__reversed__()), d.__len__())
attempt("d[missing]", d.__getitem__, "nope")
s = {1, 2}
attempt("s&s", s.__and__, {2, 3})
attempt("s&l", s.__and__, [2])
attempt("s|fs", s.__or__, frozenset({5}))
attempt("fs|s", frozenset({5}).__or__, {1})
attempt("fs ror s", frozenset({5}).__ror__, {1})
attempt("s-s", s.__sub__, {1})
attempt("s rsub", s.__rsub__, {1, 7})
attempt("s^s", lambda: sorted(s.__xor__({2, 9})))
attempt("s<=", s.__le__, {1, 2, 3})
attempt("s<list", s.__lt__, [1])
print(s.__ior__({4}) is s, sorted(s), s.__isub__({1}) is s, sorted(s))
attempt("s iand list", s.__iand__, [1])
print(frozenset({1}).__hash__() == hash(frozenset({1})), (2.5).__hash__() == hash(2.5))
r = range(2, 10, 3)
print(r.__len__(), r.__getitem__(1), r.__contains__(5), list(r.__reversed__()), r.__bool__())
attempt("r==r", r.__eq__, range(2, 11, 3))
attempt("r<r", r.__lt__, r)

# None.
attempt("None==None", None.__eq__, None)
attempt("None==0", None.__eq__, 0)
attempt("None<None", None.__lt__, None)
attempt("None bool", None.__bool__)
attempt("None repr", None.__repr__)
attempt("None len", lambda: None.__len__())
attempt("3 len", lambda: (3).__len__())
attempt("str neg", lambda: "a".__neg__())

# Unbound, through the type.
attempt("int.__add__", int.__add__, 3, 4)
attempt("type(x).__len__", type([1, 2]).__len__, [1, 2])
attempt("str.__mul__", str.__mul__, "ab", 2)
attempt("int.__add__ on str", int.__add__, "a", 1)
attempt("float.__add__ on int", float.__add__, 1, 2.0)
attempt("int.__add__ on bool", int.__add__, True, 2)
attempt("dict.__len__", dict.__len__, {1: 1})
attempt("list.__hash__", lambda: list.__hash__)
print(sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ["a", "bcd"])))
print(list(map(int.__add__, [1, 2], [10, 20])), sum(map(float.__mul__, [1.5, 2.0], [2.0, 3.0])))
f = (10).__sub__
print(f(3), f.__self__, f.__name__)
add = getattr(5, "__add__")
print(add(1), getattr(5, "__len__", "none"), getattr(None, "__bool__")())


# Duck typing: the branch CPython takes.
def describe(v):
    if hasattr(v, "__len__"):
        return "sized"
    if hasattr(v, "__index__"):
        return "integral"
    if hasattr(v, "__float__"):
        return "real"
    return "other"


print([describe(v) for v in [3, True, 2.5, "s", [1], None, 1j]])

# bytes % (PEP 461), which the dunder listing promises.
print(b"%d items" % 3, b"%s-%b" % (b"ab", b"cd"), b"%r" % (b"x",), b"%5.2f|%x" % (2.5, 255))
attempt("b%", b"%d:%s".__mod__, (1, b"z"))
attempt("b % str", b"%s".__mod__, "text")
