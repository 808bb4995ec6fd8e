"""random with int bounds beyond 2**53 draws exactly what CPython draws (seeded)."""

import random

random.seed(1)
print([random.randrange(9223372036854775807) for _ in range(3)])
print(random.random())
print(random.getrandbits(70), random.getrandbits(64), random.getrandbits(33))
print(random.randrange(10**20, 10**21))
print(random.randrange(-(10**20), 10**20, 7))
print(random.randrange(10**20, -(10**20), -3))
print(random.randrange(0, 2**60, 2**40))
print(random.randint(-(2**60), 2**60))
print(random.randrange(-(2**52), 2**52))
rng = random.Random(12345)
print([rng.randrange(2**64) for _ in range(4)], rng.random())
for bad in [(10**20, 10**20), (0, 10**20, 0), (10**20, 0)]:
    try:
        random.randrange(*bad)
    except ValueError as e:
        print("ValueError", type(e).__name__)
print(random.random())
