# Generators' send/StopIteration.value, OrderedDict/deque details, and a __slots__ store refused.
import functools
from collections import OrderedDict, deque


def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x


g = gen()
next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)


class Cfg:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


c = Cfg()
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(c.b)
except AttributeError as e:
    print("AttributeError", e)

od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.rotate(1), dq)
print(functools.reduce(lambda a, b: a * b, range(1, 6)), "{:>{w}}|".format("x", w=4), "%(a)s-%(b)d" % {"a": "q", "b": 3})
print(sorted({"b": 2, "a": 2, "c": 1}.items(), key=lambda kv: (-kv[1], kv[0])), max([], default="none"), divmod(-7, 2))
print(" ".join(f"{k}={v!r}" for k, v in {"x": "1", "y": None}.items()), "a,b,,c".split(","), "x".center(7, "*"))
