# bytes, encode/decode, bytearray basics.
s = "héllo 😀"
b = s.encode()
print(b, len(b), len(s), b.decode(), b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason, e.start)
print(b"\xff".decode("utf-8", errors="replace"), b"a\xffb".decode("utf-8", "ignore"))
data = b"key=value&x=1"
print(data.split(b"&"), data.startswith(b"key"), data.find(b"="), data[0], data[:3], data[-1:], data.upper())
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" == b"abc", b"a" < b"b")
print(bytes([104, 105]), bytes(range(65, 70)), list(b"AB"), bytes.fromhex("48 65 6c"), b"Hi".hex())
print(b" x ".strip(), b"a,b".replace(b",", b";"), b"-".join([b"a", b"b"]), b"ABC".lower())
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x00\x7f\x80"))
print(str(b"x"), f"{b'y'}", [b"z"], {b"k": b"v"})
print(hash(b"a") == hash(b"a"), {b"a": 1}[b"a"], b"abc"[1:2], b"abc"[::-1])
print(b"hello world".count(b"o"), b"a b  c".split(), b"line1\nline2".splitlines())
print(len("😀".encode("utf-8")), "😀".encode("utf-8"))
print("ü".encode("utf-8").decode("latin-1"), bytes("abc", "utf-8"), str(b"abc", "utf-8"))
import base64

print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"))
print(base64.b64encode("héllo".encode()).decode("ascii"))
print(b"abc".decode("ascii"), b"caf\xc3\xa9".decode(), "café".encode("utf-8").hex())
print(b"%d items" % 3 if hasattr(bytes, "__mod__") else b"3 items", b"a" + bytes(1), bytes(b"xy") == b"xy")
print(sorted([b"b", b"a", b"ab"]), max(b"abc"), min(b"abc"), sum(b"\x01\x02"))
