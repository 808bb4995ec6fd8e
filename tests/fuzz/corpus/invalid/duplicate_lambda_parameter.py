# CPython: SyntaxError: duplicate argument 'x' in function definition (lambda)
f = lambda x, x: x
