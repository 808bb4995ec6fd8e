# strip family, replace, find/index/count, startswith/endswith.
s = "xxhello worldxx"
print(repr(s.strip("x")), repr(s.lstrip("x")), repr(s.rstrip("x")))
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()))
print(repr("\t\n text \r\n".strip()), repr("abcba".strip("ab")), repr("abc".strip("")))
print(repr("www.example.com".strip("cmowz.")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("", "-"))
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"), "a.b.c".replace(".", ""))
print("hello".replace("", "-", 2), "".replace("", "x"))
t = "the cat sat on the mat"
print(t.find("at"), t.find("at", 6), t.find("at", 6, 8), t.find("dog"), t.rfind("at"), t.rfind("at", 0, 10))
print(t.index("sat"), t.rindex("the"), t.count("at"), t.count("the"), t.count(""), t.count("a", 10))
print("aaa".count("aa"), "".count(""), "abc".count("", 1))
print(t.find(""), t.rfind(""), t.find("", 100))
try:
    t.index("dog")
except ValueError as e:
    print("ValueError", e)
try:
    t.rindex("dog")
except ValueError as e:
    print("ValueError", e)
print(t.startswith("the"), t.startswith("cat"), t.startswith("cat", 4), t.startswith(("a", "t")))
print(t.endswith("mat"), t.endswith("at", 0, 7), t.endswith(("x", "y")), t.endswith(""))
print("file.tar.gz".endswith((".gz", ".zip")), "Image.PNG".lower().endswith(".png"))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "x".removeprefix("y"))
print("😀a😀".find("a"), "😀a😀".count("😀"), "😀a😀".rfind("😀"), "😀a😀".index("a"))
url = "https://example.com/path?q=1&r=2"
scheme, _, rest = url.partition("://")
host, _, tail = rest.partition("/")
path, _, query = tail.partition("?")
print(scheme, host, path, query)
params = {}
for pair in query.split("&"):
    k, _, v = pair.partition("=")
    params[k] = v
print(params)
print("tab\there".expandtabs(), "a\tb".expandtabs(4))
print("%", "100%".rstrip("%"), "--x--".strip("-"))
