# bytearray.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b"!!")
print(ba, bytes(ba), len(ba), ba.decode(), ba[1], ba[1:3])
empty = bytearray()
empty += b"ab"
empty.insert(0, 120)
print(empty, empty.pop(), empty, bytearray(3), bytearray([1, 2]))
print(bytearray(b"abc") == b"abc", b"x" in bytearray(b"xyz"), bytearray(b"a b").split())
ba2 = bytearray(b"abcdef")
ba2[1:3] = b"XY"
del ba2[0]
print(ba2, ba2.upper(), ba2.find(b"Y"), ba2.count(b"e"), bytes(ba2[::-1]))
ba2.reverse()
print(ba2, ba2.hex(), bytearray.fromhex("414243"), list(bytearray(b"AB")))
ba3 = bytearray()
for ch in "hi there":
    ba3.append(ord(ch))
print(ba3, ba3.decode().title(), len(ba3), ba3.startswith(b"hi"), ba3.replace(b" ", b"_"))
try:
    ba3[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    bytearray(b"a")[5]
except IndexError as e:
    print("IndexError", e)
frozen = bytes(ba3)
ba3.clear()
print(frozen, ba3, ba3 == bytearray(), repr(bytearray(b"q'")))
print(isinstance(ba3, bytearray), type(ba3).__name__, bytearray(b"x") + b"y", b"y" + bytearray(b"x"))
