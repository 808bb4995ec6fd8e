# Big ints and bytes: to_bytes/from_bytes, bit_length, bit_count, as_integer_ratio.
vals = [2**64 - 1, 2**64, 2**127 - 1, -(2**127), 10**30, -(10**30) - 1]
for v in vals:
    n = (v.bit_length() + 8) // 8
    b = v.to_bytes(n, "big", signed=True)
    print(v.bit_length(), v.bit_count(), b, int.from_bytes(b, "big", signed=True) == v)
    print(v.to_bytes(n, "little", signed=True).hex(), int.from_bytes(v.to_bytes(n, "little", signed=True), "little", signed=True))
print((2**64 - 1).to_bytes(8, "big"), int.from_bytes(b"\xff" * 16, "big"), int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
print(int.from_bytes(bytes(range(1, 33)), "little"), int.from_bytes(bytearray(b"\x01" * 12), "big"))
try:
    (2**64).to_bytes(8, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (-(2**64)).to_bytes(9, "big")
except OverflowError as e:
    print("OverflowError", e)
print((2**70).as_integer_ratio(), (2**70).numerator, (2**70).denominator, (2**70).real, (2**70).imag, (2**70).conjugate())
x = 2**100
print(x.bit_length(), (x - 1).bit_count(), (-x).bit_length(), (x).to_bytes(13, byteorder="big"))
