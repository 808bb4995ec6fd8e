# getattr on str/int/list values, bound builtin methods as values, JS-only members raise.
def check(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class K:
    def map(self, f):
        return [f(1)]

    length = 3


check("push read", lambda: [].push)
check("push call", lambda: [].push(1))
check("trim", lambda: " s ".trim())
check("toFixed", lambda: (1.5).toFixed(2))
check("user map", lambda: K().map(lambda v: v + 1))
check("user length", lambda: K().length)
check("class missing", lambda: K.missing)
check("fn missing", lambda: check.missing)
check("lines.pop", lambda: list(iter(["a", "b", ""].pop, "b")))
check("getattr str", lambda: getattr("abc", "upper")())
check("getattr list", lambda: getattr([3, 1], "index")(1))
check("hasattr", lambda: (hasattr("", "join"), hasattr("", "push"), hasattr(1, "real"), hasattr([], "length")))
check("bound name", lambda: "abc".upper.__name__)
