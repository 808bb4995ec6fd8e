# CPython: SyntaxError: 'return' outside function
return 1
