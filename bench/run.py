"""cfpy benchmarks: one command, one table.

    .venv/bin/python bench/run.py                 # everything (about 5-10 minutes)
    .venv/bin/python bench/run.py --quick         # minimal sizes: checks every benchmark runs
    .venv/bin/python bench/run.py --only cpu,size # some sections (size, eval, cpu, pyperf, build, rps)
    .venv/bin/python bench/run.py --profile DIR   # also profile every missed target into DIR
    .venv/bin/python bench/run.py --json FILE     # also write the rows as JSON

Every ratio is measured side by side in the same run. Progress goes to stderr, the table
(markdown) to stdout. Nothing here asserts a duration: a missed target is a MISS row.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builds  # noqa: E402
import bundles  # noqa: E402
import cpu_suite  # noqa: E402
import pyperformance  # noqa: E402
import rps  # noqa: E402
from lib import Options, Row, machine_info  # noqa: E402

SECTIONS = ("size", "eval", "cpu", "pyperf", "build", "rps")


def render(rows: list[Row], info: dict[str, str], elapsed: float, quick: bool) -> str:
    lines = [
        f"cfpy benchmarks, {info['date']}{' (--quick: smoke sizes, figures meaningless)' if quick else ''}",
        f"machine: {info['nproc']} x {info['cpu']}; node {info['node']}; {info['cpython']}; "
        f"esbuild {info['esbuild']}; load average at start {info['load']}; took {elapsed:.0f} s",
        "",
        "| section | benchmark | measured | target | status | notes |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [row.section, row.metric, row.measured, row.target, row.status, row.note]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="minimal sizes (smoke test)")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    parser.add_argument("--profile", type=Path, help="write profiles of missed targets here")
    parser.add_argument(
        "--pyperf",
        metavar="NAMES",
        help="pyperformance programs to run, comma-separated (default: all; --quick: two)",
    )
    parser.add_argument("--json", type=Path, help="also write the rows to this JSON file")
    args = parser.parse_args()
    wanted = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(wanted) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    opts = Options(quick=args.quick, profile_dir=args.profile)
    info = machine_info()
    started = time.perf_counter()
    rows: list[Row] = []
    if "size" in wanted or "eval" in wanted:
        rows += [r for r in bundles.run(opts) if r.section in wanted]
    if "cpu" in wanted:
        rows += cpu_suite.run(opts)
    if "pyperf" in wanted:
        names = [n.strip() for n in args.pyperf.split(",") if n.strip()] if args.pyperf else None
        rows += pyperformance.run(opts, names)
    if "build" in wanted:
        rows += builds.run(opts)
    if "rps" in wanted:
        rows += rps.run(opts)
    elapsed = time.perf_counter() - started
    print(render(rows, info, elapsed, args.quick), flush=True)
    if args.json:
        payload = {
            "machine": info,
            "quick": args.quick,
            "rows": [
                {
                    "section": r.section,
                    "metric": r.metric,
                    "measured": r.measured,
                    "target": r.target,
                    "status": r.status,
                    "note": r.note,
                    "data": r.data,
                }
                for r in rows
            ],
        }
        args.json.write_text(json.dumps(payload, indent=2, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
