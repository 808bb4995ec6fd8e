# Integer arithmetic with Python signs.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (1, 5), (-1, 5), (13, 13), (100, -7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b), "/", a / b)

print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 2, -2 ** 2, 2 ** -1, 2 ** -2, 10 ** -3)
print(0 ** 0, 1 ** 100, 3 ** 3 ** 2, pow(2, 8), pow(3, 4, 5), pow(-3, 3, 7))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5, divmod(7.5, 2), divmod(-7.5, 2))
print(abs(-5), abs(5), abs(-0), abs(-2.5))
print(-(-3), +4, -0, ~5, ~-1, ~0)
print(10 - 3 * 2, (10 - 3) * 2, 10 - 3 - 2, 2 * 3 % 4, -3 % 5 * 2)
print(1_000_000 + 1, 0x1F, 0o17, 0b1011, 0xff + 1)
print(int(7 / 2), int(-7 / 2), 7 // 2 * 2 + 7 % 2)
print(2 ** 31, 2 ** 32, 2 ** 52, 2 ** 53)
print(10 ** 15, 10 ** 15 + 1, 999999999999 * 1000)
print(sum(range(101)), sum([1, 2, 3], 10))
x = 17
x //= 5
print(x)
x **= 3
print(x)
x %= 7
print(x)
x -= 10
print(x)
x *= -3
print(x)
print(min(3, 1, 2), max(3, 1, 2), min([4, -4]), max(-1, -1.5))
print(True + True, True * 10, False - 1, True // 1, -True)
print(isinstance(True, int), type(7 // 2).__name__, type(7 / 7).__name__, type(2 ** 2).__name__)
print(type(2 ** -1).__name__, type(divmod(7, 2)).__name__, type(7 % 2.0).__name__)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
