# Fuzz finding (bad-js): attribute of an integer literal -> `42.real` is a JS syntax error.
x = 1 .real
y = (2).imag
42 .real = 15
