# *args, **kwargs and call-site unpacking in every combination.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"


print(show())
print(show(1, 2))
print(show(a=1))
print(show(1, b=2))
print(show(*[1, 2]))
print(show(*(1,), *[2, 3]))
print(show(**{"x": 1}))
print(show(**{"x": 1}, **{"y": 2}))
print(show(0, *[1, 2], 3, *(4,), k=5, **{"m": 6}, n=7))
print(show(*"ab", **dict(z=26)))
print(show(*range(3), *{10: "a"}))


def fixed(a, b, c=0, *, d=0):
    return a * 1000 + b * 100 + c * 10 + d


print(fixed(*[1, 2]), fixed(*[1], **{"b": 2}), fixed(**{"a": 1, "b": 2, "c": 3, "d": 4}))
print(fixed(1, *[2, 3], d=4), fixed(*(1, 2), **{"d": 9}))
try:
    fixed(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    fixed(**{"a": 1, "b": 2, "zz": 3})
except TypeError as e:
    print("TypeError", e)
try:
    fixed(1, **{"a": 1, "b": 2})
except TypeError as e:
    print("TypeError", e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError", e)


def collect(first, *rest, sep="-", **opts):
    return sep.join(str(x) for x in (first,) + rest) + (f" {sorted(opts.items())}" if opts else "")


print(collect(1), collect(1, 2, 3), collect(1, 2, sep="+"), collect(*[4, 5], sep="/", z=1, a=2))


def forward(*args, **kwargs):
    return collect(*args, **kwargs)


print(forward(7, 8, sep=":"), forward(9, extra=True))


def kwonly_star(*, a, b=2):
    return a, b


print(kwonly_star(a=1), kwonly_star(**{"a": 3, "b": 4}))
opts = {"sep": "|"}
vals = (1, 2)
print(collect(0, *vals, **opts))
print(max(*[3, 9, 2]), min(*"zyx"), print(*[], sep="x"))
print("{}-{}".format(*["a", "b"]), dict(**{"a": 1}, b=2))
args = []
kwargs = {}
print(show(*args, **kwargs))


def count_args(*args):
    return len(args)


print(count_args(*[[]]), count_args(*[], *[]), count_args([], []), count_args(*"hello"))
print(type(show.__name__).__name__)
