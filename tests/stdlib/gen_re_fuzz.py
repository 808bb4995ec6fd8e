"""Generate tests/stdlib/expected/re_fuzz.json: random Python patterns and subjects with
CPython's results (findall, finditer spans, match/search/fullmatch, sub, split).

    python3 tests/stdlib/gen_re_fuzz.py [seed] [count]
"""

from __future__ import annotations

import json
import os
import random
import re
import sys

ATOMS = [
    "a", "b", "A", ".", "[ab]", "[^a]", r"\d", r"\w", r"\s", r"\W", "[a-c]", r"[\w-]", " ", r"\n",
    "1", "[^\\s1]", "é", "É", "[é-ü]", "😀", "[^😀]", r"\S", r"\D", "[\\W\\d]", "[^\\Wa]", "ſ", "s",
    "S", "k", "K", r"\x41", r"\u00e9", "[.]", r"\.", "(?P<n>a)(?P=n)", "(?i:a)", "(?s:.)", "(?m:^)",
    "(?m:$)", "(?#c)",
]  # fmt: skip
ANCHORS = ["^", "$", r"\b", r"\B", r"\A", r"\Z"]
ALPHABET = ["a", "b", " ", "A", "\n", "1", "_", "é", "É", "😀", "s", "S", "ſ", "K", "k", "٣"]
QUANTIFIERS = ["*", "+", "?", "{2}", "{1,2}", "{,2}", "{2,}"]


def gen(depth: int = 0) -> str:
    r = random.random()
    if depth > 3 or r < 0.3:
        return random.choice(ATOMS)
    if r < 0.4:
        return random.choice(ANCHORS)
    if r < 0.55:
        return gen(depth + 1) + gen(depth + 1)
    if r < 0.65:
        return gen(depth + 1) + "|" + gen(depth + 1)
    if r < 0.8:
        q = random.choice(QUANTIFIERS) + random.choice(["", "", "?", "+"])
        body = gen(depth + 1)
        if random.random() < 0.5:
            body = "(?:" + body + ")"
        return body + q
    if r < 0.9:
        return "(" + gen(depth + 1) + ")"
    if r < 0.93:
        return "(?=" + gen(depth + 1) + ")"
    if r < 0.95:
        return "(?!" + gen(depth + 1) + ")"
    if r < 0.97:
        return "(?<=" + random.choice(["a", "b", "[ab]", "ab"]) + ")"
    return "(?>" + gen(depth + 1) + ")"


def spans(m: re.Match[str] | None, groups: int) -> list[object] | None:
    if m is None:
        return None
    return [m.span()] + [m.span(i) for i in range(1, groups + 1)] + [m.lastindex]


def case(p: str, flags: int, subj: str) -> dict[str, object]:
    c: dict[str, object] = {"p": p, "f": flags, "s": subj}
    try:
        rx = re.compile(p, flags)
    except re.error as e:
        c["err"] = str(e)
        return c
    except Exception as e:  # noqa: BLE001 - OverflowError etc.
        c["err"] = type(e).__name__ + ": " + str(e)
        return c
    g = rx.groups
    c["findall"] = [list(x) if isinstance(x, tuple) else x for x in rx.findall(subj)]
    c["finditer"] = [spans(m, g) for m in rx.finditer(subj)]
    c["match"] = spans(rx.match(subj), g)
    c["search"] = spans(rx.search(subj), g)
    c["full"] = spans(rx.fullmatch(subj), g)
    c["sub"] = rx.sub(r"<\g<0>>", subj)
    c["sub2"] = rx.sub(r"[\1]" if g else r"[\\n\g<0>]", subj)
    c["pe"] = spans(rx.search(subj, 1, max(1, len(subj) - 1)), g)
    c["split"] = rx.split(subj)
    c["groups"] = g
    return c


def main() -> None:
    random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1200
    cases = []
    for _ in range(count):
        p = gen()
        if random.random() < 0.2 and random.random() < 0.5:
            p = "(" + p + r")\1"
        flags = random.choice([0, 0, 0, re.I, re.M, re.S, re.I | re.A, re.A, re.I | re.M | re.S])
        alphabet = ALPHABET
        if (flags & re.I and "\\1" in p) or "(?P=" in p:
            alphabet = ALPHABET[:11]  # case-insensitive backreferences differ for ſ/K (documented)
        subj = "".join(random.choice(alphabet) for _ in range(random.randint(0, 8)))
        cases.append(case(p, flags, subj))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "expected", "re_fuzz.json")
    with open(out, "w") as f:
        f.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n")
    print(out, len(cases))


if __name__ == "__main__":
    main()
