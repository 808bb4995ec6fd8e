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
