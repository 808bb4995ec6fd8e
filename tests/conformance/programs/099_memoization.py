# Memoizing decorators with closures over dicts; recursion.
def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache))


def memo_kw(fn):
    cache = {}

    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = fn(*args, **kwargs)
        else:
            print("cache hit", key)
        return cache[key]

    return wrapper


@memo_kw
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}2"


print(area(2), area(2, 3), area(2, h=3), area(2), area(2, unit="cm"), area(2, unit="cm"))


@memo
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print([ways(i) for i in range(12)], len(ways.cache))


def collatz_len(n, _cache={1: 1}):
    if n not in _cache:
        _cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return _cache[n]


best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best), collatz_len(27))
