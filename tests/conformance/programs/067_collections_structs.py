# collections: deque, OrderedDict, namedtuple, ChainMap.
from collections import ChainMap, OrderedDict, deque, namedtuple

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], list(q))
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([-1, -2])
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, bounded.maxlen, list(bounded))
print(deque("abc"), deque(), 2 in deque([1, 2]), deque([1, 2]) == deque([1, 2]))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), dict(OrderedDict([("x", 1)])))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), p == (1, 2), tuple(p), list(p))
x, y = p
print(x + y, p._replace(y=5), p._asdict(), Point._fields, Point(y=3, x=4))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
ann = Person("Ann", 30)
print(ann, ann.city, Person._make(["Bob", 40, "Paris"]))
print(sorted([Person("b", 2), Person("a", 3)]), max([Point(1, 9), Point(2, 0)]))
print({p: "point"}[Point(1, 2)], isinstance(p, tuple), type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm))
window = deque(maxlen=3)
avgs = []
for v in [10, 20, 30, 40, 50]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
