"""math.cbrt is bit-exact with CPython (glibc's algorithm), over a spread of magnitudes,
signs, subnormals, exact cubes and special values."""

import math

values = [0.0, -0.0, 1.0, 8.0, 27.0, -27.0, 2.0, 3.0, 1e-310, 5e-324, 1e308, math.inf, -math.inf]
x = 0.6180339887498949
for i in range(1500):
    x = (x * 3.9 * (1 - x)) % 1.0 or 0.5  # logistic map: a deterministic spread in (0, 1)
    scale = 1.0
    for _ in range(i % 61):  # IEEE products are exact-rounded in both runtimes
        scale *= 10.0
    scale *= 1e-30
    values.append((x if i % 3 else -x) * scale)
    values.append(float(i * i * i))

line = []
for v in values:
    line.append(repr(math.cbrt(v)))
    if len(line) == 8:
        print(" ".join(line))
        line = []
print(" ".join(line), math.isnan(math.cbrt(math.nan)))
