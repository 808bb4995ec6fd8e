# Container protocol dunders.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, v):
        return v in self.items

    def __iter__(self):
        return iter(self.items)

    def __reversed__(self):
        return reversed(self.items)


b = Bag(1, 2, 3, 4)
print(len(b), b[0], b[-1], b[1:3], 2 in b, 9 in b, 9 not in b, list(b), list(reversed(b)))
b[0] = 10
del b[1]
print(list(b), sum(b), max(b), sorted(b, reverse=True), [x * 2 for x in b], bool(b))
for i, v in enumerate(b):
    print(i, v)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares())


class CountDown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


cd = CountDown(3)
print(list(cd), list(cd))
print([x for x in CountDown(4)], sum(CountDown(10)), tuple(CountDown(2)))
it = iter(CountDown(2))
print(next(it), next(it), next(it, "done"))
a, b2, c = CountDown(3)
print(a, b2, c)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        return self.cells.get((x, y), ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __len__(self):
        return len(self.cells)


g = Grid()
g[0, 0] = "#"
g[1, 2] = "@"
print(g[0, 0], g[1, 2], g[5, 5], len(g))
rows = []
for y in range(3):
    rows.append("".join(g[x, y] for x in range(3)))
print("\n".join(rows))


class DefaultList(list):
    def __getitem__(self, i):
        try:
            return super().__getitem__(i)
        except IndexError:
            return None


dl = DefaultList([1, 2])
print(dl[0], dl[5], len(dl), dl)
dl.append(3)
print(dl, isinstance(dl, list))


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


u = Upper()
u["a"] = 1
print(u, u["A"], "A" in u, len(u))
