# contextlib.contextmanager and suppress.
import contextlib


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


with tag("div") as t:
    with tag("span"):
        print("text in", t)
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("ValueError", e)
with contextlib.suppress(KeyError, IndexError):
    {}["k"]
print("suppressed")


@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append(f"rollback ({e})")
        raise


log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(log)
