# String comparison, repetition, concatenation, membership.
print("apple" < "banana", "Zebra" < "apple", "a" < "aa", "abc" == "abc", "abc" != "ABC")
print("é" > "z", "😀" > "é", "\uffff" < "😀", sorted(["b", "A", "a", "B", "😀", "é", "z"]))
print(max(["pear", "apple", "fig"]), min(["pear", "apple", "fig"]), max("pear", "apple", key=len))
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print("ab" + "cd", "a" + "b" * 2 + "c")
s = "hi"
s += "!"
s *= 2
print(s)
print("lo" in "hello", "LO" in "hello", "" in "", "hello" in "hello")
print(["a", "b"] < ["a", "c"], ("a", 1) < ("a", 2), ("b",) > ("a", "z"))
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" * 1.5)
except TypeError as e:
    print("TypeError", e)
print("abc".__len__(), len("abc" * 4), str("x") == "x", str(3) + "3")
print("-" * 20)
print(f"{'=' * 5} title {'=' * 5}")
words = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, reverse=True))
print(chr(ord("a") + 1), "".join(chr(c) for c in range(65, 70)))
print("a" "b" "c", "con" "cat")
print(hash("x") == hash("x"), "abc".__eq__("abc"))
