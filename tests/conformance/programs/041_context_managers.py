# with statements and __enter__/__exit__.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as value:
    print("body", value)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Resource("outer") as o, Resource("inner") as i:
    print("both", o, i)
try:
    with Resource("x") as x, Resource("y", suppress=True) as y:
        raise RuntimeError("inner suppresses")
    print("continues after suppress")
except RuntimeError:
    print("not reached")


def find(items, target):
    with Resource("search"):
        for item in items:
            if item == target:
                return f"found {item}"
    return "missing"


print(find([1, 2, 3], 2))
print(find([], 2))
for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)

class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")


with Tag("div") as t:
    with Tag("span"):
        print("text in", t)
try:
    with Tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("ValueError", e)


class Timer:
    def __enter__(self):
        self.events = ["start"]
        return self

    def __exit__(self, *args):
        self.events.append("stop")
        return False


with Timer() as tm:
    tm.events.append("work")
print(tm.events)
