"""Odd-but-valid source files and hostile project shapes (issue 12): a UTF-8 BOM or a PEP 263
coding declaration is read as CPython reads it; a symlink loop is a clear error naming the
file, never a Python traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import cfpy

WRANGLER = 'name = "w"\nmain = "build/worker.js"\ncompatibility_date = "2024-09-23"\n'


def _python(path: Path) -> str:
    return subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom", b'\xef\xbb\xbfprint("with a BOM", len("\xc3\xa9t\xc3\xa9"))\n'),
        ("latin1", b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\nprint(s, len(s), s.upper())\n'),
        ("cp1252", b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nprint('\x80 5')\n"),
        ("crlf", b'x = "a"\r\nif x:\r\n    print("crlf", x)\r\n'),
    ],
)
def test_source_encodings_are_read_as_cpython_reads_them(
    tmp_path: Path, name: str, data: bytes
) -> None:
    program = tmp_path / f"{name}.py"
    program.write_bytes(data)
    result = cfpy("run", str(program))
    assert result.returncode == 0, result.stderr
    assert result.stdout == _python(program)


def test_unknown_coding_is_a_read_error_not_a_traceback(tmp_path: Path) -> None:
    program = tmp_path / "odd.py"
    program.write_bytes(b"# coding: no-such-codec\nprint(1)\n")
    result = cfpy("run", str(program))
    assert result.returncode == 1
    assert "CF200 cannot read module 'odd': unknown encoding: no-such-codec" in result.stderr
    assert "Traceback" not in result.stderr


def _project(tmp_path: Path) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "wrangler.toml").write_text(WRANGLER)
    return tmp_path


def test_entry_symlink_loop_is_a_config_error(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "src" / "worker.py").symlink_to("worker.py")
    result = cfpy("build", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "CF201 entry module src/worker.py is a symbolic link loop" in result.stderr
    assert not (root / "build").exists()


def test_local_module_symlink_loop_names_the_module(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "src" / "worker.py").write_text("import helpers\n\nprint(helpers.X)\n")
    (root / "src" / "helpers.py").symlink_to("other.py")
    (root / "src" / "other.py").symlink_to("helpers.py")
    result = cfpy("build", str(root))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        f"{root / 'src' / 'helpers.py'}: CF200 cannot read module 'helpers': "
        "it is a symbolic link loop" in result.stderr
    )


def _long_chains_program() -> str:
    """Chains and nesting far past Python's default recursion limit in libcst's tree,
    all within what CPython compiles."""
    lines = ["def classify(x):", "    if x == -1:", "        return 'minus one'"]
    for i in range(340):
        lines += [f"    elif x == {i}:", f"        return 'n{i}'"]
    lines += ["    else:", "        return 'other'", ""]
    lines += ["print([classify(x) for x in (-1, 0, 7, 339, 340)])"]
    lines += ["def f(x):", "    return x + 1", ""]
    lines += ["print(" + "f(" * 150 + "0" + ")" * 150 + ")"]
    lines += ["print(" + "[" * 150 + "'deep'" + "]" * 150 + ")"]
    terms = ["1", "'a'", "2.5", "[1]", "x"] * 80
    lines += ["x = 3", "print(" + " and ".join(terms) + ")"]
    lines += ["print(" + " and ".join(terms[:200] + ["None"] + terms[:199]) + ")"]
    lines += ["print(" + " or ".join(["0", "''", "None", "[]", "0.0"] * 80 + ["'last'"]) + ")"]
    lines += ["flags = [x > 2] * 3", "print(" + " and ".join(["flags[0]"] * 400) + ")"]
    lines += ["def sums(n, s, fl):"]
    lines += ["    a = " + " + ".join(["n"] * 1500)]
    lines += ["    b = " + " + ".join(["s"] * 1500)]
    lines += ["    c = " + " + ".join(["fl"] * 1499 + ["n"])]
    lines += ["    d = " + " - ".join(["n * 2", "n // 3", "n % 5"] * 40)]
    lines += ["    return a, len(b), c, d", ""]
    lines += ["print(sums(7, 'xy', 0.5))", "print(sums(2**40, '', -1.25))"]
    # attribute and subscript chains (found by the fuzzer: JS nested 1000 deep)
    lines += ["class Node:", "    pass", "node = Node()", "node.a = node", "xs = []", "xs.append(xs)"]
    lines += ["print(node" + ".a" * 1000 + " is node, xs" + "[0]" * 300 + " is xs)"]
    lines += ["node" + ".a" * 60 + ".label = 'set'", "print(node.label)"]
    return "\n".join(lines) + "\n"


def test_long_chains_and_deep_nesting_compile_as_cpython_runs_them(tmp_path: Path) -> None:
    # issue 12 item 12: these were CF900 RecursionError
    program = tmp_path / "chains.py"
    program.write_text(_long_chains_program())
    result = cfpy("run", str(program))
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout == _python(program)


def test_expression_cpython_refuses_as_too_deep_is_a_positioned_error(tmp_path: Path) -> None:
    program = tmp_path / "deep.py"
    program.write_text("x = 1\ny = " + " + ".join(["x"] * 5000) + "\nprint(y)\n")
    cpython = subprocess.run([sys.executable, str(program)], capture_output=True, text=True)
    assert "RecursionError" in cpython.stderr
    result = cfpy("run", str(program))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "CF900" not in result.stderr
    assert f"{program}:2:1: CF100 syntax error: nested too deeply" in result.stderr


WORKER = """from cloudflare_workers import CloudflareWorkers, Request, Response


async def fetch(request: Request, env, ctx) -> Response:
    return Response.ok("hi")


CloudflareWorkers(fetch=fetch)
"""


@pytest.mark.parametrize(
    ("main", "links", "message"),
    [
        # the bundle's folder is a link to a source file
        (
            "build/worker.js",
            {"build": "src/worker.py"},
            "'build/worker.js' leads into src/worker.py, which is not a folder",
        ),
        # the bundle path itself links to the source (also for a `.py` main)
        (
            "build/worker.js",
            {"build/worker.js": "../src/worker.py"},
            "'build/worker.js' (it leads to src/worker.py) is not a .js or .mjs file",
        ),
        (
            "src/worker.py",
            {"build/worker.js": "../src/worker.py"},
            "'build/worker.js' (it leads to src/worker.py) is not a .js or .mjs file",
        ),
        # .cfpy (build output and cache) that is a file or a dangling link
        ("build/worker.js", {".cfpy": "nowhere"}, ".cfpy is not a folder"),
    ],
)
def test_links_never_lead_the_bundle_over_a_source(
    tmp_path: Path, main: str, links: dict[str, str], message: str
) -> None:
    # found by the project fuzzer (tests/fuzz/hostile_gen.py): CF900, or the source
    # overwritten with the bundle
    root = _project(tmp_path)
    (root / "wrangler.toml").write_text(WRANGLER.replace("build/worker.js", main))
    (root / "src" / "worker.py").write_text(WORKER)
    for path, target in links.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).symlink_to(target)
    result = cfpy("build", str(root))
    assert result.returncode == 1
    assert "CF301" in result.stderr and message in result.stderr, result.stderr
    assert "CF900" not in result.stderr
    assert (root / "src" / "worker.py").read_text() == WORKER
