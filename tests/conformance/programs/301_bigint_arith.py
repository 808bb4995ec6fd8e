# Big ints: + - * // % divmod with every sign, and values coming back to small ints.
vals = [0, 1, -1, 7, -7, 2**53 - 1, 2**53, -(2**53), 2**64 + 3, -(2**64) - 5, 3**80, -(7**60), 10**40 + 1]
for a in vals:
    for b in vals:
        line = [a + b, a - b, a * b]
        if b:
            line += [a // b, a % b, divmod(a, b)]
        print(a, b, line)

x = 2**64 + 5
y = x - 2**64
print(y, y == 5, y is not None, {5: "small"}[y], [1, 2, 3, 4, 5, 6][y])
n = 1
for i in range(1, 40):
    n = n * i
print(n)
for i in range(1, 40):
    n = n // i
print(n, n == 1)
acc = 0
for i in range(200):
    acc += 2**62 + i
    acc -= 3
print(acc)
total = 9007199254740990
total += 1
total += 1
total += 1
print(total)
total -= 5
print(total)
k = 3
m = k * 2**60 * k
print(m, -m, m - m, (m - m) == 0)
print(sum([2**70, 2**70, -(2**71), 1]), sum(range(2**60, 2**60 + 5)))
print(max(3, 2**70, -(2**80)), min([2**70, 5, -(2**80)]))
try:
    print(2**70 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2**70 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(divmod(2**70, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
