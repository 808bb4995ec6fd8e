# Builtin exception hierarchy and matching.
def raiser(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        raise KeyError("k")
    if kind == "index":
        raise IndexError("i")
    if kind == "zero":
        return 1 / 0
    if kind == "attr":
        return None.missing
    if kind == "runtime":
        raise RuntimeError("rt")
    if kind == "notimpl":
        raise NotImplementedError("todo")
    if kind == "recursion":
        raise RecursionError("deep")
    if kind == "stop":
        raise StopIteration
    if kind == "unicode":
        raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
    if kind == "overflow":
        raise OverflowError("too big")
    return "no error"


for kind in ["value", "type", "key", "index", "zero", "attr", "runtime", "notimpl", "recursion", "stop", "unicode", "overflow", "none"]:
    try:
        result = raiser(kind)
        print(kind, "->", result)
    except LookupError as e:
        print(kind, "LookupError branch", type(e).__name__)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch", type(e).__name__, e)
    except (TypeError, AttributeError) as e:
        print(kind, "Type/Attr branch", type(e).__name__)
    except RuntimeError as e:
        print(kind, "RuntimeError branch", type(e).__name__, e)
    except ValueError as e:
        print(kind, "ValueError branch", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception branch", type(e).__name__)
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (StopIteration, Exception),
    (TimeoutError, OSError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (AssertionError, Exception), (bool, int),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer caught", e)
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e.args, str(e), repr(e))
e = ValueError()
print(repr(e), repr(str(e)), e.args)
e = ValueError("only")
print(repr(e), str(e), e.args)
print(repr(TypeError(42)), str(TypeError(42)), repr(RuntimeError("x", "y")))
try:
    raise ValueError
except ValueError as e:
    print("class raised", type(e).__name__, repr(e))
caught = None
try:
    raise KeyError("saved")
except KeyError as err:
    caught = err
print(type(caught).__name__, caught)
try:
    print(err)
except NameError as ne:
    print("NameError", ne)
try:
    raise SystemExit(3)
except SystemExit as se:
    print("SystemExit", se.code)
try:
    raise StopIteration(7)
except StopIteration as si:
    print("StopIteration", si.value)
