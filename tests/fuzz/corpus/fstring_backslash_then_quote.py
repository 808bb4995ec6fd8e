# Fuzz finding (crash): an f-string literal part holding a backslash escape and ending with `"`.
# CF900: SyntaxError raised by ast.literal_eval in _unescape, transpiler/lower/expressions.py:472
x = 1
a = f'\t"'
b = f'{x}\\"'
c = f'''\n"'''
d = f'\x41"{x}"'
