# CPython: SyntaxError: name 'g' is used prior to global declaration
g = 0
def f():
    print(g)
    global g
