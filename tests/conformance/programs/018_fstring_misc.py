# f-strings: conversions, nested specs, self-documenting `=`.
name = "Ann"
items = [1, "two", 3.0]
print(f"{name!r} {name!s} {name!a} {items!r} {items!s}")
print(f"{name=} {items=}")
x = 10
y = 2.5
print(f"{x=}, {y=}, {x * y=}")
print(f"{x = }")
print(f"{x=:>5}|{y=:.2f}|{name=!s}")
width = 10
prec = 3
print(f"[{y:{width}.{prec}f}] [{name:>{width}}] [{name:{'*'}^{width}}]")
print(f"{'nested ' + name}")
print(f"{{braces}} {{{x}}}")
print(f"{x if x > 5 else 0} {[i * i for i in range(4)]} {dict(a=1)}")
print(f"{'a' 'b'}" f"{x}" "plain")
d = {"key": "value", "n": 3}
print(f"{d['key']} {d['n']:03d} {len(d)}")


class Thing:
    def __repr__(self):
        return "Thing<repr>"

    def __str__(self):
        return "Thing<str>"

    def __format__(self, spec):
        return f"Thing<format {spec!r}>"


t = Thing()
print(f"{t} {t!r} {t!s} {t:xyz} {t=}")
print(f"{None} {True} {False!r} {None!r}")
print(f"{3.0} {[3.0]} {(1.5,)} {-0.0}")
quoted = 'quote "inside"'
print(f"{quoted} {quoted!r}")
print(f'{"single"!r}', f"{'it' + chr(39) + 's'!r}")
print(f"{1 + 1}{2 * 3}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{'trunc':.3}|{'trunc':>8.2}|")
print(f"{'😀':*^5}|{'é':>3}|")
msg = f"""multi
line {x}"""
print(msg)
print(f"{x:{'>' if x > 5 else '<'}6}|")
print(f"{'%'}", f"{100}%", f"{0.5:.0%}")
b = b"bytes"
print(f"{b}", f"{b!r}")
print(f"{x!r:>6}|{name!r:^9}|")
