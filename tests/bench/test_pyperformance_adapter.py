"""The pyperformance section's adapter: a program written against pyperf's API runs
unchanged with bench/pyperformance.py's pyperf stand-in, under CPython and compiled by
cfpy, and both print the same results (the timing lines aside). Offline: the program
below is ours, shaped like pyperformance's (Runner, argparser defaults, extra_opts,
bench_func and bench_time_func)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import pyperformance  # noqa: E402
from lib import compile_main, python3, toolchain  # noqa: E402

PROGRAM = '''\
import pyperf


class Cell:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def checksum(n):
    cells = [Cell(i * i % 7) for i in range(n)]
    return [sum(c.value for c in cells), n, 1.5 * n]


def timed(loops, n):
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        checksum(n)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "adapter check"
    runner.argparser.add_argument("--size", type=int, default="50")
    runner.argparser.add_argument("mode", nargs="?", choices=["fast", "slow"])
    runner.argparser.add_argument("--twice", action="store_true")
    args = runner.parse_args()
    print("options", args.size, args.mode, args.twice)
    runner.bench_func("checksum", checksum, args.size)
    runner.bench_time_func("timed", timed, args.size)
'''

PYPROJECT = """\
[project]
name = "pyperformance_bm_adapter_check"
dependencies = ["pyperf"]

[tool.pyperformance]
extra_opts = ["slow", "--twice"]
"""


def run(cmd: list[str], cwd: Path) -> str:
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def test_adapted_program_prints_the_same_under_cpython_and_cfpy(tmp_path: Path) -> None:
    (tmp_path / "run_benchmark.py").write_text(PROGRAM, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    assert pyperformance.skip_reason(tmp_path) is None
    pyperformance.write_pyperf_stand_in(tmp_path, loops=2, warmup=1, reps=2)
    bundle = compile_main(tmp_path / "run_benchmark.py", tmp_path / "build")

    py_out, py_times = pyperformance.parse_output(
        run([python3(), "run_benchmark.py"], tmp_path)
    )
    js_out, js_times = pyperformance.parse_output(
        run([str(toolchain().node), str(bundle)], tmp_path)
    )

    assert py_out == js_out
    assert py_out.splitlines() == [
        "options 50 slow True",
        "checksum [98, 50, 75.0]",
        "timed None",
    ]
    for times in (py_times, js_times):
        assert sorted(times) == ["checksum", "timed"]
        assert all(len(samples) == 2 for samples in times.values())


def test_a_benchmark_needing_packages_is_not_attempted(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "run_benchmark.py").write_text(PROGRAM, encoding="utf-8")
    (tmp_path / "requirements.txt").write_text("# pinned\nsomepkg==1.0\n", encoding="utf-8")
    assert pyperformance.skip_reason(tmp_path) == "needs third-party packages: somepkg"
