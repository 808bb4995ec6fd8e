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
