"""pyperformance section: the programs of pyperformance 1.14.0 under CPython and as cfpy
output under node, side by side.

The suite is fetched at bench time from PyPI (``pip download`` of the sdist) into
``bench/.cache/`` (ignored by git): its code is read and run here, never copied into the
repository. Each ``bm_*/run_benchmark.py`` is run unchanged; what is adapted is the one
module it imports for timing, ``pyperf``: ``write_pyperf_stand_in`` writes a small
stand-in of our own next to the program, with the same names (``Runner``,
``perf_counter``) but no worker processes, no calibration protocol and no statistics: it
takes the argument defaults, calls each benchmark ``WARMUP + REPS`` times with a fixed
``LOOPS`` (calibrated once per program on CPython, then the same for both), prints the
first call's result when it is a plain value, and one ``@@pyperf-times`` line per
benchmark. Both implementations run the same adapted program: CPython as a script, cfpy
compiled the way ``cfpy run`` does (entry ``builtins/run.js``, then the program).

Rounds alternate (CPython, cfpy, CPython, ...), each in a fresh process; a program's time
is the median of its timed samples (summed over its benchmarks); its output (the stdout
without the timing lines) must equal CPython's, or the row says why.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from lib import (
    BENCH,
    CompileFailed,
    Options,
    Row,
    compile_main,
    first_line,
    fmt_ms,
    geomean,
    log_profile,
    median,
    python3,
    toolchain,
)

VERSION = "1.14.0"
CACHE = BENCH / ".cache"
SUITE_DIR = CACHE / f"pyperformance-{VERSION}"
BENCHMARKS_IN_SDIST = "pyperformance/data-files/benchmarks"
TIMES_TAG = "@@pyperf-times"

ROUNDS, WARMUP, REPS = 3, 1, 3
QUICK_ROUNDS, QUICK_WARMUP, QUICK_REPS = 1, 0, 1
# LOOPS is chosen so that one timed sample takes CPython about this long (as pyperf
# calibrates); at most MAX_LOOPS.
SAMPLE_MS, MAX_LOOPS = 100.0, 4096
TIMEOUT_S = 300  # CPython, per process
CFPY_TIMEOUT_S = 60  # cfpy, per process (a hang must not cost the whole run)
# --quick (the smoke test) runs these only, when the caller named none.
QUICK_PROGRAMS = ("nqueens", "float")
TARGET_GEOMEAN = 1.5  # CPython time / cfpy time, geometric mean, at least
TARGET_WORST = 0.8  # and no program below this


# -- fetching ----------------------------------------------------------------------------


def fetch_suite(log) -> Path:  # noqa: ANN001 - Options.log
    """The sdist's benchmarks directory, downloaded and unpacked once into the cache."""
    benchmarks = SUITE_DIR / BENCHMARKS_IN_SDIST
    if benchmarks.is_dir():
        return benchmarks
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pyperformance-", dir=CACHE) as tmp:
        log(f"pyperf: pip download pyperformance=={VERSION} (sdist)")
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                f"pyperformance=={VERSION}",
                "-d",
                tmp,
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        sdists = sorted(Path(tmp).glob("pyperformance-*.tar.gz"))
        if not sdists:
            raise RuntimeError(
                f"pip download failed: {first_line(proc.stderr or proc.stdout, 200)}"
            )
        unpack = Path(tmp) / "unpacked"
        with tarfile.open(sdists[0]) as tar:
            tar.extractall(unpack, filter="data")
        shutil.rmtree(SUITE_DIR, ignore_errors=True)
        (unpack / f"pyperformance-{VERSION}").rename(SUITE_DIR)
    return benchmarks


# -- adapting ----------------------------------------------------------------------------

# Our stand-in for the pyperf module, written next to each program. It must compile
# with cfpy, so it sticks to the supported subset (no argparse, no sys).
PYPERF_STAND_IN = '''\
"""Stand-in for pyperf written by cfpy's bench/pyperformance.py: fixed loops, no worker
processes; prints each benchmark's result and its sample times."""

import time

LOOPS = {loops}
WARMUP = {warmup}
REPS = {reps}
TAG = "{tag}"
# The options pyperformance passes to this benchmark (its pyproject's extra_opts);
# an option given as `--name` is a flag.
ARGV = {argv!r}


def perf_counter():
    return time.perf_counter()


def python_implementation():
    return "cpython"


def _plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(_plain(k) and _plain(v) for k, v in value.items())
    return False


def _show(value):
    if _plain(value):
        return repr(value)
    if isinstance(value, (set, frozenset)) and _plain(list(value)):
        return type(value).__name__ + repr(sorted(value, key=repr))
    return "<" + type(value).__name__ + ">"


class Namespace:
    pass


class ArgumentParser:
    def __init__(self):
        self.defaults = {{}}
        self.positionals = []

    def add_argument(self, *names, **options):
        dest = options.get("dest")
        if dest is None:
            longs = [n for n in names if n.startswith("--")]
            dest = (longs[0] if longs else names[0]).lstrip("-").replace("-", "_")
        default = options.get("default")
        if options.get("action") == "store_true" and default is None:
            default = False
        if isinstance(default, str) and "type" in options:
            default = options["type"](default)
        self.defaults[dest] = default
        if not names[0].startswith("-"):
            self.positionals.append(dest)


def _report(name, result, times):
    print(name, _show(result))
    print(TAG, name, " ".join(repr(t * 1000.0) for t in times))


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {{}}
        self.argparser = ArgumentParser()
        self.args = None

    def parse_args(self, args=None):
        namespace = Namespace()
        values = dict(self.argparser.defaults)
        positionals = list(self.argparser.positionals)
        for arg in ARGV:
            if arg.startswith("--"):
                values[arg[2:].replace("-", "_")] = True
            elif positionals:
                values[positionals.pop(0)] = arg
        for key, value in values.items():
            setattr(namespace, key, value)
        self.args = namespace
        return namespace

    def bench_func(self, name, func, *args, **options):
        result = None
        times = []
        for i in range(WARMUP + REPS):
            t0 = time.perf_counter()
            for _ in range(LOOPS):
                result = func(*args)
            dt = time.perf_counter() - t0
            if i >= WARMUP:
                times.append(dt)
        _report(name, result, times)

    def bench_time_func(self, name, func, *args, **options):
        times = []
        for i in range(WARMUP + REPS):
            dt = func(LOOPS, *args)
            if i >= WARMUP:
                times.append(dt)
        _report(name, None, times)

    def bench_async_func(self, name, func, *args, **options):
        import asyncio

        result = None
        times = []
        for i in range(WARMUP + REPS):
            t0 = time.perf_counter()
            for _ in range(LOOPS):
                result = asyncio.run(func(*args))
            dt = time.perf_counter() - t0
            if i >= WARMUP:
                times.append(dt)
        _report(name, result, times)
'''


def write_pyperf_stand_in(directory: Path, loops: int, warmup: int, reps: int) -> None:
    text = PYPERF_STAND_IN.format(
        loops=loops, warmup=warmup, reps=reps, tag=TIMES_TAG, argv=extra_opts(directory)
    )
    (directory / "pyperf.py").write_text(text, encoding="utf-8")


def extra_opts(bm_dir: Path) -> list[str]:
    """The command-line options of the benchmark's default variant."""
    meta = tomllib.loads((bm_dir / "pyproject.toml").read_text(encoding="utf-8"))
    return [str(o) for o in meta.get("tool", {}).get("pyperformance", {}).get("extra_opts", [])]


def requirement_name(spec: str) -> str:
    return re.split(r"[<>=!~ \[;#]", spec.strip(), maxsplit=1)[0]


def skip_reason(bm_dir: Path) -> str | None:
    """Why a benchmark cannot be run here at all (before trying to compile it), or None."""
    meta = tomllib.loads((bm_dir / "pyproject.toml").read_text(encoding="utf-8"))
    deps = [requirement_name(d) for d in meta.get("project", {}).get("dependencies", [])]
    requirements = bm_dir / "requirements.txt"
    if requirements.is_file():
        deps += [
            requirement_name(line)
            for line in requirements.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
    deps = list(dict.fromkeys(deps))
    others = [d for d in deps if d and d != "pyperf"]
    if others:
        return f"needs third-party packages: {', '.join(others)}"
    source = (bm_dir / "run_benchmark.py").read_text(encoding="utf-8")
    if "bench_command" in source:
        return "times a subprocess command (bench_command), not Python code"
    return None


def parse_output(stdout: str) -> tuple[str, dict[str, list[float]]]:
    """The program's output without the timing lines, and its samples (ms) per benchmark."""
    kept: list[str] = []
    times: dict[str, list[float]] = {}
    for line in stdout.splitlines():
        if line.startswith(TIMES_TAG + " "):
            parts = line.split()
            times[parts[1]] = [float(t) for t in parts[2:]]
        else:
            kept.append(line)
    return "\n".join(kept), times


# -- running -----------------------------------------------------------------------------


@dataclass
class Program:
    name: str
    source_dir: Path
    work_dir: Path
    loops: int = 1
    bundle: Path | None = None
    times: dict[str, list[float]] = field(default_factory=dict)  # impl -> samples (ms)
    output: dict[str, str] = field(default_factory=dict)
    problem: str = ""  # why there is no valid cfpy figure

    def command(self, impl: str) -> list[str]:
        if impl == "py":
            return [python3(), "run_benchmark.py"]
        assert self.bundle is not None
        return [str(toolchain().node), str(self.bundle)]


def run_once(program: Program, impl: str) -> tuple[str, dict[str, list[float]]]:
    proc = subprocess.run(
        program.command(impl),
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S if impl == "py" else CFPY_TIMEOUT_S,
        cwd=program.work_dir,
    )
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        raise RuntimeError(lines[-1] if lines else f"exit code {proc.returncode}")
    return parse_output(proc.stdout)


def sample_total(times: dict[str, list[float]]) -> list[float]:
    """Per-sample time summed over a program's benchmarks (most have one)."""
    columns = list(zip(*times.values(), strict=False))
    return [sum(col) for col in columns]


def calibrate(program: Program, warmup: int, reps: int) -> None:
    """Pick LOOPS from one CPython run at LOOPS=1 (as pyperf calibrates)."""
    write_pyperf_stand_in(program.work_dir, 1, 0, 1)
    _, times = run_once(program, "py")
    once = sum(sample_total(times)) or 0.001
    loops = 1
    while loops * once < SAMPLE_MS and loops < MAX_LOOPS:
        loops *= 2
    program.loops = loops
    write_pyperf_stand_in(program.work_dir, loops, warmup, reps)


def prepare(program: Program, quick: bool, warmup: int, reps: int) -> None:
    """Compile first (a program cfpy refuses is then run once, by CPython only), then
    calibrate and compile again: the stand-in's LOOPS is part of the bundle."""
    shutil.copytree(program.source_dir, program.work_dir)
    write_pyperf_stand_in(program.work_dir, 1, warmup, reps)
    try:
        program.bundle = compile_main(
            program.work_dir / "run_benchmark.py", program.work_dir / ".cfpy-build"
        )
    except CompileFailed as err:
        program.problem = f"does not compile: {diagnostic_summary(str(err))}"
        write_pyperf_stand_in(program.work_dir, 1, 0, 1)
        return
    if not quick:
        calibrate(program, warmup, reps)
        program.bundle = compile_main(
            program.work_dir / "run_benchmark.py", program.work_dir / ".cfpy-build"
        )


def diagnostic_summary(text: str) -> str:
    """The first diagnostic's headline (code and message) and where it points."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[0] if lines else "(no diagnostics)"
    # "/tmp/.../run_benchmark.py:11:8: CF202 ..." -> "run_benchmark.py:11:8: CF202 ..."
    head = re.sub(r"^\S*/([^/\s]+:\d+:\d+:)", r"\1", head)
    return head if len(head) <= 160 else head[:157] + "..."


def measure(program: Program, rounds: int) -> None:
    impls = ["py", "cfpy"] if program.bundle is not None and not program.problem else ["py"]
    if impls == ["py"]:
        rounds = 1  # nothing to compare with: CPython's figure is for reference only
    for impl in impls:
        program.times[impl] = []
    for _ in range(rounds):
        for impl in list(impls):
            try:
                output, times = run_once(program, impl)
            except (RuntimeError, subprocess.TimeoutExpired) as err:
                if impl == "py":
                    raise
                reason = (
                    f"timed out after {CFPY_TIMEOUT_S} s"
                    if isinstance(err, subprocess.TimeoutExpired)
                    else str(err)
                )
                program.problem = f"crashes: {first_line(reason, 160)}"
                impls.remove(impl)
                del program.times[impl]
                continue
            program.times[impl] += sample_total(times)
            program.output.setdefault(impl, output)
    if "cfpy" in program.output and program.output["cfpy"] != program.output["py"]:
        program.problem = "output differs: " + first_difference(
            program.output["py"], program.output["cfpy"]
        )
        del program.times["cfpy"]


def first_difference(a: str, b: str) -> str:
    a_lines, b_lines = a.splitlines(), b.splitlines()
    for i, (x, y) in enumerate(zip(a_lines, b_lines, strict=False)):
        if x != y:
            return f"line {i + 1}: CPython {x[:60]!r}, cfpy {y[:60]!r}"
    return f"CPython printed {len(a_lines)} lines, cfpy {len(b_lines)}"


def profile_program(program: Program, out_dir: Path) -> str:
    """node --cpu-prof of the program built unminified; returns the summary text."""
    from tools.cpuprofile_summary import format_summary

    prof_dir = out_dir / f"pyperf_{program.name}"
    shutil.rmtree(prof_dir, ignore_errors=True)
    prof_dir.mkdir(parents=True)
    bundle = compile_main(
        program.work_dir / "run_benchmark.py", prof_dir / "build", minify=False
    )
    subprocess.run(
        [str(toolchain().node), "--cpu-prof", f"--cpu-prof-dir={prof_dir}", str(bundle)],
        check=True,
        capture_output=True,
        cwd=program.work_dir,
        timeout=TIMEOUT_S,
    )
    profile = sorted(prof_dir.glob("*.cpuprofile"))[-1]
    text = f"node --cpu-prof of cfpy pyperformance {program.name} ({profile}):\n"
    text += format_summary(profile, 15, bundle)
    (out_dir / f"pyperf_{program.name}.txt").write_text(text + "\n", encoding="utf-8")
    return text


def select(benchmarks: Path, names: list[str] | None) -> list[Path]:
    found = sorted(p for p in benchmarks.glob("bm_*") if (p / "run_benchmark.py").is_file())
    if names is None:
        return found
    wanted = {n.removeprefix("bm_") for n in names}
    return [p for p in found if p.name.removeprefix("bm_") in wanted]


def program_row(program: Program) -> Row:
    t = {impl: median(samples) for impl, samples in program.times.items()}
    data: dict[str, object] = {"loops": program.loops, **{f"{k}_ms": v for k, v in t.items()}}
    parts = [f"py {fmt_ms(t['py'])}"]
    if "cfpy" in t:
        ratio = t["py"] / t["cfpy"]
        parts += [f"cfpy {fmt_ms(t['cfpy'])}", f"py/cfpy {ratio:.2f}x"]
        data["py_vs_cfpy"] = ratio
    note = program.problem or f"{program.loops} loops per sample"
    return Row("pyperf", program.name, " | ".join(parts), note=note, data=data)


def summary_rows(programs: list[Program], skipped: dict[str, str]) -> list[Row]:
    valid = [p for p in programs if "cfpy" in p.times]
    ratios = {p.name: median(p.times["py"]) / median(p.times["cfpy"]) for p in valid}
    mean = geomean(list(ratios.values()))
    worst = min(ratios.items(), key=lambda kv: kv[1]) if ratios else None
    failed = [p for p in programs if p not in valid]
    note = f"{len(valid)} of {len(programs) + len(skipped)} programs compile and match"
    if worst:
        note += f"; slowest {worst[0]} {worst[1]:.2f}x"
    rows = [
        Row(
            "pyperf",
            "pyperformance: CPython time / cfpy time (geometric mean; higher = cfpy faster)",
            f"{mean:.2f}x" if math.isfinite(mean) else "n/a",
            f">= {TARGET_GEOMEAN}x, none < {TARGET_WORST}x",
            bool(math.isfinite(mean) and mean >= TARGET_GEOMEAN and worst and worst[1] >= TARGET_WORST),
            note,
            {"geomean": mean, "ratios": ratios},
        )
    ]
    if failed:
        rows.append(
            Row(
                "pyperf",
                "programs that do not compile or do not match",
                str(len(failed)),
                note="; ".join(f"{p.name}: {p.problem}" for p in failed),
                data={p.name: p.problem for p in failed},
            )
        )
    if skipped:
        rows.append(
            Row(
                "pyperf",
                "programs not attempted",
                str(len(skipped)),
                note="; ".join(f"{name}: {why}" for name, why in skipped.items()),
                data=dict(skipped),
            )
        )
    return rows


def run(opts: Options, names: list[str] | None = None) -> list[Row]:
    rounds, warmup, reps = (
        (QUICK_ROUNDS, QUICK_WARMUP, QUICK_REPS) if opts.quick else (ROUNDS, WARMUP, REPS)
    )
    try:
        benchmarks = fetch_suite(opts.log)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as err:
        return [Row("pyperf", "pyperformance suite", "n/a", note=f"unavailable: {err}")]
    if names is None and opts.quick:
        names = list(QUICK_PROGRAMS)
    programs: list[Program] = []
    skipped: dict[str, str] = {}
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cfpy-bench-pyperf-") as tmp:
        for bm_dir in select(benchmarks, names):
            name = bm_dir.name.removeprefix("bm_")
            reason = skip_reason(bm_dir)
            if reason:
                skipped[name] = reason
                continue
            opts.log(f"pyperf: {name}")
            program = Program(name, bm_dir, Path(tmp) / name)
            try:
                prepare(program, opts.quick, warmup, reps)
                measure(program, rounds)
            except (RuntimeError, subprocess.TimeoutExpired) as err:
                skipped[name] = f"CPython cannot run it here: {first_line(str(err), 160)}"
                continue
            programs.append(program)
            rows.append(program_row(program))
            ratio = rows[-1].data.get("py_vs_cfpy")
            if opts.profile_dir and isinstance(ratio, float) and ratio < TARGET_GEOMEAN:
                log_profile(opts, profile_program, program, opts.profile_dir)
        rows += summary_rows(programs, skipped)
    return rows


if __name__ == "__main__":
    for row in run(Options(quick="--quick" in sys.argv)):
        print(row)
