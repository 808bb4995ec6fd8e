# CPython: SyntaxError: 'return' outside function (in a class body)
def f():
    class C:
        return 1
