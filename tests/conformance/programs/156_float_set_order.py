# Sets of floats iterate in CPython's hash-table order (integral floats, fractions, mixes with ints).
print({3.0, 1.0, 2.0}, {2.5, 0.5, 1.25, -7.75}, {1, 2.5, 3.0, -4}, {0.1, 0.2, 0.30000000000000004})
s = {10.0, 20.0, 5.5}
s.add(1.0)
s.discard(20.0)
print(s, sorted(s), {x / 2 for x in range(10)}, set([1e16, 2.0**60, 3.5]))
print(frozenset({9.5, 8.5}), {-0.0, 0.0}, {1e300, 1e-300, 5e-324})
