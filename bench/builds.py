"""Build times of generated projects (bench/projgen.py).

CLI figures run the real ``cfpy build DIR`` as a new process (interpreter start-up and
imports included, as a user or CI runs it) and take the median wall time:

- cold: ``DIR/.cfpy`` and ``DIR/build`` removed first (compile + esbuild from nothing);
- no change: the same command again right after a build;
- one module edited: one module's constant changed between builds.

"In process" figures are what ``cfpy dev`` does on save: ``load_project`` +
``build_project(minify=False)`` again in a process that already built the project once.
The phase breakdown calls the pipeline's own phase functions one by one, in process.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import projgen
from lib import ROOT, Options, Row, fmt_ms, log_profile, median

TARGET_COLD_S = 0.67
TARGET_NOCHANGE_S = 0.1
TARGET_EDIT_S = 0.3
TARGET_SINGLE_S = 10.0
TARGET_SINGLE_MB = 1024
SINGLE_LINES = (10000, 50000)
QUICK_SINGLE_LINES = (300, 600)
MAIN_LINES = 2000
SCALING_LINES = (2000, 5000, 10000, 20000)
QUICK_MAIN_LINES = 200
QUICK_SCALING_LINES = (200, 400)
REPS, QUICK_REPS = 3, 1


def _env() -> dict[str, str]:
    """The environment of a measured ``cfpy`` process: Python may cache byte code, as it
    does for an installed cfpy (a PYTHONDONTWRITEBYTECODE=1 shell would otherwise make
    every run compile the compiler's own sources again)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _clean(root: Path) -> None:
    shutil.rmtree(root / ".cfpy", ignore_errors=True)
    shutil.rmtree(root / "build", ignore_errors=True)


def _children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def cli_build(root: Path, cpu: list[float] | None = None) -> float:
    """Wall time of one ``cfpy build ROOT`` process, in ms; its CPU time (esbuild
    included) is appended to ``cpu`` when given."""
    c0 = _children_cpu_ms()
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "cfpy_workers", "build", str(root)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
        env=_env(),
    )
    ms = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"cfpy build {root} failed:\n{proc.stderr[-3000:]}")
    if cpu is not None:
        cpu.append(_children_cpu_ms() - c0)
    return ms


def cli_build_peak(root: Path) -> tuple[float, float, float]:
    """One cold ``cfpy build ROOT`` process: (wall ms, CPU ms, peak resident MB of the
    cfpy process itself; esbuild, its child, is not included)."""
    _clean(root)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cfpy_workers", "build", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(),
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    ms = (time.perf_counter() - t0) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"cfpy build {root} failed:\n{err.decode()[-3000:]}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return ms, cpu, usage.ru_maxrss / 1024


def startup_ms(reps: int) -> float:
    """A new interpreter importing the CLI and the pipeline (what every command pays)."""
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", "import cfpy_workers.cli, cfpy_workers.pipeline, cfpy_workers.bundle"],
            check=True,
            cwd=ROOT,
            env=_env(),
        )
        times.append((time.perf_counter() - t0) * 1000)
    return median(times)


def in_process_build(root: Path, minify: bool = False, cpu: list[float] | None = None) -> float:
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import build_project
    from cfpy_workers.project import load_project

    c0 = time.process_time() * 1000 + _children_cpu_ms()
    t0 = time.perf_counter()
    logger = Logger()
    config = load_project(root, logger)
    assert config is not None
    if build_project(config, logger, minify=minify) is None:
        raise RuntimeError("\n".join(d.render() for d in logger.diagnostics))
    ms = (time.perf_counter() - t0) * 1000
    if cpu is not None:
        cpu.append(time.process_time() * 1000 + _children_cpu_ms() - c0)
    return ms


def phases(root: Path) -> dict[str, float]:
    """ms per phase of one cold in-process build (the steps of pipeline.build_project)."""
    from cfpy_workers.bundle import bundle
    from cfpy_workers.check import find_registration
    from cfpy_workers.check.bindings import check_bindings
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import (
        RUNTIME_DIR,
        discover_modules,
        render_entry,
        write_modules,
    )
    from cfpy_workers.project import load_project
    from cfpy_workers.toolchain import ensure_toolchain

    _clean(root)
    out: dict[str, float] = {}
    logger = Logger()
    t = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal t
        now = time.perf_counter()
        out[name] = (now - t) * 1000
        t = now

    config = load_project(root, logger)
    assert config is not None
    lap("config")
    modules = discover_modules(config.entry, logger)
    lap("parse")
    entry = modules[config.entry.stem]
    registration = find_registration(entry, logger)
    assert registration is not None
    check_bindings(modules, entry, registration, config, logger)
    lap("check")
    assert write_modules(modules, config.build_dir / "modules", logger, main=None)
    lap("lower+emit")
    entry_js = config.build_dir / "entry.js"
    entry_js.write_text(render_entry(entry.js_path, registration, config), encoding="utf-8")
    toolchain = ensure_toolchain(logger)
    assert toolchain is not None
    lap("template+toolchain")
    assert bundle(
        entry_js,
        config.main,
        toolchain=toolchain,
        runtime_dir=RUNTIME_DIR,
        sourcemap=True,
        minify=True,
        logger=logger,
    )
    lap("esbuild")
    return out


def compiler_profile(root: Path, out_dir: Path, label: str) -> str:
    """cProfile of one in-process build_project (top entries by own and cumulative time)."""
    profiler = cProfile.Profile()
    profiler.enable()
    in_process_build(root, minify=True)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(30)
    (out_dir / f"build_{label}.prof").write_bytes(b"")
    stats.dump_stats(str(out_dir / f"build_{label}.prof"))
    report = text.getvalue()
    (out_dir / f"build_{label}.txt").write_text(report, encoding="utf-8")
    return f"cProfile of build_project ({label}):\n" + report


def run(opts: Options) -> list[Row]:
    reps = QUICK_REPS if opts.quick else REPS
    main_lines = QUICK_MAIN_LINES if opts.quick else MAIN_LINES
    scaling = QUICK_SCALING_LINES if opts.quick else SCALING_LINES
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cfpy-bench-build-") as tmp_name:
        tmp = Path(tmp_name)
        root = tmp / f"p{main_lines}"
        modules, lines = projgen.generate(root, main_lines)
        what = f"{lines}-line project ({modules} module{'s' if modules != 1 else ''} + entry)"
        opts.log(f"builds: {what}")
        cli_build(root)  # first build: warms the OS file cache and checks it compiles
        start = startup_ms(reps)

        cpu: dict[str, list[float]] = {k: [] for k in ("cold", "nc", "ed", "ipnc", "iped")}
        cold = []
        for _ in range(reps):
            _clean(root)
            cold.append(cli_build(root, cpu["cold"]))
        nochange = [cli_build(root, cpu["nc"]) for _ in range(reps)]
        edited = []
        for generation in range(reps):
            projgen.edit_module(root, modules // 2, generation)
            edited.append(cli_build(root, cpu["ed"]))

        in_process_build(root)  # the dev server's first build
        ip_nochange = [in_process_build(root, cpu=cpu["ipnc"]) for _ in range(reps)]
        ip_edited = []
        for generation in range(reps):
            projgen.edit_module(root, modules // 2, 1000 + generation)
            ip_edited.append(in_process_build(root, cpu=cpu["iped"]))
        phase = phases(root)
        breakdown = ", ".join(f"{k} {fmt_ms(v)}" for k, v in phase.items())

        cold_ms = median(cold)
        rows.append(
            Row(
                "build",
                f"cold `cfpy build`, {what}",
                fmt_ms(cold_ms),
                f"<= {TARGET_COLD_S} s",
                cold_ms <= TARGET_COLD_S * 1000,
                f"CPU {fmt_ms(median(cpu['cold']))}; interpreter+imports {fmt_ms(start)}; "
                f"in-process phases: {breakdown}",
                {
                    "ms": cold_ms,
                    "cpu_ms": median(cpu["cold"]),
                    "startup_ms": start,
                    "phases_ms": phase,
                    "lines": lines,
                },
            )
        )
        for label, cli_times, ip_times, target, cli_cpu, ip_cpu in (
            ("nothing changed", nochange, ip_nochange, TARGET_NOCHANGE_S, cpu["nc"], cpu["ipnc"]),
            ("one module edited", edited, ip_edited, TARGET_EDIT_S, cpu["ed"], cpu["iped"]),
        ):
            cli_ms, ip_ms = median(cli_times), median(ip_times)
            rows.append(
                Row(
                    "build",
                    f"rebuild, {label}: `cfpy build` process",
                    fmt_ms(cli_ms),
                    f"<= {target} s",
                    cli_ms <= target * 1000,
                    f"CPU {fmt_ms(median(cli_cpu))}; {lines}-line project",
                    {"ms": cli_ms, "cpu_ms": median(cli_cpu)},
                )
            )
            rows.append(
                Row(
                    "build",
                    f"rebuild, {label}: in process (as `cfpy dev` on save)",
                    fmt_ms(ip_ms),
                    f"<= {target} s",
                    ip_ms <= target * 1000,
                    f"CPU {fmt_ms(median(ip_cpu))}; {lines}-line project, "
                    "load_project + build_project(minify=False)",
                    {"ms": ip_ms, "cpu_ms": median(ip_cpu)},
                )
            )
        if opts.profile_dir and cold_ms > TARGET_COLD_S * 1000:
            log_profile(opts, compiler_profile, root, opts.profile_dir, f"{lines}_lines")

        points: list[tuple[int, float]] = []
        cpu_points: dict[int, list[float]] = {lines: cpu["cold"]}
        for target_lines in scaling:
            proj = tmp / f"p{target_lines}"
            if target_lines == main_lines:
                points.append((lines, cold_ms))
                continue
            n_modules, n_lines = projgen.generate(proj, target_lines)
            opts.log(f"builds: cold build of {n_lines} lines ({n_modules} modules)")
            cli_build(proj)
            times = []
            for _ in range(1 if target_lines > 5000 else reps):
                _clean(proj)
                times.append(cli_build(proj, cpu_points.setdefault(n_lines, [])))
            points.append((n_lines, median(times)))
        small, large = points[0], points[-1]
        per_k = ", ".join(
            f"{n} lines {fmt_ms(ms)} ({fmt_ms(ms / n * 1000)}/1k lines, "
            f"CPU {fmt_ms(median(cpu_points[n]))})"
            for n, ms in points
        )
        growth = large[1] / small[1]
        rows.append(
            Row(
                "build",
                f"cold `cfpy build`, {large[0]}-line project",
                fmt_ms(large[1]),
                "report; linear",
                None,
                f"{large[0] / small[0]:.1f}x the lines took {growth:.1f}x the time; {per_k}",
                {"points": points, "cpu_ms": {n: median(v) for n, v in cpu_points.items()}},
            )
        )
        rows.append(single_module_row(opts, tmp))
    return rows


def single_module_row(opts: Options, tmp: Path) -> Row:
    """Cold builds of one long module (the compiler's cost per line, and its memory)."""
    points = []
    for target_lines in QUICK_SINGLE_LINES if opts.quick else SINGLE_LINES:
        proj = tmp / f"single{target_lines}"
        lines = projgen.generate_single(proj, target_lines)
        opts.log(f"builds: cold build of one {lines}-line module")
        ms, cpu, mb = cli_build_peak(proj)
        points.append((lines, ms, cpu, mb))
    (small, _, small_cpu, _), (lines, ms, cpu, mb) = points[0], points[-1]
    per_k = ", ".join(
        f"{n} lines {fmt_ms(w)} (CPU {fmt_ms(c)}, {c / n:.2f} ms/line, peak {m:.0f} MB)"
        for n, w, c, m in points
    )
    return Row(
        "build",
        f"cold `cfpy build`, one {lines}-line module",
        f"{fmt_ms(ms)}, {mb:.0f} MB",
        f"<= {TARGET_SINGLE_S:.0f} s, <= {TARGET_SINGLE_MB // 1024} GB",
        ms <= TARGET_SINGLE_S * 1000 and mb <= TARGET_SINGLE_MB,
        f"{lines / small:.1f}x the lines took {cpu / small_cpu:.1f}x the CPU time; {per_k}; "
        "peak = resident memory of the cfpy process (esbuild not included)",
        {"points": points},
    )


if __name__ == "__main__":
    for row in run(Options(quick="--quick" in sys.argv)):
        print(row)
