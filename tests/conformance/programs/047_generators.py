# Generator functions: laziness, send, return value, close.
def countdown(n):
    print("start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("end countdown")


g = countdown(3)
print("created")
print(next(g))
print(list(g))
print(next(g, "exhausted"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(5, fib()))


def with_return():
    yield 1
    return "result"


gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received


e = echo()
print(next(e), e.send("a"), e.send("b"), e.send(None))


def tracked():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")


t = tracked()
print(next(t))
t.close()
print("closed")
for v in tracked():
    print("got", v)


def pipeline(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line.split("=", 1)


config = ["# comment", "a=1", "", "b = 2", "c=x=y"]
print([(k.strip(), v.strip()) for k, v in pipeline(config)])
print(dict(pipeline(["k=v"])))


def numbered(items, start=1):
    n = start
    for item in items:
        yield f"{n}. {item}"
        n += 1


print("\n".join(numbered(["alpha", "beta"])))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc"]), type(countdown(0)).__name__)
gen2 = (i for i in range(3))
print(list(gen2), list(gen2))


def gen_exc():
    yield 1
    raise ValueError("inside generator")


try:
    for v in gen_exc():
        print("v", v)
except ValueError as err:
    print("ValueError", err)
