# Case conversion and padding.
samples = ["hello world", "HELLO", "hello-world_foo bar", "o'neil's dog", "ÉCOLE", "ß", "3rd place", "", "mIxEd CaSe"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("abc".center(9), "|" + "abc".center(8) + "|", "abc".center(9, "*"), "abc".center(2))
print("abcd".center(9, "-"), "ab".center(7, "."))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("x".ljust(4, ".") + "|", "x".rjust(4, ".") + "|", "long".ljust(2) + "|")
print("[" + "a".ljust(3) + "]", "[" + "a".rjust(3) + "]")
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("banana", 100, 10.0)]
for name, qty, price in table:
    print(name.ljust(8) + str(qty).rjust(4) + str(price).rjust(7))
print("hello world".title(), "they're bill's friends".title(), "a1b2c3".title())
print("HELLO".capitalize(), "hELLO wORLD".capitalize())
print("straße".upper(), "İ".lower() == "i̇", len("İ".lower()))
print("😀abc".upper(), "😀".center(5, "*"), "é".center(3, "*"))
print("x".center(0), "x".center(-3), "ab".center(3), "ab".center(4), "abc".center(4), "abc".center(6))
print("5".zfill(1), "-".zfill(3), "+".zfill(3), "-0".zfill(4), "3.14".zfill(7), "-3.14".zfill(7))
print("abc".ljust(6, "😀"), "abc".rjust(5, "é"), "😀😀".ljust(4, "-"))
for word in ["hello", "WORLD", "PyThOn", "123abc", "abc123", "a_b-c d"]:
    print(word.upper(), word.lower(), word.swapcase(), word.title(), word.capitalize())
header = ["Name", "Qty", "Price"]
print(" | ".join(h.center(8) for h in header))
print("-+-".join("-" * 8 for _ in header))
print("hello"[0].upper() + "hello"[1:], "MAKE lower".lower().upper())
print("".upper(), "".title(), "".capitalize(), "".center(3, "x"))
print("İstanbul".lower() == "i̇stanbul", "ǆ".title(), "ﬁ".upper())
print("Ünïcödé".upper(), "ÜNÏCÖDÉ".lower(), "groß".casefold(), "Σ".lower())
print("tschüß".upper(), len("tschüß".upper()))
print("a".center(4, "ab"[0]), "end".rjust(6, "."), "[" + "".ljust(2) + "]")
