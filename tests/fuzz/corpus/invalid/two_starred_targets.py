# CPython: SyntaxError: multiple starred expressions in assignment
a, *b, *c = [1, 2, 3]
