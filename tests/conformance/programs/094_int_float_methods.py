# Methods of int and float objects.
print(getattr(3, "real"), (3).bit_length(), (255).bit_length(), (-1).bit_length(), (0).bit_length())
n = 1000
print(n.bit_length(), n.to_bytes(2, "big"), (10).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((3.5).as_integer_ratio(), (7).conjugate(), (2.5).real, (2.5).imag, (5).numerator, (5).denominator)
x = 2.0
print(x.is_integer(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (1.5).hex())
print(int.__name__, float.__name__, (1).__add__(2), (10).__mod__(3))
print((-7).__abs__(), (3).__neg__(), (255).to_bytes(1, "big"), (65).bit_count() if hasattr(int, "bit_count") else 2)
for v in [0, 1, 2, 7, 8, 255, 256, 1023, 2 ** 31, 2 ** 40]:
    print(v, v.bit_length(), bin(v).count("1"))
for v in [0.5, 1.0, 2.75, -1.5, 1e10]:
    print(v, v.is_integer(), v.as_integer_ratio(), int(v), float(int(v)))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((1024).to_bytes(4, "little"), int.from_bytes((1024).to_bytes(4, "little"), "little"))
print((3).__class__.__name__, (3.0).__class__.__name__, True.__class__.__name__)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(float("1.5").hex(), float.fromhex("0x1p-2"), (0.1).hex())
print(int(10).real, int(10).imag, (3.5).conjugate(), round(2.5).__class__.__name__)
print(divmod(7, 2), (7).__divmod__(2), (7).__floordiv__(2), (7).__truediv__(2), (2).__pow__(10))
print((5).__eq__(5.0), (5).__lt__(6), (5).__hash__() == hash(5), (1.5).__round__(), (1.55).__round__(1))
print(sum(v.bit_length() for v in range(16)), max(range(20), key=lambda v: bin(v).count("1")))
print((12).__str__(), (1.25).__repr__(), (3).__format__("05d"), (0.5).__format__(".2f"))
for base in [2, 8, 16]:
    print(base, [int(s, base) for s in ["10", "11", "7"] if all(c in "0123456789abcdef"[:base] for c in s)])
print((10**6).__sizeof__() > 0, (42).__bool__(), (0).__bool__(), (0.0).__bool__())
print(int("42").bit_length(), float("0.5").is_integer(), (-2.0).is_integer())
print(abs(-3).bit_length(), (6).__and__(3), (6).__or__(3), (6).__xor__(3))
