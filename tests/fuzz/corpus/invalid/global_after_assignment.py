# CPython: SyntaxError: name 'x' is assigned to before global declaration
x = 1
def f():
    x = 2
    global x
