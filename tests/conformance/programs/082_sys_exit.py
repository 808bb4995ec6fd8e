# raise SystemExit: finally blocks run first; an uncaught SystemExit sets the exit code.
def main(argv):
    print("args:", argv)
    try:
        print("working")
        raise SystemExit(3)
    finally:
        print("cleanup runs")


try:
    main(["prog", "x"])
except SystemExit as e:
    print("SystemExit code", e.code, repr(e.args))
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise SystemExit(0)
except BaseException as e:
    print("caught as BaseException", type(e).__name__, e.code)
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("SystemExit passes through except Exception", e.code)


def shutdown(code):
    print("shutting down with", code)
    raise SystemExit(code)


for attempt in range(3):
    print("attempt", attempt)
    if attempt == 2:
        shutdown(4)
print("not reached")
