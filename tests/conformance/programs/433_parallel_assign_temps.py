# `a, b = x, y` without a tuple (all values first, then the targets left to right), and
# expression temporaries shared between statements (long functions, generators, awaits
# across statements), each against its slow twin (the tuple made first, then unpacked).

order = []


def val(tag, v):
    order.append(tag)
    return v


class Box:
    def __init__(self):
        self.items = [0, 0, 0]

    def __setattr__(self, name, value):
        order.append(f"set {name}")
        object.__setattr__(self, name, value)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_slow(n):
    a, b = 0, 1
    for _ in range(n):
        pair = b, a + b
        a, b = pair
    return a


def targets():
    x = [1, 2, 3]
    i = 0
    i, x[i] = 2, 9  # x[i] uses the new i
    print(i, x)
    box = Box()
    box.a, box.items[val("index", 1)], box.b = val("one", 1), val("two", 2), val("three", 3)
    print(order, box.items)
    order.clear()
    p, q = 1.5, 2
    p, q = q, p
    print(p, q, type(p).__name__, type(q).__name__)
    s, t = "x", None
    s, t = t, s
    print(s, t)
    [m, n] = -1, -2.5
    print(m, n)
    (u, (v, w)) = 1, (2, 3)
    print(u, v, w)
    try:
        e, f = 1, (2, 3)
        g, (h, k) = 1, (2, 3, 4)
    except ValueError as err:
        print("ValueError:", err, e, f)


def long_function(seq):
    a, b, c = seq
    r1 = a * 2 + b * 3 - c
    r2 = (a + 1) * (b + 2) * (c + 3)
    r3 = a // 2 + b % 3 + c * c
    a, b, c = c, a, b
    r4 = a * 2 + b * 3 - c
    r5 = [x * y + 1 for x in seq for y in seq if x + y > 2]
    a, b, c = seq
    return r1, r2, r3, r4, r5, a + b + c


def gen(seq):
    total = 0
    for x in seq:
        total = total * 3 + (yield x * 2 + 1) + x % 2
        other = (x + 1) * (x + 2)
        yield other
    yield total


def drive():
    g = gen([1, 2, 3])
    out = [next(g)]
    while True:
        try:
            out.append(g.send(len(out)))
        except StopIteration:
            break
    return out


print(fib(90), fib_slow(90), fib(200) == fib_slow(200))
targets()
print(long_function([1, 2, 3]), long_function((2**60, 5, 7)))
print(drive())
