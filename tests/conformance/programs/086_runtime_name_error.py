# NameError raised at run time for names that are never bound.
def check(label, fn):
    try:
        print(label, fn())
    except NameError as e:
        print(label, type(e).__name__, e)


check("undefined global", lambda: undefined_global)
check("undefined in expr", lambda: 1 + missing_value)


def uses_later_global():
    return later_global


check("not yet defined", uses_later_global)
later_global = "now defined"
check("defined later", uses_later_global)


def local_typo():
    total = 0
    for i in range(3):
        total += i
    return totl


check("typo", local_typo)
try:
    print(some_name)
except NameError as e:
    print("module level", e)
try:
    undefined_function()
except NameError as e:
    print("call", e)
if False:
    conditionally_bound = 1
try:
    print(conditionally_bound)
except NameError as e:
    print("conditional", e)


def del_local():
    v = 1
    del v
    return v


try:
    del_local()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
except NameError as e:
    print("NameError", e)
print(isinstance(UnboundLocalError("x"), NameError))
