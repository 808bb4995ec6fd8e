# bytearray: slice assignment, mutation methods and their errors, unhashable, types.
ba = bytearray(b"abcdef")
print(isinstance(ba, bytes), isinstance(b"x", bytearray), isinstance(ba, bytearray), type(ba).__name__)
ba[::2] = b"XYZ"
print(ba, ba.pop(0), ba.pop(), ba)
ba += bytearray(b"++")
ba.remove(ord("+"))
ba.insert(-1, 33)
ba.extend([1, 2])
print(ba, ba.copy() == ba, ba.copy() is ba, len(ba))
for bad in [lambda: ba.append(300), lambda: ba.remove(99), lambda: bytearray().pop(), lambda: ba.__setitem__(99, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    {bytearray(b"k"): 1}
except TypeError as e:
    print("TypeError", e)
d = {b"k": 1}
print(d[bytes(bytearray(b"k"))], bytearray("héllo", "utf-8"), bytearray(b"x") * 3, bytearray(b"ab").split(b"a"))
