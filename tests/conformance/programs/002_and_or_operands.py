# `and` / `or` return one of their operands, evaluated lazily.
print(0 or 5)
print(3 or 5)
print(0 and 5)
print(3 and 5)
print("" or "default")
print("value" or "default")
print([] or {} or () or "last")
print([] and 1)
print(None or 0)
print(None and 0)
print(1 and 2 and 3)
print(1 and 0 and 3)
print(0 or "" or None)
print(0 or "" or [1])
print((1, 2) and [3])
print({} or {"a": 1})

calls = []


def track(name, value):
    calls.append(name)
    return value


r = track("a", 0) and track("b", 1)
print(r, calls)
calls.clear()
r = track("a", 1) or track("b", 2)
print(r, calls)
calls.clear()
r = track("a", 0) or track("b", 0) or track("c", "c!")
print(r, calls)
calls.clear()
r = track("a", 1) and track("b", []) and track("c", 3)
print(r, calls)


class Falsy:
    def __bool__(self):
        return False

    def __repr__(self):
        return "Falsy()"


f = Falsy()
print(f or "fallback")
print(f and "unreached")
print(repr(f and 1))
print(not f)
x = None
name = x or "anonymous"
print(name)
print(1 if (0 or 0.0) else 2)
print(0.0 or -0.0)
print(-0.0 or 0.0)
print(True and 7)
print(False or 7)
print(True + (True and 2))
print([x for x in [0, 1, 2, "", "s"] if x or x == 0])
