# Inline int // and % (Python's signs, zero divisors, big ints), / of ints and floats,
# augmented assignments and unary minus on typed locals: each result is compared with
# its "slow twin", the same operation on values whose types the compiler cannot see.


def hide(x):
    return [x, "other"][0]  # the compiler cannot know what comes back


def int_ops() -> None:
    for a in range(-7, 8):
        for each in (-3, -2, -1, 1, 2, 3, 7):
            b = int(each)  # typed: an int
            q, r = a // b, a % b
            q3, r3 = a // 3, a % 3
            slow_a, slow_b = hide(a), hide(b)
            assert (q, r) == (slow_a // slow_b, slow_a % slow_b), (a, b)
            assert (q3, r3) == (slow_a // 3, slow_a % 3), a
            print(a, b, q, r, q3, r3, -a, a / b)
    big = 2**64 + 7
    small = 5
    print(big // small, big % small, -big // small, -big % small, big // -small)
    print(small // big, small % big, (-small) % big, big / small, small / big)
    n = 2**53 - 1
    m = n * 3
    print(m // 2, m % 2, n // -2, n % -2, n // 1, -n // 1)
    zero = 0
    for op in ("//", "%", "/"):
        try:
            if op == "//":
                print(small // zero)
            elif op == "%":
                print(small % zero)
            else:
                print(small / zero)
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)


def float_ops() -> None:
    x = 7.5
    y = -2.0
    i = 3
    print(x / y, y / x, x / i, i / y, 1 / x, x / 2, 6.0 / 3, -0.0 / 5)
    t = 1.0
    t /= 4
    t *= 3
    t -= 1
    t += i
    print(t, t / 0.5)
    for divisor in (0.0, -0.0, 0):
        try:
            print(x / divisor)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    s = 0
    s += 5
    s *= 3
    s //= 2
    s %= 4
    s -= 10
    print(s, -s, hide(-s))
    word = "ab"
    word += "cd"
    word += str(s)
    print(word)


def counted(n: int) -> int:
    total = 0
    for k in range(n):
        total = (total * 31 + k) % 1000003
        total += k // 7 - k % 5
    return total


int_ops()
float_ops()
print(counted(5000), counted(hide(5000)))
