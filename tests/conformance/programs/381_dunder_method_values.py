"""Protocol methods read as values, not called at once: `nxt = iter(xs).__next__`."""

it = iter([10, 20, 30])
nxt = it.__next__
print(nxt(), nxt())
print(nxt.__self__ is it)
print(next(it, "done"), next(it, "done"))
size = "hello".__len__
print(size())
get = [5, 6, 7].__getitem__
print(get(1), get(-1))
has = {"a": 1}.__contains__
print(has("a"), has("b"))


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)


b = Box([1, 2])
n = b.__len__
print(n(), list(b.__iter__()))
try:
    nxt()
except StopIteration:
    print("StopIteration")
