"""`cfpy run` prints what CPython prints and passes the exit code through."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import cfpy

PROGRAM = """
def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"


class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"


class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"


print(greet("world"))
print(greet("you", greeting="Hi", punct="?"))
d = Dog("Rex")
print(d.speak(), d.kind, isinstance(d, Animal))
xs = [1, 2, 3]
xs.append(4)
print(len(xs), xs, [x * 2 for x in xs if x > 1])
print({"a": 1, "b": [1, 2]}, (1,), (1, 2), None, True)
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    total += i
print(total, 7 / 2, 7 // 2, -7 % 3)
try:
    raise ValueError("bad")
except ValueError as e:
    print("caught", e)
finally:
    print("done")
print([] or "empty", 0 and 1, "x" and "y", not [])
print(str(12) + "!", int("42") + 1)
"""


def _python(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True)


def test_run_prints_what_cpython_prints(tmp_path: Path) -> None:
    program = tmp_path / "prog.py"
    program.write_text(PROGRAM)
    result = cfpy("run", str(program))
    assert result.returncode == 0, result.stderr
    assert result.stdout == _python(program).stdout


def test_uncaught_exception_is_python_style_and_exits_1(tmp_path: Path) -> None:
    program = tmp_path / "boom.py"
    program.write_text('print("before")\nraise KeyError("missing")\n')
    result = cfpy("run", str(program))
    assert result.returncode == 1
    assert result.stdout == "before\n"
    assert result.stderr.strip().splitlines()[-1] == "KeyError: 'missing'"
    assert "Traceback" not in result.stderr


def test_run_follows_local_imports(tmp_path: Path) -> None:
    (tmp_path / "shortcodes.py").write_text(
        'ALPHABET = "abc"\n\ndef encode(n, width=2):\n    return ALPHABET[n % 3] * width\n'
    )
    (tmp_path / "main.py").write_text(
        "from shortcodes import encode\nimport shortcodes\n"
        "print(encode(4), encode(5, width=3), shortcodes.ALPHABET)\n"
    )
    result = cfpy("run", str(tmp_path / "main.py"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "bb ccc abc\n"


def test_uncaught_exception_shows_python_file_and_line(tmp_path: Path) -> None:
    program = tmp_path / "worker.py"
    program.write_text(
        'def inner(d):\n    return d["missing"]\n\n\ndef outer():\n    return inner({})\n\n\nouter()\n'
    )
    result = cfpy("run", "worker.py", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "  at worker.py:9 in <module>",
        "  at worker.py:6 in outer",
        "  at worker.py:2 in inner",
        "KeyError: 'missing'",
    ]
