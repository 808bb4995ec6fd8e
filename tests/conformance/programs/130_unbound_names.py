# Unbound names: UnboundLocalError / NameError exactly where CPython raises them,
# and no error on the paths where a name is bound.
import re


def attempt(label, fn):
    try:
        print(label, fn())
    except UnboundLocalError as e:
        print(label, "UnboundLocalError", e)
    except NameError as e:
        print(label, "NameError", e)


def while_true_break():
    while True:
        value = 41
        if value:
            break
    return value + 1


def try_both_paths(bad):
    try:
        if bad:
            raise ValueError("x")
        r = "ok"
    except ValueError:
        r = "handled"
    return r


def try_only_body(bad):
    try:
        if bad:
            raise ValueError("x")
        r = "ok"
    except ValueError:
        pass
    return r


def walrus(text):
    if (m := re.match(r"(\d+)", text)) is not None:
        return int(m.group(1))
    return m


def loop_never_ran():
    for item in []:
        pass
    return item


def loop_ran():
    for item in [1, 2]:
        pass
    return item


def aug_unbound():
    count += 1  # noqa: F821
    return count


def del_twice():
    v = 1
    del v
    del v


def rebound_after_del():
    v = 1
    del v
    v = 2
    return v


def free_before_assign():
    def inner():
        return later

    first = None
    try:
        first = inner()
    except NameError as e:
        first = str(e)
    later = "bound now"
    return first, inner()


def free_deleted():
    data = [1]

    def inner():
        return data

    del data
    return inner()


def except_name_in_function():
    try:
        raise KeyError("k")
    except KeyError as exc:
        seen = repr(exc)
    return seen, exc


def if_branches(flag):
    if flag:
        a = "then"
    elif flag is None:
        a = "none"
    else:
        a = "else"
    return a


def if_one_branch(flag):
    if flag:
        a = "then"
    return a


def match_capture(v):
    match v:
        case [x, y]:
            pass
        case {"k": x}:
            y = None
    return x, y


def with_body():
    class Quiet:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return True

    with Quiet():
        raise ValueError("suppressed")
        got = 1  # noqa: F841
    return got


def counter():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


def comprehension_scope():
    out = [k * 2 for k in range(3)]
    return out, k  # noqa: F821


def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)


attempt("while True", while_true_break)
attempt("try both", lambda: try_both_paths(True))
attempt("try body ok", lambda: try_only_body(False))
attempt("try body raised", lambda: try_only_body(True))
attempt("walrus hit", lambda: walrus("12ab"))
attempt("walrus miss", lambda: walrus("ab"))
attempt("loop never ran", loop_never_ran)
attempt("loop ran", loop_ran)
attempt("aug", aug_unbound)
attempt("del twice", del_twice)
attempt("rebound", rebound_after_del)
attempt("free before", free_before_assign)
attempt("free deleted", free_deleted)
attempt("except name", except_name_in_function)
attempt("if all", lambda: if_branches(0))
attempt("if one true", lambda: if_one_branch(1))
attempt("if one false", lambda: if_one_branch(0))
attempt("match seq", lambda: match_capture([1, 2]))
attempt("match map", lambda: match_capture({"k": 3}))
attempt("match none", lambda: match_capture(7))
attempt("with suppressed", with_body)
add = counter()
add(2)
attempt("nonlocal", lambda: add(3))
attempt("comprehension", comprehension_scope)
attempt("recursive", lambda: recursive(5))

# Module level: conditional bindings, del, except names, a global deleted in a function.
for n in range(2):
    last = n
attempt("module loop", lambda: last)
try:
    raise ValueError("v")
except ValueError as caught:
    print("caught", caught)
attempt("module except", lambda: caught)
flag = 1
del flag
attempt("module del", lambda: flag)
flag = 2
attempt("module rebound", lambda: flag)
setting = "on"


def drop_setting():
    global setting
    del setting


drop_setting()
attempt("global deleted", lambda: setting)
try:
    del never_bound  # noqa: F821
except NameError as e:
    print("del unbound", e)
print(isinstance(UnboundLocalError(), NameError))
try:
    print(defined_below())
except NameError as e:
    print("call above def", e)


def defined_below():
    return "below"


print(defined_below())
