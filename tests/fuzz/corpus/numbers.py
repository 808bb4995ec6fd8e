# Numeric literal forms, including ones at and beyond JS's exact range.
ints = [0, 1, -1, 10, 0x1F, 0X1f, 0o17, 0O17, 0b101, 0B101, 1_000_000, 0x_ff, 0b_1, 00, 0_0]
safe = 9007199254740992
neg_safe = -9007199254740992
floats = [0.0, -0.0, 1.5, .5, 5., 1e10, 1E-10, 1_000.000_1, 1e308, 3.14e-2, 0e0, 1.e5]
inf = 1e309
tiny = 5e-324
under = 1e-400
ops = [7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 0.5, 2 ** -2, 1 / 3, 10 / 2, 3 * 1.0]
big_mul = 2 ** 52 + 1
bools = [True + True, True * 3, False - 1]
print(ints, safe, neg_safe, floats, inf, tiny, under, ops, big_mul, bools)
