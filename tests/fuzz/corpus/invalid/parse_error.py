# Not even a parse: CPython's parser refuses these; cfpy must say CF100 with a position.
def f(:
    pass
