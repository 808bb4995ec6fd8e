# math on big ints: gcd, lcm, isqrt, factorial, comb, perm, log, prod.
import math
print(math.gcd(2**80, 6**40), math.gcd(-(2**70), 10**30), math.gcd(2**64 + 1, 0), math.gcd(3**50, 3**40, 3**45))
print(math.lcm(2**40, 3**30, 10**10), math.lcm(2**70, 2**69))
print(math.isqrt(10**40 + 5), math.isqrt(2**127), math.isqrt((10**20 + 3) ** 2), math.isqrt((10**20 + 3) ** 2 - 1))
print(math.factorial(25), math.factorial(100))
print(math.comb(100, 50), math.comb(200, 3), math.comb(10**20, 2), math.perm(40, 20), math.perm(30))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**100, 2), math.log(10**30))
print(math.prod([2**40, 3**30, 5**20]), math.prod(range(1, 30)))
print(math.sqrt(10**30), math.floor(2**70), math.ceil(-(2**70)), math.trunc(10**25), math.fabs(-(2**60)))
print(math.floor(1e20), math.ceil(1.5e20), math.isclose(2**70, 2.0**70), math.copysign(2**70, -1.0))
try:
    math.sqrt(10**400)
except OverflowError as e:
    print("OverflowError", e)
