"""Edge cases of the runtime's fast paths: tuple keys in dicts/sets (one key for 1, 1.0
and True, -0.0, nested and empty tuples, copy/delete/clear), json through the native
parser and serializer (float literals, index-like and repeated keys, escapes, __proto__),
and str.replace/startswith/endswith."""

import json

counts: dict[tuple, int] = {}
for key in [(1, "a"), (1.0, "a"), (True, "a"), (-0.0, 0), (0, 0.0), ((1, 2), 3), (), ((),)]:
    counts[key] = counts.get(key, 0) + 1
print(counts)
print((1, "a") in counts, (2, "a") in counts, ((1, 2), 3) in counts, ((1, 2.0), 3) in counts)
copy = dict(counts)
del copy[(True, "a")]
print(len(counts), len(copy), (1, "a") in copy, (1, "a") in counts)
copy.clear()
copy[(1, "a")] = 9
print(copy, copy.get((1.0, "a")), copy.get((1, "b"), "missing"))
seen = {(1, 2), (1.0, 2.0), (2, 1), ("x", None), ("x", None)}
print(len(seen), (1, 2) in seen, (2.0, 1) in seen, ("x", None) in seen)
seen.discard((1, 2))
print(sorted(seen, key=repr))
grid = {}
for x in range(3):
    for y in range(3):
        grid[x, y] = x * y
grid[1, 1] += 10
print(grid[2, 2], grid[1, 1], sum(grid.values()), list(grid)[:4])

texts = [
    '{"a": 1, "b": [1, 2.5, 1.0, 1e3, -0, -0.0, true, null], "c": "x\\u00e9\\n"}',
    '{"2": "two", "1": "one", "b": 0, "0": "zero"}',
    '{"k": 1, "k": 2, "__proto__": {"z": 1}, "constructor": 3}',
    '[1.5, 2, 3e-5, 12345, -7, "\\ud83d\\ude00", "tab\\t"]',
    '{"big": 1E2, "neg": -1.25e-3, "nested": {"deep": [[], {}]}}',
]
for text in texts:
    value = json.loads(text)
    print(value)
    print(json.dumps(value), json.dumps(value, ensure_ascii=False), json.dumps(value, sort_keys=True))
print(json.dumps({"s": "quote\" back\\ slash / ctrl\x01 \u2028 é 😀", 1: 2, 2.0: 3, None: 4, True: 5}))
print(json.dumps([1.0, 2.5, -0.0, 10**15, 1e16, float("inf")]), json.dumps("</script>"))
for bad in ['{"a": }', "[1, 2", "", "tru", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as err:
        print("JSONDecodeError", err)

s = "a$b$$c"
print(s.replace("$", "$$"), s.replace("$b", "$&"), s.replace("b", "$1"), s.replace("", "-"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")), "".startswith(""))
print("hello".startswith("l", 2), "hello".endswith("l", 0, 4), "hello".replace("l", "L", 1))
