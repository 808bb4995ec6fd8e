# Set operators on dict keys and items views: any iterable operand, a set result.
d = {"a": 1, "b": 2, 3: 4}
print(sorted(d.keys() & {"a", "z"}, key=str), sorted({"b", "q"} & d.keys()), sorted(d.keys() - ["a"], key=str))
print({3, 5} | d.keys() == {3, 5, "a", "b"}, sorted(d.items() & {("a", 1), ("b", 3)}), d.keys() ^ {3} == {"a", "b"})
print(type(d.keys() & set()).__name__, [1, 3] - d.keys() if False else {1, 3} - d.keys())
try:
    d.keys() & 5
except TypeError as e:
    print("TypeError", e)
