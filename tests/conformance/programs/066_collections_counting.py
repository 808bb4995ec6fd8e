# collections: defaultdict, Counter.
from collections import Counter, defaultdict

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dict(dd), dd["a"], len(dd))
print(dd["z"], len(dd), "z" in dd, "q" in dd)
print(dd)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(dict(counts), counts["x"], sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print({k: dict(v) for k, v in nested.items()})
sets = defaultdict(set)
sets["k"].add(1)
sets["k"].add(1)
print(dict(sets), isinstance(dd, dict))
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1])
print(sorted(c.elements()), sum(c.values()), len(c))
words = Counter(["x", "y", "x", "z", "x", "y"])
print(words, words.most_common(1), list(words), dict(words))
words.update(["z", "z", "w"])
print(words)
words.subtract({"x": 2})
print(words)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=5)
print(a + b, a - b, b - a, a & b, a | b)
print(Counter({"k": 2}) == Counter(k=2), Counter() == Counter(), +Counter(a=-1, b=2))
print(Counter(dict(one=1, two=2)), Counter([1, 1, 2]).most_common())
print(words["missing"], "missing" in words)
tally = Counter()
for token in "the cat and the hat and the bat".split():
    tally[token] += 1
print(tally.most_common(3), tally.total() if hasattr(tally, "total") else sum(tally.values()))
print(Counter("aab") == {"a": 2, "b": 1}, Counter(a=0) == Counter())
del tally["the"]
print(tally)
