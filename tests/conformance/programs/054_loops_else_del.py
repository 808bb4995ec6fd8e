# for/while ... else, break/continue, del statements.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for item in []:
    print("never")
else:
    print("empty for runs else")
for item in [1, 2, 3]:
    if item == 2:
        break
else:
    print("not printed")
print("after break, item =", item)
i = 0
while i < 3:
    i += 1
else:
    print("while else, i =", i)
i = 0
while True:
    i += 1
    if i > 5:
        break
    if i % 2:
        continue
    print("even", i)
print("done", i)
target = 7
lo, hi = 0, 20
steps = 0
while lo <= hi:
    mid = (lo + hi) // 2
    steps += 1
    if mid == target:
        print("found", mid, "in", steps, "steps")
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
else:
    print("not found")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print("pair", i, j)
x = [1, 2, 3]
y = x
del x
print(y)
try:
    x
except NameError as e:
    print("NameError", e)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)


class Obj:
    def __init__(self):
        self.a = 1
        self.b = 2


o = Obj()
del o.a
print(hasattr(o, "a"), o.b)
lst = list(range(8))
del lst[1::2]
print(lst)
for idx, ch in enumerate("abc"):
    pass
print(idx, ch)
for _ in range(0):
    loopvar = 1
try:
    print(loopvar)
except NameError as e:
    print("NameError", e)
count = 0
for a in range(3):
    for b in range(3):
        count += 1
        if a == b == 1:
            break
    else:
        continue
    break
print("count", count, a, b)
while False:
    pass
else:
    print("while False else")
