# Fuzz finding (bad-js): `__name__` as an assignment/del target is lowered to its string
# value -> `"fuzzmod" = 1`: "Invalid left-hand side in assignment".
__name__ = "renamed"
__name__ += "!"
del __name__
