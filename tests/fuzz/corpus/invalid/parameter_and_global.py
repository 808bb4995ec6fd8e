# CPython: SyntaxError: 'x' is parameter and global
def f(x):
    global x
