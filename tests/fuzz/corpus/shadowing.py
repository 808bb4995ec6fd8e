# Builtins and runtime helper names shadowed, rebound and deleted.
len = lambda x: 0
print_ = print


def print(*args, **kwargs):
    print_("shadowed", *args)


str = "not the type"
list = [1]
dict = None
isinstance = 1
Exception = ValueError


class ValueError(Exception):
    pass


def range(n):
    return [n]


for i in range(3):
    pass


def local_shadow():
    int = float
    sorted = reversed
    tuple = 5
    return int(1), sorted([1, 2]), tuple


def uses_name():
    return __name__


__name__ = __name__
object = type
del str
print(len("abc"), list, dict, isinstance, local_shadow(), uses_name(), range(2))
