"""Module attributes as Python has them (issue 12 items 5, 6): module globals named like
JS reserved words or JS-protocol names are read and imported by their Python names; a
missing attribute, or one not assigned yet in an import cycle, raises AttributeError
("partially initialized module"), `hasattr` says False, and a `from` import of such a
name raises ImportError; the same for a def or class not yet defined (issue 12, remaining). Each program runs under CPython and cfpy with the same output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cfpy

RESERVED_HELPERS = """\
default = "the default"
new = 5
int = "shadowed int"
then = "then value"
constructor = "ctor"
toString = "ts"
valueOf = 7
__proto__ = {"p": 1}
eval = "ev"
arguments = ("a",)
undefined = None
NaN = "nan"
var = [1]
def function():
    return "fn"
class static:
    label = "static class"
def delete(x):
    return f"deleted {x}"
if len(var) == 1:
    conditional = "bound"
"""

RESERVED_MAIN = """\
import helpers
from helpers import default, new, function, then, constructor, toString, valueOf, __proto__
from helpers import eval, arguments, undefined, NaN, var, static, delete
from helpers import int as hint
names = ["default", "new", "int", "then", "constructor", "toString", "valueOf", "__proto__",
         "eval", "arguments", "undefined", "NaN", "var", "static", "delete", "function", "conditional"]
print(default, new, function(), then, constructor, toString, valueOf, __proto__)
print(eval, arguments, undefined, NaN, var, static.label, delete(3), hint)
print(helpers.default, helpers.new, helpers.function(), helpers.then, helpers.constructor)
print(helpers.toString, helpers.valueOf, helpers.__proto__, helpers.eval, helpers.arguments)
print(helpers.undefined, helpers.NaN, helpers.var, helpers.static.label, helpers.delete(4), helpers.int)
print(helpers.conditional)
print([getattr(helpers, n) for n in names if n not in ("function", "delete", "static")])
print([hasattr(helpers, n) for n in names], hasattr(helpers, "nope"), hasattr(helpers, "length"))
print(getattr(helpers, "nope", "dflt"), getattr(helpers, "hasOwnProperty", "no js"))
for attempt in (lambda: helpers.nope, lambda: helpers.nope(), lambda: getattr(helpers, "nope")):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)
"""

CYCLE = {
    "main.py": """import a
print("main", a.X, hasattr(a, "nope"))
""",
    "a.py": """import b
X = 1
Y = b.use()
""",
    "b.py": """import a


def use():
    print("b sees", hasattr(a, "X"), hasattr(a, "Y"), getattr(a, "Y", "no Y yet"))
    try:
        print(a.Y)
    except AttributeError as e:
        print("AttributeError:", e)
    return 2


print("b top", hasattr(a, "X"))
try:
    print(a.X)
except AttributeError as e:
    print("AttributeError:", e)
""",
}

# Defs and classes of a module in an import cycle, read before and after they are bound.
CYCLE_DEFS = {
    "main.py": """import a
print("main", a.f(), a.C.label, a.early())
""",
    "a.py": """def early():
    return "early"
import b
def f():
    return "f"
class C:
    label = "C"
b.use()
""",
    "b.py": """import a
from a import early
def use():
    print("later", a.f(), a.C.label, a.C().label, hasattr(a, "f"))
print("b top", early(), a.early(), hasattr(a, "f"), hasattr(a, "C"), getattr(a, "f", "no f"))
for attempt in (lambda: a.f, lambda: a.f(), lambda: a.C, lambda: a.C(), lambda: a.C.label):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    from a import f
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])  # CPython appends the file
try:
    from a import C
except ImportError as e:
    print("ImportError:", str(e).split(" (/")[0])
""",
}

FROM_CYCLE = {
    "main.py": "import c2\nprint('never')\n",
    "c2.py": "import c3\nZ = 3\n",
    "c3.py": "import c2\nfrom c2 import Z\nprint(Z)\n",
}


def _run_both(
    tmp_path: Path, files: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    main = tmp_path / "main.py"
    python = subprocess.run([sys.executable, str(main)], capture_output=True, text=True)
    return python, cfpy("run", str(main))


@pytest.mark.parametrize(
    "files",
    [{"helpers.py": RESERVED_HELPERS, "main.py": RESERVED_MAIN}, CYCLE, CYCLE_DEFS],
    ids=["reserved-word-globals", "cycle", "cycle-defs-and-classes"],
)
def test_module_attributes_match_cpython(tmp_path: Path, files: dict[str, str]) -> None:
    python, result = _run_both(tmp_path, files)
    assert python.returncode == 0, python.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout == python.stdout


def test_from_import_of_a_name_not_bound_yet_raises_import_error(tmp_path: Path) -> None:
    python, result = _run_both(tmp_path, FROM_CYCLE)
    expected = (
        "ImportError: cannot import name 'Z' from partially initialized module 'c2' "
        "(most likely due to a circular import)"
    )
    assert python.stderr.strip().splitlines()[-1].startswith(expected)  # CPython adds the path
    assert result.returncode == 1
    assert result.stdout == python.stdout == ""
    assert result.stderr.strip().splitlines()[-1] == expected
