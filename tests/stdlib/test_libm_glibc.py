"""``x ** y``, ``math.pow`` and ``math.exp`` return CPython's floats to the bit.

CPython calls glibc, whose pow and exp are not correctly rounded (0.54 and 0.51 ULP at
worst); runtime_shim/js/stdlib/_libm.js follows glibc's algorithms as x86-64 runs them
(its FMA build). Many random arguments (seeded, over the magnitudes real code meets and
the edges: bases near 1, huge exponents, subnormal bases and results, negative bases
with integral exponents) are computed by this CPython and by the runtime in node.
"""

from __future__ import annotations

import json
import math
import platform
import random
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
RUNTIME = ROOT / "runtime_shim" / "js"


def _glibc_with_fma() -> bool:
    """The reference is glibc's FMA build (what every x86-64 CPU with FMA runs)."""
    if platform.libc_ver()[0] != "glibc" or platform.machine() not in ("x86_64", "AMD64"):
        return False
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return False
    return " fma " in flags or flags.rstrip().endswith(" fma")


pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed"),
    pytest.mark.skipif(not _glibc_with_fma(), reason="the reference is glibc on an FMA x86-64"),
]


def _pow_cases(rng: random.Random, n: int) -> list[tuple[float, float]]:
    cases: list[tuple[float, float]] = []
    while len(cases) < n:
        kind = rng.randrange(7)
        if kind == 0:  # everyday magnitudes
            x, y = rng.uniform(0, 10), rng.uniform(-20, 20)
        elif kind == 1:  # any binade
            x, y = math.exp(rng.uniform(-700, 700)), rng.uniform(-1.5, 1.5)
        elif kind == 2:  # near 1, large exponents
            x, y = 1 + rng.uniform(-1e-3, 1e-3), rng.uniform(-1e5, 1e5)
        elif kind == 3:  # subnormal bases
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(52)))[0]
            y = rng.uniform(-0.1, 1.2)
        elif kind == 4:  # negative bases, integral exponents
            x, y = -rng.uniform(0.1, 10), float(rng.randint(-60, 60))
        elif kind == 5:  # the exponents programs write
            x, y = rng.uniform(0.01, 3), rng.choice([0.5, 1.5, -1.5, 2.0, 3.0, -0.5, 1 / 3, -1.0])
        else:  # results near overflow and underflow
            x, y = rng.uniform(1, 2), rng.choice([-1, 1]) * rng.uniform(700, 1100)
        try:
            r = x**y
        except (OverflowError, ZeroDivisionError):
            continue
        if isinstance(r, float):
            cases.append((x, y))
    return cases


NODE_CHECK = """
import fs from "node:fs";
const { $pow } = await import(process.argv[2] + "/builtins/arith.js");
const math = await import(process.argv[2] + "/stdlib/math.js");
const { pow, exp } = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const bad = [];
const same = (got, want) => Object.is(+got, want);
for (const [x, y, want] of pow) {
  const got = $pow(x, y);
  if (!same(got, want)) bad.push(["**", x, y, want, +got]);
  if (x > 0 && !same(math.pow(x, y), want)) bad.push(["math.pow", x, y, want, +math.pow(x, y)]);
}
for (const [x, want] of exp) {
  const got = math.exp(x);
  if (!same(got, want)) bad.push(["exp", x, want, +got]);
}
console.log(JSON.stringify(bad.slice(0, 20)), bad.length);
"""


def test_pow_and_exp_are_glibc_bit_for_bit(tmp_path: Path) -> None:
    rng = random.Random(20261207)
    pow_cases = [(x, y, x**y) for x, y in _pow_cases(rng, 40000)]
    exp_args = [rng.uniform(-745, 709) for _ in range(15000)]
    exp_args += [rng.uniform(-5, 5) for _ in range(15000)]
    exp_cases = [(x, math.exp(x)) for x in exp_args]
    data = tmp_path / "cases.json"
    # JSON keeps every double exactly (repr round-trips); node parses it the same way.
    data.write_text(json.dumps({"pow": pow_cases, "exp": exp_cases}))
    script = tmp_path / "check.mjs"
    script.write_text(NODE_CHECK)
    proc = subprocess.run(
        ["node", str(script), RUNTIME.as_uri(), str(data)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    examples, count = proc.stdout.rsplit(" ", 1)
    assert int(count) == 0, f"{count} results differ from CPython, e.g. {examples}"
