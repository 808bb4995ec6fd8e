"""re IGNORECASE: i, I, dotless ı and dotted İ are one letter, as in CPython (issue 12),
in literals, sets, ranges and negated sets; the other special folds JS already shares."""

import re

tests = [
    ("(?i)ı", "I"),
    ("(?i)I", "ı"),
    ("(?i)i", "İ"),
    ("(?i)İ", "i"),
    ("(?i)ſ", "s"),
    ("(?i)s", "ſ"),
    ("(?i)K", "K"),
    ("(?i)k", "K"),
    ("(?i)[ı]", "I"),
    ("(?i)[a-z]", "ı"),
    ("(?i)[a-z]", "K"),
    ("(?i)µ", "Μ"),
    ("(?i)ß", "SS"),
    ("(?i)ﬀ", "FF"),
    ("(?i)[^a-z]", "ı"),
    ("(?i)[I]", "ı"),
    ("(?i)[ı-ı]", "i"),
    ("(?i)Σ", "ς"),
    ("(?i)ς", "σ"),
    ("(?i)ϐ", "β"),
    ("(?i)\u1e9e", "ß"),
    ("(?i)ß", "\u1e9e"),
    ("(?i)ǅ", "ǆ"),
    ("(?i)ǅ", "Ǆ"),
    ("(?i)Ω", "ω"),
    ("(?i)Ω", "Ω"),
    ("(?i)Å", "å"),
]
for p, s in tests:
    print(repr(p), repr(s), bool(re.fullmatch(p, s)), bool(re.search(p, s)))
print(re.findall("(?i)[i]+", "iIıİ"), re.sub("(?i)i", "-", "iIıİx"))
print(
    bool(re.fullmatch("ı", "I", re.IGNORECASE)),
    bool(re.fullmatch("(?ia)ı", "I")),
    bool(re.fullmatch("(?ia)i", "ı")),
)

groups = [
    (0x69, 0x131),
    (0x73, 0x17F),
    (0xB5, 0x3BC),
    (0x345, 0x3B9, 0x1FBE),
    (0x390, 0x1FD3),
    (0x3B0, 0x1FE3),
    (0x3B2, 0x3D0),
    (0x3B5, 0x3F5),
    (0x3B8, 0x3D1),
    (0x3BA, 0x3F0),
    (0x3C0, 0x3D6),
    (0x3C1, 0x3F1),
    (0x3C2, 0x3C3),
    (0x3C6, 0x3D5),
    (0x1E61, 0x1E9B),
    (0xFB05, 0xFB06),
    (0x130, 0x69),
]
for g in groups:
    chars = [chr(c) for c in g] + [chr(c).upper() for c in g if len(chr(c).upper()) == 1]
    row = []
    for a in chars:
        for b in chars:
            row.append("1" if re.fullmatch("(?i)" + re.escape(a), b) else "0")
            row.append("1" if re.fullmatch("(?i)[" + re.escape(a) + "]", b) else "0")
    print(hex(g[0]), "".join(row))
