"""Property test: random big-int expressions print the same under CPython and cfpy.

Ints are arbitrary precision in cfpy (a JS number within 2**53, a BigInt beyond; runtime
builtins/bigint.js). Hypothesis draws operands around the interesting boundaries (2**31,
2**53, 2**63, 2**64, 2**61 - 1, large powers) and random ints up to 2**200, and builds
expression trees over every int operator. Each batch is one program (tests/fuzz/
diff_run.py: one snippet per expression, exceptions printed by type name):

* static snippets print an expression over int literals, which the compiler types as
  ints (the inline checked fast path of ``+ - *`` and BigInt literals);
* dynamic snippets read the operands through a list, so the runtime helpers see them,
  and print the operators, conversions, comparisons with floats, hashing and formats.

Derandomized; ``CFPY_DIFF_EXAMPLES=N`` runs N batches instead of the default.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

hypothesis = pytest.importorskip("hypothesis")

import diff_run  # noqa: E402
from hypothesis import Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

EXAMPLES = int(os.environ.get("CFPY_DIFF_EXAMPLES", "4"))
BATCH = 40
LIMIT = 2**400  # values stay printable and cheap

BOUNDARIES = [
    0, 1, 2, 3, 7, 10, 2**31, 2**32, 2**52, 2**53 - 1, 2**53, 2**61 - 1, 2**63, 2**64,
    10**18, 10**20, 3**50, 2**100, 10**40 + 7,
]
BINARY = ["+", "-", "*", "//", "%", "&", "|", "^"]
SPECS = ["", ",", "_", "x", "#b", "o", ">40", "+d", "030_", "e", ".3f", "^45,", "X"]


@st.composite
def operands(draw: st.DrawFn) -> int:
    near = draw(st.sampled_from(BOUNDARIES)) + draw(st.integers(-2, 2))
    return draw(
        st.one_of(
            st.just(near),
            st.just(-near),
            st.integers(-(2**200), 2**200),
            st.integers(-300, 300),
        )
    )


@st.composite
def expressions(draw: st.DrawFn, depth: int = 3) -> tuple[str, int]:
    """A Python expression over int literals and its value."""
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        v = draw(operands())
        return (f"({v})" if v < 0 else str(v)), v
    kind = draw(st.sampled_from(["bin", "bin", "bin", "shift", "pow", "unary"]))
    left, a = draw(expressions(depth - 1))
    if kind == "unary":
        op = draw(st.sampled_from(["-", "~", "abs"]))
        if op == "abs":
            return f"abs({left})", abs(a)
        return f"({op}{left})", (-a if op == "-" else ~a)
    if kind == "shift":
        n = draw(st.integers(0, 140))
        if draw(st.booleans()):
            return f"({left} >> {n})", a >> n
        n = min(n, 80)
        return (f"({left} << {n})", a << n) if abs(a) < LIMIT >> 80 else (left, a)
    if kind == "pow":
        n = draw(st.integers(0, 6))
        return (f"({left} ** {n})", a**n) if abs(a) ** n < LIMIT else (left, a)
    right, b = draw(expressions(depth - 1))
    op = draw(st.sampled_from(BINARY))
    if op in ("//", "%") and b == 0:
        return left, a
    value = eval(f"a {op} b", {"a": a, "b": b})  # noqa: S307 -- a, b are ints
    return (f"({left} {op} {right})", value) if abs(value) < LIMIT else (left, a)


@st.composite
def snippets(draw: st.DrawFn) -> diff_run.Snippet:
    if draw(st.booleans()):
        source, _ = draw(expressions())
        return diff_run.Snippet.expr(source)
    a, b = draw(operands()), draw(operands())
    m = draw(st.sampled_from([7, 2**61 - 1, 10**9 + 7, 2**64 + 13, -97]))
    spec = draw(st.sampled_from(SPECS))
    setup = f"a = [{a}][0]\nb = [{b}][0]\nf = [{draw(st.floats(allow_nan=False))!r}][0]"
    body = [
        "print(a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -b, abs(a))",
        "print(a // b, a % b, divmod(a, b), a / b)",
        f"print(pow(a, 3), pow(a, abs(b) % 97, {m}), a << 67, a >> 45, b >> 1)",
        "print(a == b, a < b, a >= b, a == f, a < f, a > f, a != float(a) if abs(a) < 2**1000 else 0)",
        "print(a + f, a * f, f - a, float(a), int(float(a)), round(a, -7), hash(a), hash(f))",
        f"print(format(a, {spec!r}), str(b), repr(a), hex(a), bin(b), oct(a), int(str(a)) == a)",
        "print(a.bit_length(), b.bit_count(), {a: 1, b: 2}, sorted([a, b, f]), max(a, b), min(a, f))",
        "print(int.from_bytes(abs(a).to_bytes(60, 'little'), 'little') == abs(a), '%d %x %e' % (a, b, a))",
    ]
    return diff_run.Snippet(setup + "\n" + "\n".join(body))


@settings(
    max_examples=EXAMPLES,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    derandomize=True,
    deadline=None,
    database=None,
)
@given(st.lists(snippets(), min_size=BATCH, max_size=BATCH))
def test_big_int_expressions_match_cpython(batch: list[diff_run.Snippet]) -> None:
    result = diff_run.compare(batch)
    assert result.crashed is None, result.crashed
    assert not result.refused, result.refused
    assert result.mismatches == [], "\n\n".join(m.describe() for m in result.mismatches)
