# int attributes and methods: real/imag/numerator/denominator, to_bytes/from_bytes,
# float.hex/fromhex, explicit dunder calls on numbers.
print(getattr(3, "real"), (3).imag, (7).numerator, (7).denominator, True.real, (2.5).real)
print((1000).to_bytes(2, "big"), (1000).to_bytes(2, "little"), (1000).to_bytes(4, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes([255, 255], "big"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True))
for v in [0, 1, 255, 256, 65535, 2**31, 2**40 + 7]:
    n = (v.bit_length() + 7) // 8 or 1
    data = v.to_bytes(n, "big")
    print(v, n, data, int.from_bytes(data, "big"), int.from_bytes(v.to_bytes(n, "little"), "little") == v)
for bad in [(256, 1, False), (-1, 2, False), (128, 1, True), (-129, 1, True)]:
    try:
        bad[0].to_bytes(bad[1], "big", signed=bad[2])
    except OverflowError as e:
        print("OverflowError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
print((1.5).hex(), (0.1).hex(), (-2.75).hex(), (1e-310).hex(), float.fromhex("0x1.8p1") == 3, float.fromhex("-0x1p-2"))
print(float.fromhex("0x1.999999999999ap-4") == 0.1, float.fromhex(" 0xA.8p0 "), float.fromhex("inf"))
print((-7).__abs__(), (3).__neg__(), (7).__divmod__(2), (7).__floordiv__(2), (7).__truediv__(2), (2).__pow__(10))
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (5).__invert__(), (1.55).__round__(1))
print((0).__sizeof__(), (5).__sizeof__(), (2**30).__sizeof__(), (42).__bool__(), (0).__bool__())
print((3).__class__.__name__, True.__class__.__name__, (2.5).__class__.__name__, "s".__class__.__name__)
print((255).bit_count(), (3.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (7).conjugate())
try:
    (2.5).numerator
except AttributeError as e:
    print("AttributeError", e)

# int's binary dunders return NotImplemented for a float operand; float's accept ints
print((5).__eq__(5.0), (5).__add__(1.5), (5).__lt__(6.5), (5).__add__(2), True.__and__(1))
print((2.0).__eq__(2), (2.5).__add__(1), (2.0).real, (2.0).imag, (3).real, (True).imag)
for name in ("hex", "is_integer", "to_bytes"):
    for value in (5, 5.0):
        print(name, type(value).__name__, hasattr(value, name))
