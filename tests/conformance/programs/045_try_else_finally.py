# try/except/else/finally ordering, assert.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


print(run("ok"))
print(run("raise"))
print(run("return"))


def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(finally_overrides())


def finally_return():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"


print(finally_return())


def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
    finally:
        print("outer finally")


nested()
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    finally:
        print("finally", i)
try:
    assert 1 + 1 == 2, "math works"
    print("assert passed")
    assert [] , "empty list is falsy"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
x = 5
try:
    assert x < 0, f"x={x} not negative"
except AssertionError as e:
    print("AssertionError", e)


def cleanup_order():
    out = []
    for name in ["a", "b"]:
        try:
            out.append("open " + name)
            if name == "b":
                raise RuntimeError(name)
        except RuntimeError as e:
            out.append("error " + str(e))
        finally:
            out.append("close " + name)
    return out


print(cleanup_order())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
try:
    pass
except Exception:
    print("never")
else:
    print("else with no exception")
