# Fuzz finding (bad-js): `yield` in a lambda (body or default) becomes `yield` inside a JS
# arrow function: "Unexpected strict mode reserved word".
q = lambda: (yield)


def gen():
    f = lambda x=(yield 1): x
    return f
