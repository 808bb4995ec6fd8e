# Truthiness of builtin values and user classes.
values = [0, 1, -1, 0.0, 0.5, "", "a", " ", [], [0], (), (0,), {}, {"k": 0}, set(), {0}, None, True, False]
for v in values:
    print(repr(v), bool(v), not v)


class Empty:
    pass


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


print("empty object", bool(Empty()))
print("len 0", bool(WithLen(0)), "len 3", bool(WithLen(3)))
print("bool F", bool(WithBool(False)), "bool T", bool(WithBool(True)))
print("both", bool(Both()))

for obj in [WithLen(0), WithLen(2), WithBool(False), WithBool(True)]:
    if obj:
        print("truthy branch")
    else:
        print("falsy branch")

n = 3
while WithLen(n):
    n -= 1
print("loop ended at", n)

print("ternary", "yes" if [] else "no", "yes" if [[]] else "no")
print("bytes", bool(b""), bool(b"x"))
print("range", bool(range(0)), bool(range(1)))
print("nested", bool([[]]), bool(({},)), bool(""))
print("not not", not not "x", not not 0)
print("dict items", bool({}.items()), bool({"a": 1}.keys()))
count = 0
for v in values:
    if v:
        count += 1
print("truthy count", count)
print("any/all", any(values), all(values), all([]), any([]))
print("filter None", [v for v in filter(None, [0, 1, "", "x", [], [1], None])])
