"""Smoke test of bench/run.py: every benchmark section still runs at its minimal size
and prints its table rows. Durations are never asserted (a MISS row is not a failure)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "bench" / "run.py"

# section(s) passed to --only -> row prefixes the table must then contain
CASES = {
    "size,eval": [
        "| size | hello-world",
        "| size | examples/views",
        "| eval | hello-world",
        "| eval | views",
    ],
    "cpu": [
        *(
            f"| cpu | {name} (size"
            for name in (
                "json_roundtrip",
                "routing",
                "aggregate",
                "sorting",
                "template",
                "regex_extract",
                "tree",
            )
        ),
        "| cpu | CPU suite: cfpy time / JS twin time",
        "| cpu | CPU suite: CPython time / cfpy time",
    ],
    # the two --quick programs, or the row saying the suite could not be downloaded
    "pyperf": ["| pyperf | pyperformance"],
    "build": [
        "| build | cold `cfpy build`",
        "| build | rebuild, nothing changed",
        "| build | rebuild, one module edited",
        "| build | cold `cfpy build`, one ",  # one long module: time and peak memory
    ],
    "rps": ["| rps | views DO worker", "| rps | hello-world worker"],
}


@pytest.mark.parametrize("sections", list(CASES))
def test_benchmark_section_runs_and_prints_rows(sections: str) -> None:
    proc = subprocess.run(
        [sys.executable, str(RUN), "--quick", "--only", sections],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "| section | benchmark | measured | target | status | notes |" in proc.stdout
    for prefix in CASES[sections]:
        assert any(line.startswith(prefix) for line in proc.stdout.splitlines()), (
            f"no row starting {prefix!r} in:\n{proc.stdout}"
        )
