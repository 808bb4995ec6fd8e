# math module.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.pow(2, 2)).__name__)
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 1, 1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(7, 13), math.lcm(4, 6), math.factorial(10), math.factorial(0))
print(math.comb(5, 2), math.perm(5, 2), math.comb(10, 0), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1e308), math.isinf(math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist((0, 0), (3, 4)), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError", e)


def area(r):
    return math.pi * r ** 2


print([round(area(r), 3) for r in range(4)])
print(f"{math.pi:.5f}", f"{math.e:.3e}", round(math.pi, 2), int(math.pi * 100))
print(math.floor(7 / 2), math.ceil(7 / 2), math.ceil(6 / 3), math.floor(-0.5))
print(min(math.inf, 5), max(-math.inf, -5), math.inf > 10 ** 300, math.inf == math.inf)
print(abs(-math.inf), math.sqrt(0.0), math.exp(-math.inf))
