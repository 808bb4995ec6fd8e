"""Complex numbers: literals, arithmetic, repr/str, hash, constructor, format, errors."""

import math

inf, nan = float("inf"), float("nan")

# literals and repr (real part omitted when it is +0.0; parts without a forced ".0")
print(1j, 2j, 1.5j, 0j, -2j, 1 + 2j, 1.5 + 0j, 1e20j, 1e-7j, 3.25e16j, 1_000j)
print(repr(complex(-0.0, -1)), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, -0.0))
print(complex(nan, inf), complex(-inf, nan), complex(inf, -inf), complex(0.1, 0.2))
print(str(2 - 3j), [1j, (2 + 0j)], (1j,), {"z": -1j}, f"{1 + 2j}", f"{-1j!r:>8}")

# parts, conjugate, abs, bool, unary operators
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), abs(1e308 + 1e308j), abs(complex(inf, nan)))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), -z, +z, -(0j), not 0j)
print(type(z.real).__name__, type(abs(z)).__name__, type(z).__name__, type(z) is complex)
print(isinstance(z, complex), isinstance(1.0, complex), isinstance(1, complex))
n, f, t = 3, 2.5, True
print(n.real, n.imag, f.real, f.imag, (4.0).imag, t.real, t.imag, n.conjugate(), f.conjugate())

# arithmetic with ints, floats, bools and complexes (CPython 3.11 algorithms)
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, b / a, a + 1, 1 - a, 2.5 * a, a / 2, 2 / a, True + a)
print(a * a * a, (1e200 + 1e200j) * (1e200 + 1e200j), 1 / (1e-320 + 1e-320j))
print((1 + 1j) / complex(inf, 1), complex(1, nan) / 2j, 1j / complex(0, 1e-300))
acc = 0j
for k in range(5):
    acc += complex(k, -k) * 1.5
    acc -= 0.25j
print(acc, sum([1j, 2, 0.5]), sum([]) + 0j)

# powers: negative real bases to fractional powers, integer and complex exponents
print((-8) ** 0.5, (-8.0) ** (1 / 3), (-1) ** 0.5, pow(-2, 1.5), (-0.5) ** -2.5)
x = -27
print(x ** 0.25, x ** -0.75, 2 ** 0.5, 4.0 ** 0.5, (-2.0) ** 2.0, (-2) ** -1, (-8) ** 1.0)
print(a ** 2, a ** -2, a ** 0, a ** 101, a ** 0.5, a ** b, 2 ** a, 1.5 ** (1j), 1j ** 1j)
print(0j ** 0, 0j ** 2, 0j ** 0.5, (-1 + 0j) ** 0.5, complex(-1, -0.0) ** 0.5)
y = 0.5
for base in (-3, -3.5, 3, 0.0):
    print(base ** y, pow(base, y), base ** (y + 0.25))

# equality, hashes, dict and set keys
print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1j, 1j != 1, 0j == False, 2j == "2j", [1j] == [1j])
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j), hash(1 + 2j))
print(hash(-1j), hash(3 - 4j), hash(complex(0, -0.0)) == hash(0))
d = {1: "one", 1 + 0j: "uno", 2j: "two-j", 2.0: "two"}
print(d, d[1.0], d[2 + 0j], (1 + 0j) in {1}, len({1j, 1j, 1 + 0j, 1}), {(1,): "t"}[(1 + 0j,)])

# the constructor
print(complex(), complex(2), complex(2.5, -1), complex(real=1, imag=2), complex(imag=3))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(True), complex(-0.0), complex("1+2j"))
for text in ["-1.5e3-J", " ( 3 ) ", "j", "-j", "+2j", "1e5", "nan+infj", "1_0+2_0j", "inf-infj"]:
    print(text, complex(text))
for bad in ["", "1+", "2j+1", "1 + 2j", "(1+2j", "1__0j", "abc"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)

# format specs
w = 1.5 - 2.25j
print(format(w, ""), format(w, ".2f"), format(w, "e"), format(3j, "g"), format(w, "^24.3"))
print(f"{w:+.1f}|{w:<20}|{-0.0 + 3j:g}|{w:#}|{1e20 + 1j:,.1f}|{2j:.0e}|{w:z.0f}")
for spec in ["d", "010", "=20", "%", "s"]:
    try:
        print(format(w, spec))
    except ValueError as e:
        print(spec, "ValueError", e)


# errors
def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__, e)


attempt("lt", lambda: 1j < 2j)
attempt("ge", lambda: 1 >= 1j)
attempt("floordiv", lambda: 1j // 2)
attempt("mod", lambda: 1j % 2)
attempt("divmod", lambda: divmod(1j, 2))
attempt("div0", lambda: 1 / 0j)
attempt("div0b", lambda: (1 + 1j) / 0)
attempt("zero-neg-pow", lambda: 0j ** -1)
attempt("zero-cplx-pow", lambda: 0j ** 1j)
attempt("zero-float-neg", lambda: 0.0 ** -0.5)
attempt("powmod", lambda: pow(1j, 2, 3))
attempt("overflow", lambda: (1e300 + 1e300j) ** 3.5)
attempt("overflow-int", lambda: complex(inf, 0) ** 2)
attempt("abs-overflow", lambda: abs(complex(1.7e308, 1.7e308)))
attempt("float", lambda: float(1j))
attempt("int", lambda: int(1j))
attempt("round", lambda: round(1j))
attempt("str-add", lambda: "a" + 1j)
attempt("seq-mul", lambda: [1] * 1j)
attempt("ctor-type", lambda: complex([1]))
attempt("ctor-str2", lambda: complex("1", 2))
attempt("ctor-2str", lambda: complex(1, "2"))
attempt("sqrt", lambda: math.sqrt(-1))
attempt("invert", lambda: ~1j)
