# Statically typed int arithmetic overflowing in loops (the compiled fast path), and JSON.
import json


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def powers(base: int, n: int) -> list[int]:
    out = []
    x = 1
    for _ in range(n):
        x = x * base
        out.append(x)
    return out


def collatz_max(start: int) -> int:
    best = start
    n = start
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        if n > best:
            best = n
    return best


def pidigits(count: int) -> str:
    # the spigot of pyperformance's pidigits, with plain ints
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < m * t:
            digits.append(str(m))
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(digits)


print(fib(90), fib(200), fib(300) % 1000000007)
print(powers(3, 45)[-5:], powers(-7, 30)[-1])
print(collatz_max(2**70 + 1))
print(pidigits(120))
counter = 2**53 - 3
for _ in range(6):
    counter += 1
print(counter, counter - 2**53)
neg = -(2**53) + 2
for _ in range(5):
    neg -= 1
print(neg)
i = 0
total = 0
while i < 100:
    total = total + i * 2**50
    i += 1
print(total)
doc = {"id": 2**64 + 1, "ids": [10**30, -(2**63), 5], "nested": {"n": 123456789012345678901234567890}}
text = json.dumps(doc)
print(text)
back = json.loads(text)
print(back == doc, back["id"] - 2**64, type(back["ids"][0]).__name__, json.loads("[18446744073709551617, 12345678901234567]"))
print(json.loads('{"a": -98765432109876543210}'), json.dumps({2**70: 1}), json.dumps([2**64], indent=1))
