# string module constants and helpers.
import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(repr(string.whitespace))
print(len(string.printable), repr(string.printable[-6:]))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
print([c for c in "a1!B " if c in string.ascii_letters], [c for c in "a1!B " if c in string.digits])
print(all(c in string.hexdigits for c in "dead01"), any(c in string.punctuation for c in "abc"))
t = string.Template("$who likes ${what}!")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
alphabet = string.ascii_lowercase


def caesar(text, shift):
    out = []
    for ch in text:
        if ch in alphabet:
            out.append(alphabet[(alphabet.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)


print(caesar("hello, world", 3), caesar(caesar("round trip", 5), -5))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "hello".translate(str.maketrans("", "", "l")), "a-b".translate({ord("-"): "+"}))


def slugify(s):
    allowed = string.ascii_lowercase + string.digits
    s = s.lower()
    return "-".join("".join(c for c in w if c in allowed) for w in s.split() if any(c in allowed for c in w))


print(slugify("Hello, World! 2024 edition"), slugify("  --  "))
print(string.ascii_uppercase.index("Q"), string.digits[::-1], "".join(sorted(set("hello") & set(string.ascii_lowercase))))
