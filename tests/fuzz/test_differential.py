"""Differential fuzzing: generated programs must print the same under CPython and cfpy,
or be refused by cfpy at compile time.

Hypothesis generates batches of snippets (tests/fuzz/diff_gen.py): expressions over ints,
floats, strings (quotes, backslashes, control characters, non-ASCII, astral), lists,
dicts, tuples and bools — arithmetic, comparisons, slicing, f-strings with format specs,
%-formatting, str.format, str/list/dict methods — and small statement sequences (list
and dict mutation, loops over strings, augmented int assignment, floats where the
compiler knows they are floats).  Each batch becomes one program (tests/fuzz/diff_run.py):
every snippet runs in a function of its own under try/except printing the exception's
type name, after a marker line, so one node process checks a whole batch and a mismatch
is reported per snippet.  A snippet cfpy refuses on its own is dropped (a refusal keeps
cfpy's promise).

The generator stays inside what cfpy promises (docs/language.md, "Deliberate
deviations": ints below 2**53 (big ints have their own property test), integral floats only where printed directly, no JS -0).
Bugs this fuzzer found are listed in ``diff_gen.KNOWN_BUGS``, each with a minimal
reproduction below that is a strict xfail: the generated-program tests skip snippets
that could only rediscover one of them, and a fix makes its xfail pass (strict: remove
the entry then).

Runs derandomized in well under a minute; ``CFPY_DIFF_EXAMPLES=N`` runs N examples per
test instead (e.g. 500 for a long local run), ``CFPY_DIFF_SEED=S`` a random run with that
seed, ``CFPY_DIFF_SHRINK=1`` lets hypothesis shrink a failing batch (slow; the failure
message already shows the one mismatching snippet and both outputs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

hypothesis = pytest.importorskip("hypothesis")

import diff_gen  # noqa: E402
import diff_run  # noqa: E402
from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EXAMPLES = int(os.environ.get("CFPY_DIFF_EXAMPLES", "18"))
SEED = os.environ.get("CFPY_DIFF_SEED")

# A failure names the mismatching snippet already (outputs compare snippet by snippet), so
# shrinking the batch, which takes minutes at one compile + node run per step, is opt-in.
PHASES = [Phase.explicit, Phase.reuse, Phase.generate]
if os.environ.get("CFPY_DIFF_SHRINK"):
    PHASES.append(Phase.shrink)

SETTINGS = settings(
    max_examples=EXAMPLES,
    phases=PHASES,
    derandomize=SEED is None,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture(scope="module", autouse=True)
def _toolchain() -> None:
    try:
        diff_run.toolchain()
    except RuntimeError as err:
        pytest.skip(f"JS toolchain unavailable: {err}")


def check(snippets: list[diff_run.Snippet]) -> None:
    result = diff_run.compare(snippets)
    assert result.crashed is None, result.crashed
    new = [m for m in result.mismatches if diff_gen.known_bug(m.snippet.body) is None]
    assert not new, "CPython and cfpy differ:\n\n" + "\n\n".join(m.describe() for m in new)


def _seeded(test):  # type: ignore[no-untyped-def]
    return seed(int(SEED))(test) if SEED is not None else test


expressions_and_statements = st.lists(
    st.one_of(
        diff_gen.print_snippet(),
        diff_gen.print_snippet(),
        diff_gen.print_snippet(),
        diff_gen.list_mutation_snippet(),
        diff_gen.dict_mutation_snippet(),
        diff_gen.loop_snippet(),
        diff_gen.int_statement_snippet(),
        diff_gen.direct_float_snippet(),
    ),
    min_size=20,
    max_size=35,
)

formatting_and_methods = st.lists(
    st.one_of(
        diff_gen.format_snippet(),
        diff_gen.fstring_snippet(),
        diff_gen.str_methods_snippet(),
        diff_gen.print_snippet(1),
    ),
    min_size=20,
    max_size=35,
)


@_seeded
@SETTINGS
@given(expressions_and_statements)
def test_expressions_and_statements(snippets: list[diff_run.Snippet]) -> None:
    check(snippets)


@_seeded
@SETTINGS
@given(formatting_and_methods)
def test_formatting_and_str_methods(snippets: list[diff_run.Snippet]) -> None:
    check(snippets)


# -- the bugs found, one minimal reproduction each -------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"BUG: {bug.reason}"))
        for name, bug in diff_gen.KNOWN_BUGS.items()
    ],
)
def test_known_bug(name: str) -> None:
    bug = diff_gen.KNOWN_BUGS[name]
    snippet = diff_run.Snippet(bug.repro)
    assert diff_run.split_outputs(diff_run.run_cpython(diff_run.assemble([snippet])), 1) == [
        bug.expected
    ], "the reproduction no longer shows CPython's expected output"
    result = diff_run.compare([snippet])
    assert not result.refused and result.crashed is None
    assert result.mismatches == [], result.mismatches[0].describe()


# Bugs this fuzzer found and that are fixed: each reproduction (and a few neighbours) must
# print what CPython prints.  The generator no longer avoids their triggers.
FIXED_BUGS = {
    "K1-rshift-large-count": (
        "print(-1 >> 1024, -5 >> 2000, 5 >> 5000, -(2**52) >> 1023)\na = -3\na >>= 1500\nprint(a)",
        "-1 -1 0 -1\n-1",
    ),
    "K2-percent-empty-result": (
        "print(repr('%s' % ''), repr('%.0s|' % 'abc'), repr('a%sb' % ''), repr('%3s|' % ''), "
        "repr('%-2s|' % ''), repr('%*s|' % (-3, 'a')))",
        "'' '|' 'ab' '   |' '  |' 'a  |'",
    ),
    "K3-zero-flag": (
        "print(f'{7:<05}', f'{7:^05}', f'{-7:>05}', f'{\"ab\":05}', format(0.5, '=08_.1%'))\n"
        "print(format(1234, '0=10,'), format(1234, '0>10,'), format(-1234, '010,'), "
        "format(1234, '<010,'), format(-1.5, '^09'), format(65, '05c'), format(-7, 'x<05'))",
        "70000 00700 000-7 ab000 0_050.0%\n00,001,234 000001,234 -0,001,234 1,23400000 "
        "00-1.5000 0000A -7xxx",
    ),
    "K4-int-float-unicode-digits": (
        "print(int('٣'), int('١٢'), float('١.٥'), int('\\uff11\\uff12'), int('𝟘𝟙𝟚𝟗𝟬'), "
        "int(' ١٢ ', 16), float('١e٢'))\n"
        "for s in ['²', '½', 'Ⅻ']:\n"
        "    try:\n        int(s)\n    except ValueError as e:\n        print(e)\n"
        "try:\n    int(b'\\xd9\\xa3')\nexcept ValueError as e:\n    print(e)",
        "3 12 1.5 12 1290 18 100.0\n"
        "invalid literal for int() with base 10: '²'\n"
        "invalid literal for int() with base 10: '½'\n"
        "invalid literal for int() with base 10: 'Ⅻ'\n"
        "invalid literal for int() with base 10: b'\\xd9\\xa3'",
    ),
    "K5-format-s-on-int": (
        "for v in (1, True):\n    try:\n        format(v, 's')\n"
        "    except ValueError as e:\n        print(e)",
        "Unknown format code 's' for object of type 'int'\n"
        "Unknown format code 's' for object of type 'bool'",
    ),
    "K6-titlecase": (
        "print('ᾳ'.title(), 'ﬓ'.capitalize(), 'ა'.title(), 'ǆemal ŉa'.title(), 'ﬁx'.title())\n"
        "print('ΑΣ'.title(), 'ΑΣ'.capitalize(), 'ΑΣ ΣΑΣ'.title(), 'ΣΣ'.capitalize(), "
        "'aİΣ'.capitalize())",
        "ᾼ Մն ა ǅemal ʼNa Fix\nΑς Ας Ας Σας Σς Ai̇ς",
    ),
    "K7-swapcase-final-sigma": (
        "print('ΣΣ'.swapcase(), 'AΣ'.swapcase(), 'AΣ.b'.swapcase(), 'aΣ\\u0301'.swapcase(), "
        "'Σ'.swapcase(), 'a Σ'.swapcase(), '😀Σ'.swapcase())",
        "σς aς aσ.B Aς\u0301 σ A σ 😀σ",
    ),
    "K8-casefold": (
        "print('ﬃ'.casefold(), ascii('ΐ'.casefold()), 'ẞ'.casefold(), 'ŉ'.casefold(), "
        "'ΣΑΣ'.casefold(), ascii('ßİ'.casefold()), 'Ꭰ'.casefold())",
        "ffi '\\u03b9\\u0308\\u0301' ss ʼn σασ 'ssi\\u0307' Ꭰ",
    ),
    "K9-grouping-with-c-or-n": (
        "for v, spec in [(65, ',c'), (65, '_c'), (1.5, '_n'), (1.5, ',n'), (5, '_n')]:\n"
        "    try:\n        format(v, spec)\n    except ValueError as e:\n        print(e)",
        "Cannot specify ',' with 'c'.\nCannot specify '_' with 'c'.\n"
        "Cannot specify '_' with 'n'.\nCannot specify ',' with 'n'.\n"
        "Cannot specify '_' with 'n'.",
    ),
}


def test_complex_power_matches_cpython() -> None:
    """K10 (fixed): a negative number to a fractional power is a complex, as in CPython;
    the typer no longer assumes `x ** 0.5` is a float."""
    body = (
        "x = -8\ny = x ** 0.5\nprint(y, y * 2, y.imag, -2.75 ** 0.5, (-2.75) ** 0.5)\n"
        "print(float('-inf') ** 0.5, (-8) ** 2.0, (-8) ** -1, pow(-2, 1.5), 2j ** 0.5)"
    )
    snippet = diff_run.Snippet(body)
    program = diff_run.assemble([snippet])
    [cpython] = diff_run.split_outputs(diff_run.run_cpython(program), 1)
    assert cpython.splitlines()[0].startswith("(1.7319121124709868e-16+2.8284271247461903j)")
    result = diff_run.compare([snippet])
    assert not result.refused and result.crashed is None
    assert result.mismatches == [], "\n\n".join(m.describe() for m in result.mismatches)


def test_fixed_bugs() -> None:
    snippets = [diff_run.Snippet(body) for body, _ in FIXED_BUGS.values()]
    expected = [out for _, out in FIXED_BUGS.values()]
    program = diff_run.assemble(snippets)
    assert diff_run.split_outputs(diff_run.run_cpython(program), len(snippets)) == expected
    result = diff_run.compare(snippets)
    assert not result.refused and result.crashed is None
    assert result.mismatches == [], "\n\n".join(m.describe() for m in result.mismatches)


# -- the harness ---------------------------------------------------------------------------


def test_harness_reports_a_mismatch_per_snippet() -> None:
    """A documented deviation (an int formatted with a precision and no type formats as
    a float: the runtime cannot tell 5 from 5.0) shows up as exactly one mismatch,
    attributed to its snippet; the snippets around it compare equal."""
    snippets = [
        diff_run.Snippet.expr("1 + 1"),
        diff_run.Snippet("def f(x):\n    return format(x, '.2')\nprint(f(5))"),
        diff_run.Snippet.expr("'a'[5]"),
    ]
    result = diff_run.compare(snippets)
    assert result.crashed is None
    assert [(m.snippet, m.cfpy) for m in result.mismatches] == [(snippets[1], "5.0")]
    assert "ValueError" in result.mismatches[0].cpython


def test_harness_drops_snippets_cfpy_refuses() -> None:
    snippets = [diff_run.Snippet("x = eval('1')\nprint(x)"), diff_run.Snippet.expr("2 * 21")]
    result = diff_run.compare(snippets)
    assert [s for s, _ in result.refused] == [snippets[0]]
    assert "CF102" in result.refused[0][1]
    assert result.snippets == [snippets[1]] and result.mismatches == [] and result.crashed is None
