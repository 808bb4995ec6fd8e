# raise ... from: __cause__, __context__, __suppress_context__.
class NotFound(Exception):
    pass


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise NotFound(f"item {key!r}") from e


try:
    load("b")
except NotFound as e:
    print("cause:", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)


def convert(text):
    try:
        return int(text)
    except ValueError:
        raise NotFound(f"number {text!r}")


try:
    convert("x1")
except NotFound as e:
    print("context:", type(e.__context__).__name__, e.__context__, e.__cause__)


def quiet():
    try:
        {}["k"]
    except KeyError:
        raise NotFound("quiet") from None


try:
    quiet()
except NotFound as e:
    print("from None:", e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise TypeError("wrapped") from ValueError("root")
except TypeError as e:
    print(e, "<-", repr(e.__cause__))
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
