# Fuzz finding (bad-js): a module-level name equal to a runtime helper the compiler imports
# under its plain name -> `import { isinstance } ...` plus `export function isinstance`:
# "Identifier 'isinstance' has already been declared".
def isinstance(a, b):
    return True


getattr = 1
type = 2
AssertionError = 3
Ellipsis = 4
try:
    pass
except ValueError:
    pass
m = [].append
with open_ctx() as c:
    pass
assert m
e = ...


def open_ctx():
    return None
