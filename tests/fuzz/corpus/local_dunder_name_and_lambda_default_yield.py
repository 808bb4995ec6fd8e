# Fuzz findings (bad JS): a local named __name__ was replaced by the module-name constant
# ("m" = ... is not assignable), and a lambda default holding `yield` was evaluated inside
# an arrow function (yield is not valid there).
def método():
    __name__ = "x"
    __name__ += "0"
    return __name__


def gen():
    f = lambda x=(yield 1): x
    yield f


def método():
    g = lambda x=(yield 1): x  # the only yield: método is a generator
    return g


def fstring_object():
    return f"{2=}".upper(), (Rf"""{2=}""").zfill(6)
