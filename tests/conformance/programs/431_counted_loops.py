# Counted `for` loops over range(), lists, enumerate() and zip() (compiled without
# iterators or tuples when the compiler can prove it exact), each against its slow twin:
# the same loop over values whose types are hidden, big-int bounds, shadowed builtins.


def hide(x):
    return [x, "other"][0]  # the compiler cannot know what comes back


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        print("__index__", self.n)
        return self.n


def ranges() -> None:
    n = 7
    print([i for i in range(n)], list(range(hide(n))))
    out = []
    for i in range(2, n, 3):
        out.append(i)
    for i in range(n, 0, -2):
        out.append(i)
    for i in range(hide(n), hide(0), -2):
        out.append(i)
    for i in range(n):
        i = i * 10  # rebinding the loop variable does not change the next value
        out.append(i)
    print(out)
    big = 2**53
    print([i for i in range(big - 2, big + 3)], [i - big for i in range(big + 5, big, -2)])
    for i in range(big + 1, big + 3):
        print(i, i + 1, i * 2)
    for i in range(2**70, 2**70 + 2):
        print(i)
    for i in range(Index(3)):
        print("index", i)
    for i in range(Index(1), Index(4), 2):
        print("index", i)
    try:
        for i in range(3.0):
            print(i)
    except TypeError as e:
        print("TypeError:", e)
    stop = 4
    for i in range(stop):
        stop = 2  # the bound was evaluated once
        print("stop", i, stop)
    for i in range(3):
        if i == 1:
            break
    else:
        print("not reached")
    for i in range(0):
        print("never")
    else:
        print("else after empty", i)


def lists() -> None:
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        if x < 3:
            xs.append(x + 10)  # the list iterator sees appended items
        seen.append(x)
    print(seen, xs)
    ys = [5, 6, 7, 8]
    for y in ys:
        ys.pop()  # and stops when the list shrinks
        print("y", y)
    zs = [1, 2]
    for z in zs:
        zs = [9, 9, 9]  # rebinding the name does not change the loop
        print("z", z)
    for k, x in enumerate(hide([3, 4])):
        print("enum", k, x)


def enumerations() -> None:
    words = ["a", "b", "c"]
    for i, w in enumerate(words):
        print(i, w, i + 1)
    for i, w in enumerate(words, 10):
        print(i, w)
    for i, w in enumerate(words, start=-2):
        print(i, w)
    for i, w in enumerate(iter(words), 2**60):
        print(i, w)
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        print(i, a, b)
    for i, w in enumerate(c for c in "xyz"):
        if i == 1:
            continue
        print(i, w)
    for i, w in enumerate(words):
        if w == "a":
            words.append("d")
        print(i, w)
    try:
        for i, w in enumerate(5):
            print(i)
    except TypeError as e:
        print("TypeError:", e)


def zips() -> None:
    for a, b in zip([1, 2, 3], "ab"):
        print(a, b)
    for a, b, c in zip(range(5), [10, 20, 30], iter("pqrs")):
        print(a, b, c)
    for a, (b, c) in zip("xy", [(1, 2), (3, 4), (5, 6)]):
        print(a, b, c)
    for (a,) in zip([7, 8]):
        print(a)
    for a, b in zip([], [1]):
        print("never")
    else:
        print("zip else")
    try:
        for a, b in zip([(1, 2)], [[1, 2, 3]]):
            x, y = b
    except ValueError as e:
        print("ValueError:", e)
    order = []

    def src(name, items):
        order.append(name)
        return items

    for a, b in zip(src("first", [1]), src("second", [2])):
        order.append((a, b))
    print(order)


def shadowed() -> None:
    def range(n):
        return ["shadow", n]

    def enumerate(xs):
        return [("e", x) for x in xs]

    def zip(a, b):
        return [("z", "z")]

    for i in range(3):
        print(i)
    for i, x in enumerate([1, 2]):
        print(i, x)
    for a, b in zip([1], [2]):
        print(a, b)


ranges()
lists()
enumerations()
zips()
shadowed()
