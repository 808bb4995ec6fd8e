# int() and float() parsing, including errors.
print(int("42"), int("-17"), int("  8  "), int("+3"), int("1_000"), int("0"))
print(int("ff", 16), int("0xff", 16), int("0x1a", 0), int("777", 8), int("0o17", 0), int("101", 2), int("0b11", 0))
print(int("z", 36), int("Z", 36), int("10", 36))
print(int(3.9), int(-3.9), int(True), int(False), int(0.0))
print(float("3.14"), float("-0.5"), float("1e5"), float("inf"), float("-Infinity"), float("nan"))
print(float("  2.5\n"), float("1_000.5"), float(7), float("10"))
for bad in ["", "abc", "1.5", "1e3", "0x10", "- 1", "1 2", "1.0"]:
    try:
        print("int", repr(bad), int(bad))
    except ValueError as e:
        print("ValueError", e)
for bad in ["", "abc", "1.2.3", "e5", "--1"]:
    try:
        print("float", repr(bad), float(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    float(None)
except TypeError as e:
    print("TypeError", e)
print(str(42), str(-0), str(10 ** 6), repr(5), str(True), str(None))
print(int(str(123)) + 1, float(str(1.5)) * 2)
print(bool("False"), bool("0"), bool(0), str(bool(1)))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), bin(0))
print(int("  -0  "), int("007"), int("-0b101", 0))
print(ord("A"), chr(97), chr(0x1F600), ord("€"))
print(int(float("1e3")), int("1" * 10))
values = ["1", "2.5", "x", "3", "-4", ""]
parsed = []
for v in values:
    try:
        parsed.append(int(v))
    except ValueError:
        try:
            parsed.append(float(v))
        except ValueError:
            parsed.append(None)
print(parsed)
