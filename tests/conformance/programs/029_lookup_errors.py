# IndexError / KeyError messages on misses; exception type names.
def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", repr(result))
    except Exception as e:
        print(label, type(e).__name__, str(e), repr(e.args))


attempt("list idx", lambda: [1, 2, 3][3])
attempt("list neg", lambda: [1, 2, 3][-4])
attempt("empty", lambda: [][0])
attempt("tuple idx", lambda: (1,)[1])
attempt("str idx", lambda: "abc"[10])
attempt("range idx", lambda: range(3)[3])
attempt("dict str", lambda: {"a": 1}["b"])
attempt("dict int", lambda: {1: 2}[0])
attempt("dict tuple", lambda: {}[(1, "x")])
attempt("dict none", lambda: {}[None])
attempt("pop empty", lambda: [].pop())
attempt("pop idx", lambda: [1].pop(5))
attempt("dict pop", lambda: {}.pop("gone"))
attempt("set remove", lambda: set().remove(3))
pair = [1, 2]
attempt("list idx str", lambda: pair["0"])
attempt("list idx float", lambda: pair[1.0])
attempt("ok neg", lambda: [1, 2, 3][-1])
attempt("ok slice", lambda: [1, 2, 3][1:100])
word = "abc"
attempt("str key", lambda: word["a"])
attempt("next", lambda: next(iter([])))
try:
    raise KeyError("custom")
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    raise IndexError
except LookupError as e:
    print("LookupError caught", type(e).__name__, repr(str(e)))
try:
    {"a": 1}["A"]
except KeyError as e:
    print("key was", e.args[0])
e1 = KeyError("x")
print(str(e1), repr(e1), e1.args)
e2 = KeyError("x", "y")
print(str(e2), repr(e2))
e3 = KeyError()
print(repr(str(e3)), repr(e3))
e4 = IndexError("list index out of range")
print(str(e4), repr(e4))
print(isinstance(KeyError(), LookupError), issubclass(IndexError, LookupError), issubclass(KeyError, Exception))
data = {"users": [{"name": "ann"}]}
try:
    print(data["users"][1]["name"])
except (KeyError, IndexError) as e:
    print("missing:", type(e).__name__)
try:
    print(data["groups"][0])
except (KeyError, IndexError) as e:
    print("missing:", type(e).__name__, e)
