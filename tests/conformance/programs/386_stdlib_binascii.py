"""binascii (a C module in CPython, JS in cfpy): hex, base64 and CRC conversions."""
import binascii
from binascii import hexlify, unhexlify

print(hexlify(b"\x00\xffhello"), binascii.b2a_hex(b"ab"), unhexlify("48656c6c6f"), binascii.a2b_hex(b"00FF"))
print(hexlify(b"\x01\x02\x03\x04\x05", "-"), hexlify(b"\x01\x02\x03\x04\x05", b":", 2), hexlify(b"\x01\x02\x03\x04\x05", " ", -2))
print(b"\xde\xad".hex(), binascii.b2a_base64(b"hello world"), binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64(b"aGVsbG8gd29ybGQ=\n"), binascii.a2b_base64("aGk="))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"", 7))
for bad in [lambda: unhexlify("abc"), lambda: unhexlify("zz"), lambda: binascii.a2b_base64(b"abc"), lambda: binascii.a2b_base64(b"=abc", strict_mode=True)]:
    try:
        bad()
    except binascii.Error as e:
        print("Error:", e, isinstance(e, ValueError))
try:
    hexlify("text")
except TypeError as e:
    print("TypeError:", e)
