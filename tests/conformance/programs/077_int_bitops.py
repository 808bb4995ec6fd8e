# Bitwise operations on ints.
for a, b in [(12, 10), (255, 15), (0, 7), (-1, 255), (-12, 10), (1 << 20, (1 << 20) - 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(1 << 0, 1 << 10, 1 << 30, 1 << 31, 1 << 32, 1 << 40, 3 << 33)
print(-1 >> 1, -8 >> 1, -9 >> 2, 7 >> 10, -7 >> 10, (1 << 40) >> 38)
print(0xFF & 0x0F, 0b1010 | 0b0101, 0xF0 ^ 0xFF, ~0xF)
print(2 ** 32 & 0xFFFFFFFF, (2 ** 32 + 5) & 0xFF, 2 ** 40 | 1, 2 ** 35 ^ 2 ** 34)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ
flags |= EXEC
print(flags, bool(flags & READ), bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags, bin(flags), flags ^ WRITE)
x = 0b10110
x <<= 3
x >>= 1
x ^= 0b1
print(x, bin(x), hex(x), oct(x))
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 2).__name__)


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(v) for v in [0, 1, 7, 255, 1023, 2 ** 31 - 1]], bin(2 ** 31 - 1).count("1"))
h = 5381
for ch in "hello":
    h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
print(h, hex(h))
sdbm = 0
for ch in "abc":
    sdbm = (ord(ch) + (sdbm << 6) + (sdbm << 16) - sdbm) & 0xFFFFFFFF
print(sdbm)
print(int("11111111", 2) == 0xFF, (0xDEADBEEF >> 16) & 0xFFFF, 0xDEADBEEF & 0xFFFF, 0xDEADBEEF)
print(-0xDEADBEEF >> 4, -(2 ** 33) >> 1, (2 ** 33) // -3, -(2 ** 33) % 7)
