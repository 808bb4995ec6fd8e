# Big ints as text: str/repr, format specs, % formatting, f-strings, int(str, base).
vals = [2**64, -(2**64) - 1, 10**30 + 7, 2**53 + 1, -(3**60)]
specs = ["", "d", ",", "_", "x", "X", "#x", "_x", "o", "#o", "b", "#b", "_b", ">50", "<50", "^50", "*^50",
         "+d", " d", "050", "0=50", "+050,", "=+50", "e", ".3e", "f", ".2f", "g", ".10g", "%", "n", "#X"]
for v in vals:
    print(str(v), repr(v))
    for sp in specs:
        print(repr(sp), format(v, sp))
for v in vals:
    print(f"{v} {v!r} {v:,} {v:_} {v:#x} {v:>45} {v:040_} {v:+,}")
    print("%d|%i|%x|%X|%o|%#x|%#o|%50d|%-50d|%+d|%050d|%e|%.3f|%s|%r" % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
print(bin(2**70), oct(-(2**70)), hex(2**70 - 1), hex(-(2**64)))
for text, base in [("123456789012345678901234567890", 10), ("-99999999999999999999", 10),
                   ("ffffffffffffffffffffffffffff", 16), ("0x1_0000_0000_0000_0000", 0),
                   ("0b" + "1" * 90, 0), ("0o" + "7" * 40, 0), ("zzzzzzzzzzzzzzzzzz", 36),
                   ("  +1000000000000000000000  ", 10), ("1" * 60, 2), ("1_000_000_000_000_000_000", 10)]:
    print(int(text, base))
print(int("9" * 30) + 1, int(b"123456789012345678901234"), int("٣" * 20))
try:
    int("12345678901234567890x")
except ValueError as e:
    print("ValueError", e)
print("{:,}".format(2**80), "{0:x} {0:o}".format(2**70), str(2**70).zfill(30), len(str(2**1000)))
print(f"{2**64=}", f"{-(2**64):=+30,}", "%(x)d" % {"x": 2**65})
