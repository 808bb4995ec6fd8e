# Call errors: CPython's TypeError wording for keyword-only, positional-only, star calls, bound methods.
def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)


def kwonly(a, *, key, flag=False):
    return a, key, flag


def po(a, b=2, /, c=3, **rest):
    return a, b, c, rest


def two(a, b):
    return a + b


class Svc:
    def run(self, job, *, retries=1):
        return job, retries

    @classmethod
    def make(cls, n):
        return n


class Sub(Svc):
    pass


args = [1]
check("kwonly missing", lambda: kwonly(1))
check("kwonly extra", lambda: kwonly(1, key=2, nope=3))
check("po as kw into rest", lambda: po(1, a=5, b=6))
check("po ok", lambda: po(1, 2, c=4))
check("po missing", lambda: po(b=1))
check("star too few", lambda: two(*args))
check("star too many", lambda: two(*[1, 2, 3]))
check("star ok", lambda: two(*[1, 2]))
check("dup kw", lambda: two(**{"a": 1}, **{"a": 2}))
run = Sub().run
check("bound missing", lambda: run())
check("bound extra", lambda: run(1, 2))
check("bound kw", lambda: run(1, retries=3, x=1))
check("classmethod", lambda: Svc.make(1))
