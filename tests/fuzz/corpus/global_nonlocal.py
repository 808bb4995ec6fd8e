# global and nonlocal in every place they may appear.
counter = 0
unset_global = None


def bump():
    global counter
    counter += 1
    return counter


def define_later():
    global created_here
    created_here = 1


def closure():
    value = 0

    def inc():
        nonlocal value
        value += 1
        return value

    def read():
        return value

    def deeper():
        def deepest():
            nonlocal value
            value = 100
        deepest()
    return inc, read, deeper


def mixed():
    a = 1

    def inner():
        global counter
        nonlocal a
        counter, a = a, counter
        return a
    return inner()


def shadow():
    counter = "local"

    def g():
        global counter
        return counter
    return counter, g()


class Holder:
    global counter
    counter = 7

    def m(self):
        global unset_global
        unset_global = self
        return unset_global


def many():
    global counter, unset_global
    x = y = 0

    def h():
        nonlocal x, y
        x, y = y, x
    h()
    return x


inc, read, deeper = closure()
inc()
deeper()
define_later()
print(bump(), read(), mixed(), shadow(), Holder().m() is unset_global, many(), created_here)
