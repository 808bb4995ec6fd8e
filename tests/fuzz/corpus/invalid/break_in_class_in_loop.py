# CPython: SyntaxError: 'break' outside loop (in a class body inside a loop)
for i in range(3):
    class C:
        break
