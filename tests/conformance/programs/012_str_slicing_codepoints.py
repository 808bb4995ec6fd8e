# Indexing and slicing by code point, including emoji.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[:5], s[7:], s[-5:], s[:-7], s[2:9], s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[:100], s[-100:3], repr(s[3:3]))
print(s[::-2], s[len(s):0:-1], s[-3::-3])
e = "a😀b🎉c"
print(len(e), e[1], e[3], e[-1], e[1:4], e[::-1], e[::2], list(e))
print(len("é"), len("e\u0301"), len("👍🏽"), len("🇫🇷"), "🇫🇷"[0] == "\U0001F1EB")
print(len("日本語"), "日本語"[1], "日本語"[::-1])
for i, ch in enumerate("x😀y"):
    print(i, ch, ord(ch))
try:
    print(s[20])
except IndexError as e2:
    print("IndexError", e2)
try:
    print(e[5])
except IndexError as e3:
    print("IndexError", e3)
print(s[1:4], s[::-3])
word = "racecar"
print(word == word[::-1], "python"[::-1])
text = "😀😃😄😁"
print(text[1:3], text[-2:], text.find("😄"), text.index("😁"), text[text.find("😃")])
print([c for c in "héllo"], "héllo".upper(), "héllo"[1])
chunks = [s[i : i + 4] for i in range(0, len(s), 4)]
print(chunks)
print(max("hello"), min("hello"), sorted("banana"), sorted("😀a😃"))
print("abc"[-1:-4:-1], "abc"[0:-1:1], "abc"[5:-5:-1])
print(str(reversed("abc")) is not None, "".join(reversed("a😀b")))
