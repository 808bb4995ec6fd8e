"""struct (a C module in CPython, JS in cfpy): pack/unpack/calcsize/Struct, sizes, alignment, errors."""
import struct
from struct import Struct, calcsize, pack, unpack

print(pack("<hHiI", -2, 65535, -7, 4000000000), pack(">q", -5), pack("!d", 1.5))
print(unpack("<hHiI", pack("<hHiI", -2, 65535, -7, 4000000000)))
print(calcsize("i"), calcsize("<i"), calcsize("bi"), calcsize("@bq"), calcsize("<bq"), calcsize("3s2x?"), calcsize("ll"), calcsize("<ll"))
print(pack("bi", 1, 2), pack("=bi", 1, 2), pack("5s", b"ab"), pack("3s", b"abcdef"), pack("4p", b"hello"))
print(unpack("<5sc?", b"hello!\x01"), unpack("4p", b"\x09abc"))
print(unpack("<f", pack("<f", 0.1)), unpack("<e", pack("<e", 0.1)), unpack(">d", pack(">d", -0.0)), unpack("<f", pack("<f", 2.0)))
print([pack("<e", x) for x in [1.0, 65504.0, 6e-8, 1e-7, -2.5, float("inf")]])
print(unpack("<Q", pack("<Q", 2**53 - 1)), unpack("<q", pack("<q", -(2**40))))
s = Struct("<HHb")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\xff"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.unpack_from("<h", b"xx\x05\x00", 2), struct.unpack_from("<h", b"xx\x05\x00", offset=2))
buf = bytearray(6)
struct.pack_into("<hh", buf, 2, 7, -1)
print(buf)
for fmt, v in [("b", 200), ("<h", 40000), ("B", -1), ("<I", -1), ("i", 2**40), ("<l", 2**40), ("<f", 1e300), ("c", b"ab"), ("<h", 1.5), ("<e", 1e6), ("5s", "str")]:
    try:
        pack(fmt, v)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for bad in [lambda: unpack("<h", b"abc"), lambda: pack("<hh", 1), lambda: calcsize("<y"), lambda: calcsize("<n"), lambda: struct.unpack_from("<i", b"ab", 1)]:
    try:
        bad()
    except struct.error as e:
        print("error:", e)
print(issubclass(struct.error, Exception), struct.error.__name__)
