# Big ints with floats: mixed arithmetic, exact comparison, correctly rounded division,
# float(), int(float), round().
big = [2**53 + 1, 2**63, 10**20, 10**22 + 1, 3**50, 2**1023, -(2**70) - 1]
for b in big:
    print(b + 0.5, b * 1.5, b - 1e10, b / 7, float(b), b == float(b), b < float(b), b > float(b))
print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 == 2.0**53, 10**20 == 1e20, 10**22 == 1e22, 10**23 == 1e23)
print(2**1024 > 1e308, 2**1024 < float("inf"), -(2**1024) > float("-inf"), 2**70 != float("nan"))
print(sorted([2**70, 1e21, 2.0**70, -(10**30), -1e30, 5]))
print(1 / 3, 10**30 / 10**15, (10**30 + 1) / 10**30, 2**1100 / 2**1099, 10**400 / 10**399, 1 / 10**400)
print((2**60 + 1) / 3, 12345678901234567890123 / 1000, -(10**25) / 7, 7 / -(10**25))
print((10**300 + 1) / 10**-0, 2**54 / 2**53, (2**106 + 1) / 2**53, (3**200) / (3**199))
print(2**-1074 == (1 / 2**1074), 1 / 2**1074, 3 / 2**1075, 1 / 2**1075, 1 / (2**1075 - 1))
for e in [1e16, 1e20, 1.5e20, 2.0**80, 1e300, -1e300, 123456789.0 * 1e10, 2.0**53 + 2]:
    print(int(e), int(-e), round(e), int(e) == e)
print(round(123456789012345678901234567890, -5), round(2**70, -20), round(-(2**70), -3), round(10**30 + 5 * 10**9, -10))
print(round(15 * 10**30, -31), round(25 * 10**30, -31), round(2**70, 5), round(2**70))
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10**400 * 1.0)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print("OverflowError", e)
f = 2.5
n = 2**60
print(f * n, n * f, n / f, f / n, n - f, f < n, n > f, n // 2.0, n % 7.5, divmod(n, 2.5))
print(2**64 ** 0.5 if False else (2**64) ** 0.5, (2**70) ** 1.0, 2.0 ** 70 == 2**70)
