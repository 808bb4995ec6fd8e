# Big ints elsewhere: range with big bounds, uuid.int, truthiness, indexes, enumerate,
# int subclasses, sorting, and the errors CPython raises.
import uuid

r = range(2**64, 2**64 + 10, 3)
print(list(r), len(r), r[1], r[-1], 2**64 + 3 in r, 2**64 + 4 in r, r.index(2**64 + 6), r)
print(list(range(-(2**70), -(2**70) + 3)), sum(range(2**60, 2**60 + 5)), list(reversed(range(2**64, 2**64 + 3))))
print(len(range(0, 2**62, 2**40)), range(10**20)[10**19], 10**19 in range(10**20), -1 in range(10**20))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
for i in range(2**53 - 2, 2**53 + 2):
    print(i, i + 1, i * 2, -i)
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u.int, int(u), uuid.UUID(int=u.int) == u, uuid.UUID(int=2**128 - 1), u.time)
print(bool(2**70), not 2**70, bool(-(2**70)), 2**70 and "yes", 0 or 2**70)
print(isinstance(2**70, int), type(-(2**70)) is int, int(2**70), int(-(2**70)) == -(2**70), float(2**70).is_integer())
for i, x in enumerate(["a", "b"], 2**64):
    print(i, x)
try:
    [1, 2, 3][2**70]
except IndexError as e:
    print("IndexError", e)
try:
    "ab" * 2**70
except OverflowError as e:
    print("OverflowError", e)
print("ab" * -(2**6), [1] * -(2**6))


class Money(int):
    pass


m = Money(2**70)
print(m + 1, m * 2, m // 3, str(m), m == 2**70, isinstance(m, int))
print(sorted([3, 2**64, -(2**64), 2**63, 1.5, 2**64 + 1], reverse=True))
print(sorted([(2**64, "b"), (2**64, "a"), (5, "z")]))
x = 2**70
x += 0.5
print(x)
values = [10**i for i in range(15, 25)]
print([v % 1000007 for v in values], [v.bit_length() for v in values])
print(str(-(10**40))[:5], repr(2**70)[-3:], f"{2**70:>{30}}", "{:>{w},}".format(2**70, w=32))
