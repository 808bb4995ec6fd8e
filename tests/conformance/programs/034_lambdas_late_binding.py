# Lambdas and late binding in loops.
square = lambda x: x * x
print(square(4), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
funcs = []
for i in range(3):
    funcs.append(lambda: i * 10)
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])
handlers = {}
for name in ["a", "b"]:
    handlers[name] = lambda: name
print(handlers["a"](), handlers["b"]())
handlers = {}
for name in ["a", "b"]:
    handlers[name] = (lambda n: lambda: n)(name)
print(handlers["a"](), handlers["b"]())
k = 1
get_k = lambda: k
k = 2
print(get_k())
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in ops:
    print(sym, ops[sym](7, 2))
print(sorted([3, -5, 1], key=lambda v: (abs(v), v)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: s.startswith("a"), ["ab", "ba", "ac"])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda x, y=3: x ** y)(2), (lambda *xs: sum(xs))(1, 2, 3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: None)() is None)
print(type(square).__name__, square.__name__)
i = 0
callbacks = []
while i < 3:
    callbacks.append(lambda: i)
    i += 1
print([cb() for cb in callbacks])


def make():
    out = []
    for v in "xyz":
        def cb():
            return v
        out.append(cb)
    return out


print([cb() for cb in make()])
