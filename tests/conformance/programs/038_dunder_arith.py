# Arithmetic dunders, reflected and in-place.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a * b, b / 2, b // 2, b % 2, -a, +a, abs(b))
c = a
c += b
print(c, a, c is a)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __repr__(self):
        return f"Acc({self.items})"


acc = Acc()
ref = acc
acc += 1
acc += "two"
print(acc, ref is acc)


try:
    print(a + 1)
except AttributeError as e:
    print("AttributeError", e)


class Plain:
    pass


try:
    print(Plain() + Plain())
except TypeError as e:
    print("TypeError", e)
try:
    print(Plain() * 2)
except TypeError as e:
    print("TypeError", e)
try:
    print(-Plain())
except TypeError as e:
    print("TypeError", e)
