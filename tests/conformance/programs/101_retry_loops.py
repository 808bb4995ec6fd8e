# Retry loops with try/except/else/continue/break.
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError
        break
    except ValueError:
        print("retry", count)
print("done after", count)


class TransientError(Exception):
    pass


def flaky(attempts_needed):
    calls = {"n": 0}

    def op():
        calls["n"] += 1
        if calls["n"] < attempts_needed:
            raise TransientError(f"attempt {calls['n']} failed")
        return f"ok after {calls['n']}"

    return op


def with_retries(op, retries):
    last = None
    for attempt in range(1, retries + 1):
        try:
            result = op()
        except TransientError as e:
            last = e
            print("  retrying:", e)
            continue
        else:
            print("  succeeded on attempt", attempt)
            return result
        finally:
            print("  attempt", attempt, "done")
    raise RuntimeError(f"gave up after {retries}: {last}")


print(with_retries(flaky(2), 3))
try:
    with_retries(flaky(5), 2)
except RuntimeError as e:
    print("RuntimeError", e)
i = 0
while i < 10:
    i += 1
    try:
        if i % 3 == 0:
            raise ValueError(i)
        if i == 8:
            break
    except ValueError as e:
        print("skip", e)
        continue
    finally:
        print("tick", i)
print("loop ended at", i)
