# slice() objects.
s = "Hello, World"
xs = list(range(10))
first3 = slice(3)
evens = slice(0, None, 2)
backwards = slice(None, None, -1)
mid = slice(2, -2)
print(s[first3], s[evens], s[backwards], s[mid])
print(xs[first3], xs[evens], xs[backwards], xs[mid], tuple(xs)[evens])
print(first3, evens, repr(backwards))
print(evens.start, evens.stop, evens.step, first3.start, first3.stop)
print(slice(1, 5) == slice(1, 5), slice(1, 5) == slice(1, 6))
print(slice(None, None, 3).indices(10), slice(-3, None).indices(5), slice(2, 100).indices(4))
ys = list(range(8))
ys[slice(1, 3)] = ["a", "b", "c"]
print(ys)
del ys[slice(0, None, 3)]
print(ys)
FIELDS = {"year": slice(0, 4), "month": slice(5, 7), "day": slice(8, 10)}
for date in ["2024-01-15", "1999-12-31"]:
    print({name: int(date[sl]) for name, sl in FIELDS.items()})


class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return f"slice({key.start}, {key.stop}, {key.step})"
        return f"item {key}"


q = Seq()
print(q[1], q[1:2], q[::3], q[:-1], q[1:2:3], q["k"])
record = "ID0042JOHN      DOE       "
layout = [("id", slice(2, 6)), ("first", slice(6, 16)), ("last", slice(16, 26))]
print({k: record[v].strip() for k, v in layout})
