"""CPU suite: each bench/cpu/NAME.py, timed under CPython, as cfpy output under node, and
as its hand-written JS twin bench/cpu/NAME.mjs under node.

Each implementation runs in fresh processes (see ROUNDS): ``run(size)`` once (its output
is checked against CPython's: sha256 of the whole string), more warm-up calls, then
``reps`` timed calls; the figure is the median of the timed calls. Only ``run`` is timed
(not start-up, import, compiling or the hashing of the output).
"""

from __future__ import annotations

import math
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lib import (
    BENCH,
    CompileFailed,
    Options,
    Row,
    compile_program,
    first_line,
    fmt_ms,
    geomean,
    log_profile,
    median,
    python3,
    run_json,
    toolchain,
)

CPU_DIR = BENCH / "cpu"

# name -> (size for the real run, size for --quick); real sizes take CPython ~0.1-0.4 s.
PROGRAMS: dict[str, tuple[int, int]] = {
    "json_roundtrip": (6000, 20),
    "routing": (20000, 20),
    "aggregate": (200000, 50),
    "sorting": (30000, 20),
    "template": (400, 2),
    "regex_extract": (30000, 20),
    "tree": (20, 1),
}
# Each implementation runs ROUNDS times, in turns (py, js, cfpy, py, js, cfpy, ...), each
# time in a fresh process with WARMUP untimed and REPS timed calls; the figure is the
# median of all timed calls, so a burst of load on a shared machine hits all three alike.
ROUNDS, WARMUP, REPS = 3, 2, 5
QUICK_ROUNDS, QUICK_WARMUP, QUICK_REPS = 1, 1, 1
TARGET_VS_JS = 1.5  # cfpy time / JS time, geometric mean, at most
TARGET_VS_PY = 5.0  # CPython time / cfpy time, geometric mean, at least


@dataclass
class Result:
    name: str
    size: int
    times: dict[str, float] = field(default_factory=dict)  # impl -> median ms
    notes: list[str] = field(default_factory=list)
    valid: bool = True  # cfpy compiled and printed what CPython printed
    bundle: Path | None = None


def _first_difference(a: str, b: str) -> str:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"at char {i}: {a[max(0, i - 20) : i + 20]!r} vs {b[max(0, i - 20) : i + 20]!r}"
    return "(heads equal; differs later)"


def run_program(
    name: str, size: int, rounds: int, warmup: int, reps: int, build_root: Path
) -> Result:
    result = Result(name, size)
    py_file = CPU_DIR / f"{name}.py"
    args = [str(size), str(warmup), str(reps)]
    commands = {
        "py": [python3(), str(CPU_DIR / "harness.py"), str(py_file), *args],
        "js": [
            str(toolchain().node),
            str(CPU_DIR / "harness.mjs"),
            str(CPU_DIR / f"{name}.mjs"),
            *args,
        ],
    }
    try:
        result.bundle = compile_program(py_file, build_root / name)
        commands["cfpy"] = [
            str(toolchain().node),
            str(CPU_DIR / "harness.mjs"),
            str(result.bundle),
            *args,
        ]
    except CompileFailed as err:
        result.valid = False
        result.notes.append(f"cfpy cannot build it: {first_line(str(err))}")
    times: dict[str, list[float]] = {impl: [] for impl in commands}
    outputs: dict[str, dict] = {}
    for _ in range(rounds):
        for impl in list(commands):
            try:
                got = run_json(commands[impl])
            except (RuntimeError, subprocess.TimeoutExpired) as err:
                if impl != "cfpy":
                    raise
                result.valid = False
                message = str(err).splitlines()
                result.notes.append(
                    f"cfpy output crashes: {first_line(message[-1] if message else '')}"
                )
                del commands["cfpy"], times["cfpy"]
                continue
            times[impl] += got["times_ms"]
            outputs.setdefault(impl, got)
    result.times = {impl: median(t) for impl, t in times.items()}
    py = outputs["py"]
    if outputs["js"]["sha256"] != py["sha256"]:
        result.notes.append(
            "JS twin output differs from CPython (benchmark bug): "
            + _first_difference(py["head"], outputs["js"]["head"])
        )
    if "cfpy" in outputs and outputs["cfpy"]["sha256"] != py["sha256"]:
        result.valid = False
        result.notes.append(
            "cfpy output differs from CPython (compiler bug): "
            + _first_difference(py["head"], outputs["cfpy"]["head"])
        )
    return result


def profile_program(result: Result, warmup: int, reps: int, out_dir: Path) -> str:
    """node --cpu-prof of the program built unminified (readable names; the bundle's
    section comments attribute time to runtime files); returns the summary text."""
    from tools.cpuprofile_summary import format_summary

    prof_dir = out_dir / f"cpu_{result.name}"
    shutil.rmtree(prof_dir, ignore_errors=True)
    prof_dir.mkdir(parents=True)
    bundle = compile_program(CPU_DIR / f"{result.name}.py", prof_dir / "build", minify=False)
    subprocess.run(
        [
            str(toolchain().node),
            "--cpu-prof",
            f"--cpu-prof-dir={prof_dir}",
            str(CPU_DIR / "harness.mjs"),
            str(bundle),
            str(result.size),
            str(warmup),
            str(reps),
        ],
        check=True,
        capture_output=True,
        cwd=BENCH,
    )
    profile = sorted(prof_dir.glob("*.cpuprofile"))[-1]
    text = f"node --cpu-prof of cfpy {result.name} (unminified build; {profile}):\n"
    text += format_summary(profile, 15, bundle)
    (out_dir / f"cpu_{result.name}.txt").write_text(text + "\n", encoding="utf-8")
    return text


def run(opts: Options) -> list[Row]:
    rounds, warmup, reps = (
        (QUICK_ROUNDS, QUICK_WARMUP, QUICK_REPS) if opts.quick else (ROUNDS, WARMUP, REPS)
    )
    rows: list[Row] = []
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="cfpy-bench-cpu-") as tmp:
        for name, (size, quick_size) in PROGRAMS.items():
            size = quick_size if opts.quick else size
            opts.log(f"cpu: {name} (size {size})")
            result = run_program(name, size, rounds, warmup, reps, Path(tmp))
            results.append(result)
            t = result.times
            parts = [f"py {fmt_ms(t['py'])}", f"js {fmt_ms(t['js'])}"]
            data: dict[str, object] = {"size": size, **{f"{k}_ms": v for k, v in t.items()}}
            if "cfpy" in t:
                parts.insert(1, f"cfpy {fmt_ms(t['cfpy'])}")
                vs_js, vs_py = t["cfpy"] / t["js"], t["py"] / t["cfpy"]
                parts += [f"cfpy/js {vs_js:.2f}x", f"py/cfpy {vs_py:.2f}x"]
                data.update(cfpy_vs_js=vs_js, py_vs_cfpy=vs_py)
            rows.append(
                Row(
                    "cpu",
                    f"{name} (size {size})",
                    " | ".join(parts),
                    note="; ".join(result.notes),
                    data=data,
                )
            )
            if (
                opts.profile_dir
                and result.valid
                and "cfpy" in t
                and t["cfpy"] / t["js"] > TARGET_VS_JS
            ):
                log_profile(opts, profile_program, result, warmup, max(reps, 3), opts.profile_dir)
    valid = [r for r in results if r.valid and "cfpy" in r.times]
    left_out = [r.name for r in results if r not in valid]
    note = f"{len(valid)} of {len(results)} programs" + (
        f"; left out (see rows): {', '.join(left_out)}" if left_out else ""
    )
    vs_js = geomean([r.times["cfpy"] / r.times["js"] for r in valid])
    vs_py = geomean([r.times["py"] / r.times["cfpy"] for r in valid])
    rows.append(
        Row(
            "cpu",
            "CPU suite: cfpy time / JS twin time (geometric mean)",
            f"{vs_js:.2f}x" if math.isfinite(vs_js) else "n/a",
            f"<= {TARGET_VS_JS}x",
            (vs_js <= TARGET_VS_JS) if math.isfinite(vs_js) else False,
            note,
            {"geomean": vs_js},
        )
    )
    rows.append(
        Row(
            "cpu",
            "CPU suite: CPython time / cfpy time (geometric mean; higher = cfpy faster)",
            (f"{vs_py:.2f}x" + (f" (cfpy {1 / vs_py:.1f}x slower)" if vs_py < 1 else ""))
            if math.isfinite(vs_py)
            else "n/a",
            f">= {TARGET_VS_PY}x",
            (vs_py >= TARGET_VS_PY) if math.isfinite(vs_py) else False,
            note,
            {"geomean": vs_py},
        )
    )
    return rows


if __name__ == "__main__":
    for row in run(Options(quick="--quick" in sys.argv)):
        print(row)
