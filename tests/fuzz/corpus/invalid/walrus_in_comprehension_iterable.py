# CPython: SyntaxError: assignment expression cannot be used in a comprehension iterable expression
v = [x for x in (y := [1, 2])]
