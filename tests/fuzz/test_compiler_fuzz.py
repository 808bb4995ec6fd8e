"""Compiler fuzzing: for ANY Python source, `cfpy compile` gives JS or positioned diagnostics.

Never an uncaught exception (the CLI's CF900 internal error), never a hang.  See
tests/fuzz/fuzzkit.py for the exact property and docs/fuzzing.md for the long-run fuzzer.

* hypothesmith programs (``from_grammar`` and ``from_node``) and this suite's own
  generator (tests/fuzz/program_gen.py): ~230 programs, derandomized so CI is reproducible;
* the regression corpus tests/fuzz/corpus/*.py (tricky valid programs and minimized fuzz
  findings), and corpus/invalid/*.py (programs CPython refuses, which cfpy must refuse too).

A corpus file that fails here is a compiler bug to fix, not a test to change.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import fuzzkit  # noqa: E402
import hostile_gen  # noqa: E402
import program_gen  # noqa: E402

try:
    import hypothesmith
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
except ImportError:  # the corpus tests below still run
    hypothesmith = None

CORPUS = Path(__file__).parent / "corpus"
VALID = sorted(CORPUS.glob("*.py"))
INVALID = sorted((CORPUS / "invalid").glob("*.py"))
TIMEOUT = fuzzkit.env_timeout()


def assert_property(source: str, kinds: frozenset[str] | None = None) -> fuzzkit.Outcome:
    """Compile ``source``; fail on any finding (or only on findings of ``kinds``)."""
    outcome = fuzzkit.compile_with_timeout(source, TIMEOUT)
    if kinds is None or outcome.kind in kinds:
        assert outcome.ok, outcome.describe()
    return outcome


# Generated programs are held to the core property (no crash, no hang, well-formed and
# consistent diagnostics). Accepting what CPython refuses is checked by corpus/invalid/ and
# by long runs: generators produce such programs on purpose, and one known root cause
# (syntax is checked with ast.parse, which skips CPython's symbol-table checks) would
# otherwise fail these tests whatever else changes.
CORE = fuzzkit.CORE_KINDS


# -- generated programs ------------------------------------------------------------------

if hypothesmith is not None:
    FUZZ_SETTINGS = dict(
        deadline=None,
        derandomize=True,
        database=None,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
    )

    @settings(max_examples=120, **FUZZ_SETTINGS)
    @given(hypothesmith.from_grammar())
    def test_grammar_programs(source: str) -> None:
        assert_property(source, CORE)

    @settings(max_examples=40, **FUZZ_SETTINGS)
    @given(hypothesmith.from_node())
    def test_node_programs(source: str) -> None:
        assert_property(source, CORE)

    @settings(max_examples=70, **FUZZ_SETTINGS)
    @given(st.integers(min_value=0, max_value=2**32))
    def test_synthesized_programs(seed: int) -> None:
        source = program_gen.synth_program(random.Random(seed))
        if program_gen.parses(source):
            assert_property(source, CORE)

else:

    @pytest.mark.skip(reason="needs hypothesis and hypothesmith (pip install hypothesis hypothesmith)")
    def test_generated_programs() -> None:
        pass


# -- hostile programs and projects (a small sample; long runs: scripts/fuzz_compiler.py) --


@pytest.mark.parametrize("seed", range(16))
def test_hostile_identifier_programs(seed: int) -> None:
    source = hostile_gen.identifier_program(random.Random(seed))
    assert_property(source)


@pytest.mark.parametrize("seed", range(4))
def test_long_chain_programs(seed: int) -> None:
    source = hostile_gen.chain_program(random.Random(1000 + seed))
    assert_property(source, CORE | {fuzzkit.ACCEPTS_INVALID})


@pytest.mark.parametrize("seed", range(8))
def test_hostile_project_shapes(seed: int) -> None:
    case = hostile_gen.project_case(random.Random(seed))
    assert hostile_gen.check_project(case) == [], case


# -- the regression corpus ---------------------------------------------------------------


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8", "surrogatepass")


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_corpus(path: Path) -> None:
    source = _read(path)
    assert fuzzkit.cpython_rejects(source) is None, "corpus/*.py must be valid Python; see invalid/"
    assert_property(source)


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_invalid_corpus_is_refused(path: Path) -> None:
    source = _read(path)
    assert fuzzkit.cpython_rejects(source) is not None, "corpus/invalid/*.py must be refused by CPython"
    outcome = assert_property(source)
    assert outcome.js is None and any(d.is_error for d in outcome.diagnostics)


@pytest.fixture(scope="module")
def js_checker():
    checker = fuzzkit.JSChecker.create()
    if checker is None:
        pytest.skip("node is not installed")
    with checker:
        yield checker


@pytest.mark.parametrize("path", VALID, ids=[p.name for p in VALID])
def test_corpus_output_parses_as_js(path: Path, js_checker: fuzzkit.JSChecker) -> None:
    outcome = assert_property(_read(path))
    if outcome.js is not None:
        fuzzkit.check_js(outcome, js_checker)
        assert outcome.ok, outcome.describe()


# -- the harness itself ------------------------------------------------------------------


def test_harness_reports_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(source: str, logger: object) -> str:
        raise KeyError("boom")

    monkeypatch.setattr(fuzzkit, "_run_compiler", boom)
    outcome = fuzzkit.compile_source("x = 1\n")
    assert outcome.kind == fuzzkit.CRASH
    assert outcome.signature is not None and "KeyError" in outcome.signature
    assert "Traceback" in (outcome.traceback or "")


def test_harness_reports_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    def spin(source: str, logger: object) -> str:
        while True:
            pass

    monkeypatch.setattr(fuzzkit, "_run_compiler", spin)
    outcome = fuzzkit.compile_with_timeout("x = 1\n", timeout=0.2)
    assert outcome.kind == fuzzkit.HANG


def test_harness_positions_and_success() -> None:
    ok = fuzzkit.compile_source("def f(a, b=2):\n    return a + b\n")
    assert ok.ok and ok.js is not None and "export function f" in ok.js
    bad = fuzzkit.compile_source("x = [1]\ny = x[1:2, 0]\n")
    assert bad.ok and bad.js is None
    (diag,) = [d for d in bad.diagnostics if d.is_error]
    assert diag.code.startswith("CF1") and diag.span is not None and diag.span.line == 2


def test_minimizer_keeps_the_bug() -> None:
    from minimize import minimize

    source = "a = 1\nb = 2\n\n\ndef f():\n    return 1 + (2 * 3j)\nc = 3\n"
    smaller = minimize(source, lambda s: "j" in s and fuzzkit.cpython_rejects(s) is None, seconds=10)
    assert "j" in smaller and len(smaller) < len(source)
