"""A function with keyword-only parameters forwarding keywords to a callable it does not
know statically (its own keyword object must not shadow the call's)."""


def forward(a, *, key=None):
    return pair(a, key=key)


def pair(a, key=None):
    return (a, key)


def insort(a, x, *, key=None):
    return search(a, x, key=key)


def search(a, x, *, key=None):
    return [a, x, key]


def forward_late(a, *, key=None):
    return late(a, key=key)


if len("ab") == 2:
    def late(a, key=None):
        return {"a": a, "key": key}


def forward_kwargs(a, *, fn, **extra):
    return fn(a, **extra)


def rebind():
    global pair
    pair = lambda a, key=None: [a, key]


print(forward(1, key=2), forward(3))
print(insort(1, 2, key="k"), insort(3, 4))
print(forward_late(5, key=6), forward_late(7))
print(forward_kwargs(4, fn=pair, key="k"))
h = lambda a, *, k=3: pair(a, key=k)
print(h(1), h(1, k=5))
rebind()
print(forward(1, key=2), h(0))
