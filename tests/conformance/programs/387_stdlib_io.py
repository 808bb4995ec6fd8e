"""io.StringIO and io.BytesIO (C types in CPython, JS in cfpy)."""
import io
from io import BytesIO, StringIO

s = StringIO()
print(s.write("hello\n"), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()))
t = StringIO("a\nb\nc")
print([line for line in t], t.tell())
t.seek(0)
print(t.readlines(), StringIO("x\ny\n").readline(1))
print("to file", 1, 2, sep="-", file=(out := StringIO()))
print(repr(out.getvalue()))
with StringIO("ctx") as c:
    print(c.read(2), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError:", e)
try:
    StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
print(repr(StringIO("a\r\nb\rc", newline=None).getvalue()))
b = BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.readline(), b.readline(), b.tell())
b.seek(0, io.SEEK_END)
print(b.write(b"ghi"), b.getvalue())
b.seek(-3, 2)
print(b.read(), b.seek(1), b.read(1))
w = BytesIO()
w.write(bytearray(b"xy"))
w.writelines([b"1", b"2"])
print(w.getvalue(), list(BytesIO(b"l1\nl2")), io.SEEK_SET, io.SEEK_CUR)
