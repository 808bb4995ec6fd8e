# Closures, nonlocal, global.
def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

total = 0


def add_total(x):
    global total
    total += x
    return total


print(add_total(5), add_total(7), total)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
            return x

        return inner()

    before = x
    middle()
    return before, x


print(outer())


def make_adders():
    return [lambda v, n=n: v + n for n in range(3)]


print([f(10) for f in make_adders()])


def make_late():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns


print([f() for f in make_late()])

x = "global x"


def reads_global():
    return x


def shadows():
    x = "local x"
    return x


print(reads_global(), shadows(), x)


def unbound():
    try:
        z = z_later + 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    z_later = 1
    return z_later


unbound()


def accumulator():
    items = []

    def add(item):
        items.append(item)
        return len(items)

    def get():
        return list(items)

    return add, get


add, get = accumulator()
add("a")
add("b")
print(get())


counter_state = {"n": 0}


def bump():
    counter_state["n"] += 1


bump()
bump()
print(counter_state)
