# split / rsplit / join.
s = "  the quick  brown fox  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1))
print(s.rsplit(None, 1))
print(s.strip().split(" ", 2))
print(s.strip().rsplit(" ", 2))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 1))
print("a,b,,c".split(",", 0))
print("a,b,,c".split(",", -1))
print("".split(), "".split(","), "   ".split())
print("abc".split("abc"), "xabcx".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1))
print("one\ttwo\nthree\r\nfour\x0bfive".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="))
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"))
print(" ".join([]), ", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("|".join(("t", "u")), "+".join({"k1": 1, "k2": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
words = "Hello world from cfpy".split()
print(len(words), words[-1], " ".join(reversed(words)))
print("/".join(["", "api", "v1", ""]))
path = "/api/v1/users/42"
print(path.split("/"), path.strip("/").split("/"))
print(path.rsplit("/", 1)[-1], path.split("/", 2))
csv_line = "name, age , city"
print([part.strip() for part in csv_line.split(",")])
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1))
print("a,b,c".split(sep=",", maxsplit=1))
print("x".join(["1"]), "ab".join(["<", ">"]))
print("😀,😃".split(","), "-".join("😀😃"))
