# Assignment expressions inside comprehensions, conditions, calls and nested scopes.
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print(n)
while (chunk := data[:2]) and len(data) > 10:
    pass
squares = [y for x in data if (y := x * x) > 4]
print(y)
total = 0
running = [total := total + x for x in data]
nested = [[(last := j) for j in range(i)] for i in range(4)]
print(last)
dct = {(k := x): (v := x * 2) for x in data}
st = {(s := x) for x in data}
gen = list((g := x) for x in data)
print(k, v, s, g)
print([(a := 1), a])
f = lambda: (q := 5)


def func(values):
    out = [m for v in values if (m := v % 3)]
    return out, m


def outer():
    res = [(inner := z) for z in range(3)]

    def reader():
        return inner
    return reader()


print(func(data), outer(), f())
match_like = [w for w in data if any((hit := w) > c for c in range(3))]
print((p := (r := 3) + 1), p, r)
