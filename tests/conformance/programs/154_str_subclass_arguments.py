# An instance of a str subclass wherever a str is taken: str methods' arguments, in, ord, int(), bytes().
class S(str):
    pass


s = S("a")
tests = [
    lambda: "abc".startswith(s),
    lambda: "abc".replace(s, "x"),
    lambda: "a,b".split(S(",")),
    lambda: "abc".find(s),
    lambda: "abc".count(s),
    lambda: s in "abc",
    lambda: "x" + s,
    lambda: "%s!" % s,
    lambda: f"{s!r}",
    lambda: ord(s),
    lambda: int(S("12")),
    lambda: float(S("1.5")),
    lambda: sorted([S("b"), "a"]),
    lambda: "abc".index(s),
    lambda: s.encode(),
    lambda: "abc".strip(s),
    lambda: {"a": 1}.get(s),
    lambda: [1, 2][int(S("1"))],
    lambda: "-".join(S("abc")),
    lambda: max(S("abc")),
    lambda: list(reversed(s)),
    lambda: s.__len__(),
    lambda: str.upper(s),
    lambda: bytes(s, "utf-8"),
    lambda: "abc".partition(s),
    lambda: "abc".removeprefix(s),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)


class K(str):
    pass


class N(int):
    pass


d = {("a", 1): "x"}
print(d[(K("a"), N(1))], (K("a"), 1) in d, {(K("b"), (N(2),)): 1}[("b", (2,))], hash((K("a"),)) == hash(("a",)))


class Up(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


print(Up.fromkeys(["a", "b"], 0), dict.fromkeys(["a"]), type(Up.fromkeys([])).__name__)
