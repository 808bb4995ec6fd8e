# partition, splitlines, is* predicates.
print("a=b".partition("="), "a=b=c".partition("="), "ab".partition("="), "ab".rpartition("="))
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb\n".splitlines(), "trail\n".split("\n"))
print("x\x0by\x0cz\x1cw\u2028v".splitlines())
checks = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "a1", "Hello World", "hello world", "\t\n", "½", "²", "ǅ", "_id", "x y", "é"]
for s in checks:
    print(
        repr(s),
        s.isalpha(),
        s.isdigit(),
        s.isdecimal(),
        s.isnumeric(),
        s.isalnum(),
        s.isspace(),
        s.isupper(),
        s.islower(),
        s.istitle(),
        s.isidentifier(),
        s.isprintable(),
        s.isascii(),
    )
print("class".isidentifier(), "1x".isidentifier(), "x_1".isidentifier())
print("tab\t".isprintable(), "new\nline".isprintable())
print("A1".isupper(), "a1".islower(), "1".isupper(), "1".islower())
print("abc".partition("b"), "abc".partition("abc"), "".partition("x"), "aaa".rpartition("a"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
for line in "alpha\n  beta  \n\ngamma".splitlines():
    print(repr(line), line.strip().isalpha(), len(line))
print("".join("x\r\ny\n".splitlines(keepends=True)) == "x\r\ny\n")
print("42".isdigit(), "-42".isdigit(), "4.2".isdecimal(), "٤٢".isdigit(), "Ⅻ".isnumeric())
