# f-strings: `{x=}` keeps the text around it and the spaces around `=`; `{obj}` is
# format(obj, "") so a class's own __format__ is used; escapes and braces in the text.
from datetime import date
from enum import Enum


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return f"${self.cents // 100}.{self.cents % 100:02d}" + (f"[{spec}]" if spec else "")

    def __str__(self):
        return "Money(str)"


class Plain:
    def __str__(self):
        return "plain-str"


class Color(Enum):
    RED = "r"


m = Money(1234)
name = "Ann"
n = 3
print(f"{m} {m:spec} {m!s} {m!r:.4}|{Plain()}|{Color.RED}|{date(2024, 1, 2)}")
print(f"{name=} {n = } {n+1=}|{name = !s}|{n=:>4}|")
print(f"a{{b}}c {n}\t\\{name}\x41 \N{EM DASH} {'}'}")
print(rf"\d{n}\n", f"""multi
{name=}""")
a = 4
s = "v"
print(f'''\n\\d\\\u00e9'{s:>{a}}''', F'''`''', fR'''é{None}''', rf"\{s}", f"""x"{s}"y""")
print(format(1e-07, '#'), f'{1e-07:#,}', '{:#}'.format(2.5e-10), format(1.5, '#'))
