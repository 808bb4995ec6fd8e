# str.split(): the common forms (no argument; one non-empty str separator) take a fast
# path; their slow twins (the same split spelled with keywords or maxsplit=-1) and the
# maxsplit forms go through argument parsing and the character loop. All match CPython,
# with Python's whitespace (\x1c-\x1f and \x85 are whitespace, \ufeff and \u200b are not).
samples = [
    "  a b\tc\n",
    "",
    "   ",
    "x\x1cy\x1dz\x1e\x1fw\x85v\xa0u\u3000t\ufeffs\u200br",
    "one",
    "a  b",
    "\u2028l\u2029m\u1680n\u2000o\u200ap\u202fq\u205fr",
    "é ü\U0001f600 z",
    "a,b,,c,",
]
for s in samples:
    fast = s.split()
    slow = s.split(sep=None, maxsplit=-1)
    print(repr(s), fast == slow, fast)
    print(" ", s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.isspace(), repr(s.strip()))
    for sep in (",", " ", "b", "\x85", "ab"):
        assert s.split(sep) == s.split(sep=sep, maxsplit=-1)
        print(" ", repr(sep), s.split(sep), s.split(sep, 1), s.rsplit(sep, 1))
text = " ".join(str(i * 7919 % 1000) for i in range(300))
print(len(text.split()), sum(int(w) for w in text.split()), text.split(" ")[-3:])
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError", e)
