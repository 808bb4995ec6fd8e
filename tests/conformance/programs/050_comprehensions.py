# Comprehensions: own scope, nesting, conditions.
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
print([(i, j) for i in range(3) for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
print([v for v in range(20) if v % 2 if v % 3])
print([a if a % 2 else -a for a in range(6)])
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print(sorted({c for c in "hello world" if c.isalpha()}))
print({i % 3 for i in range(10)})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([n for row in matrix for n in row if n % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
words = ["apple", "bob", "kayak", "level", "test"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words if len(w) > 3})
n = 3
print([n * i for i in range(n)])


funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
y = "module y"
print([y for y in range(3)], y)
total = sum([v for v in range(101)])
print(total)
data = {"ann": [90, 80], "bob": [70], "cid": []}
print({name: sum(s) / len(s) for name, s in data.items() if s})
print([(k, v) for k, vs in data.items() for v in vs])
print([i for i in range(3)] == list(range(3)), [c * 2 for c in "ab"])
nested = [[1, [2]], [3, [4, 5]]]
print([leaf for _, sub in nested for leaf in sub])
print([walrus_y for v in range(5) if (walrus_y := v * 2) > 4], walrus_y)
g = [(yield_val := v) for v in range(3)]
print(g, yield_val)
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print([str(i) + s for i in range(2) for s in "xy"])
acc = []
[acc.append(i) for i in range(3)]
print(acc)
print(dict.fromkeys([c for c in "abca"]), [len(s) for s in "a bb ccc".split()])
