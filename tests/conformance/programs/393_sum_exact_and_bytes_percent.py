"""sum() of ints stays exact past 2**53 (the array fast path), and bytes % (PEP 461) checks each conversion as CPython does."""

big = 2**52
xs = [big, big, 1, 3]
print(sum(xs), sum(xs, 10), sum([big] * 5), sum(x for x in xs), sum([1.5, big, big]))
print(sum([2**62, -(2**62), 1]), sum(range(10**6)))
try:
    print(b"%s" % 3)
except TypeError as e:
    print("TypeError", e)
print(b"%s|%b|%d|%%" % (b"a", b"b", 5))
try:
    print(b"%s" % "x")
except TypeError as e:
    print("TypeError", e)
print(sum(x for x in xs), sum((x for x in xs), 10), sum([x for x in xs], 7), sum([0.5, big, big, 1]), sum([big, big, 0.5]))
print(sum([1, 2], 0.5), sum([3, 2**53, 2**53]), sum([-(2**53), -(2**53), 5]))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b"%r|%a|%c|%c|%5b|%-4s|" % ("é", b"q", 65, b"z", b"ab", b"c"))
attempt(lambda: b"%c" % 256)
attempt(lambda: b"%c" % "a")
attempt(lambda: b"%s" % 3.5)
attempt(lambda: b"%s" % bytearray(b"xy"))
attempt(lambda: b"%*d|%.*f" % (5, 3, 2, 1.25))
attempt(lambda: b"%d %d" % (1,))
attempt(lambda: b"%d" % (1, 2))
class B:
    def __bytes__(self):
        return b"BB"
attempt(lambda: b"<%s>" % B())
attempt(lambda: b"%x %o %e %%" % (255, 8, 1.5))
