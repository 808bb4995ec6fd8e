# Big ints: ** and pow(a, b, m), shifts, bitwise operators with negatives, ~, abs, -.
print(2**100, (-3)**41, 7**77, 10**50 // 10**49, (2**64) ** 3)
print(pow(2, 200), pow(-2, 201), 2 ** -70, (2**70) ** -1)
print(pow(3, 10**20, 10**9 + 7), pow(2**100 + 1, 2**80, 2**61 - 1), pow(-(2**90), 3, 1000))
print(pow(5, 2**70, -(10**20 + 1)), pow(2**70, -1, 10**9 + 7), pow(3, -5, 2**89 - 1))
try:
    pow(2**64, -1, 2**66)
except ValueError as e:
    print("ValueError", e)
vals = [0, 1, -1, 255, -256, 2**31, -(2**31) - 1, 2**53 + 7, -(2**53) - 9, 2**64 - 1, -(2**64), 2**100 + 2**50 + 1, -(3**70)]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, -a, abs(a), +a, a << 3, a << 70, a >> 1, a >> 33, a >> 200)
x = 1
for i in range(100):
    x = (x << 1) | (i & 1)
print(x, x >> 64, x & 0xFFFF_FFFF_FFFF_FFFF, x ^ (x >> 1))
try:
    print(2**70 >> -1)
except ValueError as e:
    print("ValueError", e)
y = 2**65
y <<= 3
y >>= 1
y |= 1
y &= ~2
y ^= 2**90
print(y)
