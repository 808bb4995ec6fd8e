# try/except/else/finally in every combination; raise forms; exception groups.
class MyError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n == 0:
        raise MyError("zero", code=1)
    if n == 1:
        raise ValueError
    if n == 2:
        raise KeyError("k") from ValueError("cause")
    if n == 3:
        raise TypeError() from None
    return n


def handle(n):
    try:
        return risky(n)
    except MyError as e:
        return e.code
    except (ValueError, KeyError) as e:
        try:
            raise
        except Exception:
            return "re-raised"
    except TypeError:
        pass
    except:
        raise
    else:
        return "else"
    finally:
        print("finally")


def only_finally():
    try:
        return 1
    finally:
        pass


def nested():
    try:
        try:
            risky(0)
        finally:
            try:
                risky(1)
            except ValueError as inner:
                del inner
    except MyError as outer:
        return outer
    return None


def in_loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        except Exception:
            continue
        finally:
            pass
    else:
        return "no break"
    while True:
        try:
            break
        finally:
            pass


def groups():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        caught = eg
    except* TypeError:
        pass


try:
    handle(0)
except Exception as module_level:
    print(module_level)
else:
    print("ok")
finally:
    print("done")
print(handle(1), handle(2), only_finally(), nested(), in_loop())
