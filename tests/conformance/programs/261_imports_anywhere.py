# Imports inside try/except ImportError, under if, in functions, methods and loops
# (issue 14: an import inside `try:` used to be dropped, leaving the fallback value).
try:
    import json
except ImportError:
    json = None
print(json.dumps({"a": [1, 2]}, sort_keys=True), json is None)

try:
    import not_a_module_anywhere
except ImportError as e:
    not_a_module_anywhere = None
    print("ImportError:", e, type(e).__name__, e.name if hasattr(e, "name") else "")
print(not_a_module_anywhere)

try:
    from not_a_module_either import thing
except ModuleNotFoundError:
    thing = "fallback"
print(thing)

try:
    import also_missing.sub as sub
except (KeyError, ImportError):
    sub = "tuple handler"
print(sub)

try:
    import missing_three
except Exception as e:
    print("caught by Exception:", type(e).__name__)

try:
    import math
    HAVE_MATH = True
except ImportError:
    HAVE_MATH = False
else:
    print("else runs after a successful import", math.floor(2.5))
print(HAVE_MATH)

FAST = True
if FAST:
    from collections import OrderedDict as Ordered
else:
    Ordered = dict
print(Ordered([("b", 1), ("a", 2)]))

if not FAST:
    import re
try:
    re.sub("a", "b", "a")
except NameError as e:
    print("NameError", e)


def use_json(value):
    import json as j
    from json import loads

    return loads(j.dumps(value, separators=(",", ":")))


print(use_json({"k": [1.5, None, True]}))


def shadow():
    # A function's import binds a local, not the module's name.
    import re

    return re.findall(r"\d+", "a1b22c333")


print(shadow())
try:
    print(re)
except NameError:
    print("re is still unbound at module level")


def lazy(n):
    for i in range(n):
        if i == 1:
            from itertools import accumulate
    return list(accumulate(range(n)))


print(lazy(4))


def lazy_unbound():
    if False:
        import string
    try:
        return string.digits
    except UnboundLocalError as e:
        return "UnboundLocalError"


print(lazy_unbound())


class Config:
    def cached(self):
        from functools import reduce

        return reduce(lambda a, b: a * b, [1, 2, 3, 4])


print(Config().cached())


def optional_dependency():
    try:
        import yaml_not_installed  # noqa: F401

        return "yaml"
    except ImportError:
        return "no yaml"


print(optional_dependency())

for name in ("a", "b"):
    import string
    print(name, string.ascii_lowercase[:3])
