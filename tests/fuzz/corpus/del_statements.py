# del on every target kind, in every scope.
a = b = c = d = 1
l = [1, 2, 3, 4]
dct = {"k": 1, "j": 2}
obj = type("O", (), {})()
obj.x = 1
obj.y = 2
del a
del b, c
del (d,)
del [l[0]]
del l[0], l[-1]
del l[:1]
del dct["k"]
del obj.x, (obj.y,)
del (l[0:0]), [dct["j"]]


def f():
    x = 1
    y = [1]
    del x
    del y[0], y
    global l
    del l


class K:
    z = 1
    del z


def g():
    n = 1

    def h():
        nonlocal n
        del n
    h()
