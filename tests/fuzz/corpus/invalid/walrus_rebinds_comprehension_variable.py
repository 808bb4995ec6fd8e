# CPython: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'i'
v = [i := 0 for i in range(3)]
