# bytes.splitlines: only \n, \r and \r\n end a line; keepends positional or keyword.
data = b"one\ntwo\r\nthree\rfour\x0bfive\n\n"
print(data.splitlines(), data.splitlines(True), data.splitlines(keepends=True))
print(b"".splitlines(), b"\n".splitlines(), b"no newline".splitlines())
