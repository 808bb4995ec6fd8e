# Subclassing builtin types and exceptions.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1] if self else None


s = Stack()
s.push(1).push(2)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(Stack([3, 1, 2]) == [3, 1, 2], sorted(Stack([3, 1, 2])), Stack("ab"))


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, ad["b"], len(ad), list(ad.keys()), isinstance(ad, dict))
try:
    ad.missing
except AttributeError as e:
    print("AttributeError", e)


class LowerDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        for k, v in dict(*args, **kwargs).items():
            self[k.lower()] = v

    def get(self, k, default=None):
        return super().get(k.lower(), default)


ld = LowerDict({"Content-Type": "json"}, Accept="*/*")
print(ld, ld.get("CONTENT-TYPE"), ld.get("x", "none"))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ann")
print(n, n.shout(), n + "x", len(n), n == "ann", isinstance(n, str), repr(n), n.title())


class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(c, c.to_f(), c + 1, isinstance(c, float))


class Count(int):
    def __repr__(self):
        return f"Count({int(self)})"


ct = Count(5)
print(ct, repr(ct), ct + 1, ct * 2, [ct], ct == 5)


class ValidationError(ValueError):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


try:
    raise ValidationError(["a", "b"])
except ValueError as e:
    print(type(e).__name__, e, e.errors, isinstance(e, ValidationError), e.args)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def swap(self):
        return Pair(self[1], self[0])


p = Pair(1, 2)
print(p, p.swap(), p[0], len(p), p == (1, 2), isinstance(p, tuple))
