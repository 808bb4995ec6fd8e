# Loops with else, nested break/continue, with-statements of every shape.
x = type("X", (), {})()
d = {}
l = [0]
holder = x
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        continue
    break
else:
    pass

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    while True:
        break
    else:
        n = -100
else:
    n = 0

for i in range(0):
    pass
for i in range(1, 5):
    pass
for i in range(1, 10, 2):
    pass
for i in range(n):
    i = "rebound"
for (a, b) in [(1, 2)]:
    pass
for [a, [b, c]] in [(1, (2, 3))]:
    pass
for x.attr in []:
    pass
for d["k"] in []:
    pass
for l[0] in []:
    pass

with Ctx():
    pass
with Ctx() as c1, Ctx() as c2:
    pass
with (Ctx() as c3, Ctx() as c4):
    pass
with (Ctx(), Ctx()):
    pass
with Ctx() as (t1, t2):
    pass
with Ctx() as holder.attr:
    pass
with Ctx() as d["with"]:
    pass


def in_function():
    with Ctx() as c:
        for k in range(3):
            with Ctx():
                if k:
                    return c
    while False:
        pass
