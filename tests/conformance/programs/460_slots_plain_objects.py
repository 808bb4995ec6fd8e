# __slots__ instances as plain objects (every slot present from construction, a guard
# for other names) and their slow twin: the same classes built through __new__ (slots
# added as they are stored). Both must behave exactly alike, and like CPython.


class Fast:
    __slots__ = ("x", "y")
    kind = "point"

    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x


class Slow:
    __slots__ = ("x", "y")
    kind = "point"

    def __new__(cls, *args):
        return object.__new__(cls)

    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x


class Fast3(Fast):
    __slots__ = ("z",)


class Slow3(Slow):
    __slots__ = ("z",)


class FastFree(Fast):
    pass


class SlowFree(Slow):
    pass


def attempt(label, fn):
    try:
        print(" ", label, fn())
    except AttributeError as e:
        print(" ", label, type(e).__name__, e)


def store(obj, name, value):
    def go():
        setattr(obj, name, value)
        return getattr(obj, name)

    return go


def plain_store_w(obj):
    obj.w = 1
    return obj.w


def plain_store_kind(obj):
    obj.kind = "mine"
    return obj.kind


def plain_store_norm(obj):
    obj.norm = 5
    return obj.norm


def delete(obj, name):
    def go():
        delattr(obj, name)
        return hasattr(obj, name)

    return go


for cls, sub, free in ((Fast, Fast3, FastFree), (Slow, Slow3, SlowFree)):
    print(cls.__name__)
    p = cls(1)
    attempt("unset read", lambda: p.y)
    print(" ", "hasattr", hasattr(p, "y"), hasattr(p, "x"), getattr(p, "y", "default"))
    p.y = 2
    p.x += 10
    print(" ", p.x, p.y, p.norm(), p.kind)
    attempt("del y", delete(p, "y"))
    attempt("read after del", lambda: p.y)
    attempt("del again", delete(p, "y"))
    attempt("store y again", store(p, "y", 3))
    attempt("setattr w", store(p, "w", 1))
    attempt("plain store w", lambda: plain_store_w(p))
    attempt("class attribute store", lambda: plain_store_kind(p))
    attempt("method store", lambda: plain_store_norm(p))
    print(" ", "after refusals", p.kind, p.norm(), cls.kind)
    s = sub(4)
    s.z = 5
    attempt("sub unset y", lambda: s.y)
    attempt("sub setattr q", store(s, "q", 1))
    print(" ", "sub", s.x, s.z, s.norm())
    f = free(6)
    f.anything = 7
    f.norm = "shadowed"
    f.kind = "own"
    print(" ", "free", f.x, f.anything, f.norm, f.kind, sorted(vars(f)))
    attempt("free unset y", lambda: f.y)
    attempt("free del anything", delete(f, "anything"))
    attempt("free read anything", lambda: f.anything)
    f.anything = 8
    print(" ", "free again", f.anything, sorted(vars(f)))
    points = [cls(i) for i in range(5)]
    for q in points:
        q.y = q.x * 2
    print(" ", [(q.x, q.y) for q in points], sum(q.norm() for q in points))
