# round(): banker's rounding and ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 2.51, 7.0, -7.0]:
    print(v, round(v), type(round(v)).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 1.25, 1.35, -1.25, 3.14159, 100.0]:
    print(v, round(v, 2), round(v, 1), round(v, 0), type(round(v, 0)).__name__)
for v in [1234, 1250, 1350, -1250, 15, 25, 5, 0]:
    print(v, round(v, -1), round(v, -2), round(v), type(round(v, -1)).__name__)
print(round(1234.5678, -2), round(1234.5678, 3), round(0.0001234, 5))
print(round(5), round(-5), round(True))
print(round(0.1 + 0.2, 10), round(1 / 3, 4), round(2 / 3, 4))
print(round(1e20), round(123456.789, -3))
print(round(-0.4), round(-0.6), round(0.4), round(0.6))
print(round(2.5, 0), round(-2.5, 0), round(3.5, 0))
print([round(x / 10) for x in range(-30, 31, 5)])
print([round(x * 0.1, 1) for x in range(10)])
total = 0.0
for price in [19.99, 5.01, 0.1, 0.2]:
    total += price
print(total, round(total, 2))


def money(x):
    return round(x, 2)


for amount in [0.005, 0.015, 0.025, 0.035, 0.045, 1.115, 2.345, 10.005]:
    print(amount, money(amount), f"{amount:.2f}")
for n in [-15, -25, 35, 45, 1_000_005]:
    print(n, round(n, -1), round(n / 10) * 10)
print(round(0.5 + 1e-12), round(1.4999999999), round(-1.5000001))
print(round(123.456, 1), round(123.456, -1), round(123.456, -5), round(-123.456, 0))
print(round(1e-10, 12), round(5e-324, 400), round(1.23456e15, 2))
print(round(float("inf")) if False else "inf skipped", round(2.5) + round(3.5))
half_ups = [round(x + 0.5) for x in range(-3, 4)]
print(half_ups)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
