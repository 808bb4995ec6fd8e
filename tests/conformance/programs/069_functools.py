# functools basics: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key.
import functools

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(lambda acc, w: acc + len(w), ["a", "bb"], 0), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError", e)


def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
mod_cube = functools.partial(power, exp=3, mod=5)
two_to = functools.partial(power, 2)
print(square(5), cube(2), mod_cube(3), two_to(10), two_to(exp=3), square(3, exp=4))
print(square.func is power, square.args, square.keywords)
calls = []


@functools.lru_cache(maxsize=None)
def slow_fib(n):
    calls.append(n)
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


print(slow_fib(40), len(calls), slow_fib(40), len(calls))
info = slow_fib.cache_info()
print(info.hits > 0, info.misses)


@functools.cache
def normalized(s):
    calls.append(s)
    return s.strip().lower()


calls.clear()
print(normalized(" A "), normalized(" A "), normalized("b"), calls)


def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare_len_then_alpha)))


def trace(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return ("traced", fn(*args, **kwargs))

    return inner


@trace
def documented(x):
    """Docstring survives."""
    return x


print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(2))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
