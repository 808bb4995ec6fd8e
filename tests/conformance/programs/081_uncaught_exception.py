# An uncaught exception: stdout so far is kept and the exit code is 1.
def risky(n):
    if n > 2:
        raise RuntimeError(f"n too large: {n}")
    return n * 10


for i in range(5):
    print("step", i, risky(i))
print("never printed")
