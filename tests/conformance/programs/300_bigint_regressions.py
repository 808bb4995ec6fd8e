# Issue 14: ints beyond 2**53 silently lost precision. Each line was a wrong result.
import hashlib
import time

print(2**64 - 1)
p = 2**255 - 19
digest = int(hashlib.sha256(b"cfpy").hexdigest(), 16)
print(digest, digest % p, digest % (2**61 - 1))
print(10**30 * 3 // 7)
big = 2**60 * 2**10
print(big // 3, big // 2**40, (big + 1) // big, -big // 7)
print(type(big // 3).__name__, big // 3 * 3 + big % 3 == big)
ns = time.time_ns()
print(type(ns).__name__, ns > 2**53, ns > 1_600_000_000 * 10**9, ns // 10**9 > 1_600_000_000)
print(2**53 + 1, 2**53 + 1 - 2**53, (2**53 + 1) % 10, 9007199254740993)
print(18446744073709551616, -18446744073709551616, 0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777, 0b1 << 100)
