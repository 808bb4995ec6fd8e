# NameError/AttributeError/TypeError/ValueError where CPython raises them, with messages.
def check(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


check("attr none", lambda: None.foo)
check("attr int", lambda: (5).foo)
check("attr str", lambda: "s".foo)
check("attr list", lambda: [].push)
check("attr dict", lambda: {}.foo)


class K:
    pass


five = 5
nothing = None
text = "x"
one_list = [1]


def two(a, b):
    return a + b


def assign_str():
    s = "abc"
    s[0] = "x"


def assign_tuple():
    t = (1, 2)
    t[0] = 5


check("attr obj", lambda: K().missing)
check("attr class", lambda: K.missing)
check("call int", lambda: five())
check("call none", lambda: nothing())
check("call str", lambda: text())
check("add int str", lambda: 1 + "1")
check("add str int", lambda: "1" + 1)
check("add list tuple", lambda: [1] + (2,))
check("add none", lambda: None + 1)
check("sub str", lambda: "a" - "b")
check("mul list list", lambda: [1] * [2])
check("lt", lambda: 1 < "a")
check("lt none", lambda: None < 1)
check("lt list", lambda: [1] < 2)
check("neg str", lambda: -"a")
check("len int", lambda: len(5))
check("len none", lambda: len(None))
check("iter int", lambda: iter(5))
check("for none", lambda: [x for x in None])
check("unhashable list", lambda: {[1]: 2})
check("unhashable dict", lambda: {1, 2, {}})
check("index str", lambda: one_list["a"])
check("subscript none", lambda: nothing[0])
check("subscript int", lambda: five[0])
check("item assign str", assign_str)
check("int parse", lambda: int("abc"))
check("float parse", lambda: float("x"))
check("unpack", lambda: [a for a, b in [(1, 2, 3)]])
check("too few", lambda: two(*[1]))
check("unexpected kw", lambda: (two)(*[1], **{"c": 1}))
check("str join", lambda: "".join([1]))
check("list index", lambda: [1, 2].index(5))
check("str index", lambda: "abc".index("z"))
check("chr range", lambda: chr(-1))
check("divmod zero", lambda: divmod(1, 0))
check("float mod zero", lambda: 1.0 % 0)
check("dict key", lambda: {"a": 1}["b"])
check("int none", lambda: int(None))
check("sorted mixed", lambda: sorted([3, "a"]))
check("max empty", lambda: max([]))
check("pow zero neg", lambda: 0 ** -1)
check("round str", lambda: round("1.5"))
check("abs str", lambda: abs("x"))
check("str method arg", lambda: "a".startswith(1))
check("setattr int", lambda: setattr(5, "x", 1))
check("getattr type", lambda: getattr(K(), 5))
check("tuple assign", assign_tuple)
