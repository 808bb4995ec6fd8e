"""Shared helpers for the benchmarks: machine facts, the toolchain, statistics, rows.

Every benchmark section returns ``Row``s; ``run.py`` prints them as one table. Nothing
here asserts a duration: a row carries the measured figure, its target and whether the
target is met, and the table shows it.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import platform
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
EXAMPLES = ROOT / "examples"
PROJECTS = BENCH / "projects"
JS_TWINS = PROJECTS / "js"
CF_STUB = JS_TWINS / "cf_workers_stub.mjs"

os.environ.setdefault("WRANGLER_SEND_METRICS", "false")
os.environ.setdefault("CLOUDFLARE_CF_FETCH_ENABLED", "false")


@dataclass
class Row:
    """One line of the results table."""

    section: str
    metric: str
    measured: str
    target: str = ""
    # True / False when there is a target, None for report-only rows.
    met: bool | None = None
    note: str = ""
    # Machine-readable figures (for --json), e.g. {"ms": 3.2}.
    data: dict[str, object] = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.met is None:
            return ""
        return "ok" if self.met else "MISS"


@dataclass
class Options:
    """What run.py was asked for; ``quick`` shrinks every workload to a smoke test."""

    quick: bool = False
    profile_dir: Path | None = None
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True)


def log_profile(opts: Options, make: Callable[..., str], *args: object) -> None:
    """Log a profile; a profile that fails (the tree changed under us, ...) is reported,
    never fatal: the table matters more."""
    try:
        opts.log(make(*args))
    except Exception as err:  # noqa: BLE001
        opts.log(f"profile failed: {type(err).__name__}: {first_line(str(err))}")


# -- statistics ---------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def geomean(values: Sequence[float]) -> float:
    values = [v for v in values if v > 0 and math.isfinite(v)]
    if not values:
        return float("nan")
    return math.exp(sum(math.log(v) for v in values) / len(values))


def fmt_ms(ms: float) -> str:
    if not math.isfinite(ms):
        return "n/a"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 100:
        return f"{ms:.0f} ms"
    if ms >= 10:
        return f"{ms:.1f} ms"
    return f"{ms:.2f} ms"


def fmt_kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


# -- machine ------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_info() -> dict[str, str]:
    tc = toolchain()
    node = subprocess.run([str(tc.node), "--version"], capture_output=True, text=True).stdout
    py = subprocess.run([python3(), "--version"], capture_output=True, text=True).stdout
    return {
        "date": _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu_model(),
        "node": node.strip(),
        "cpython": py.strip() + f" ({python3()})",
        "esbuild": esbuild_version(),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


@lru_cache(maxsize=1)
def python3() -> str:
    """The CPython the CPU suite compares against: ``python3`` on PATH when it is 3.11,
    else the interpreter running the benchmarks."""
    import shutil

    found = shutil.which("python3")
    if found:
        out = subprocess.run([found, "--version"], capture_output=True, text=True).stdout
        if out.startswith("Python 3.11"):
            return found
    return sys.executable


def esbuild_version() -> str:
    tc = toolchain()
    return subprocess.run(
        [str(tc.esbuild), "--version"], capture_output=True, text=True
    ).stdout.strip()


@lru_cache(maxsize=1)
def toolchain():  # -> cfpy_workers.toolchain.Toolchain
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.toolchain import ensure_toolchain

    logger = Logger()
    tc = ensure_toolchain(logger)
    if tc is None:
        raise SystemExit("JS toolchain unavailable:\n" + render_diagnostics(logger))
    return tc


def render_diagnostics(logger) -> str:  # noqa: ANN001 - cfpy_workers.diagnostics.Logger
    return "\n".join(d.render() for d in logger.diagnostics)


def node_json(args: Sequence[str], timeout: float = 600, env: dict[str, str] | None = None):
    """Run node with ``args`` and parse the last stdout line as JSON."""
    return run_json([str(toolchain().node), *args], timeout=timeout, env=env)


def run_json(cmd: Sequence[str], timeout: float = 600, env: dict[str, str] | None = None):
    proc = subprocess.run(
        list(cmd), capture_output=True, text=True, timeout=timeout, env=env, cwd=BENCH
    )
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-12:])
        raise RuntimeError(f"{Path(cmd[0]).name} exited with {proc.returncode}:\n{tail}")
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError(f"{Path(cmd[0]).name} printed nothing")
    return json.loads(lines[-1])


# -- compiling with cfpy ------------------------------------------------------------------


class CompileFailed(RuntimeError):
    """cfpy refused or failed to build a program; the message is its diagnostics."""


def compile_program(program: Path, build_dir: Path, *, minify: bool = True) -> Path:
    """Compile ``program`` (and the local modules it imports) with the cfpy pipeline and
    bundle an ES module that re-exports its ``run`` -- the same phases and esbuild
    settings as ``cfpy build`` (minified, with a source map), but with our own entry.
    Returns the bundle path; raises CompileFailed with the diagnostics."""
    return _compile_and_bundle(
        program,
        build_dir,
        main=False,
        entry=lambda js_path: f'export {{ run }} from "./modules/{js_path}";\n',
        minify=minify,
    )


def first_line(text: str, limit: int = 120) -> str:
    for line in text.splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= limit else line[: limit - 3] + "..."
    return ""


def compile_main(program: Path, build_dir: Path, *, minify: bool = True) -> Path:
    """Compile ``program`` as a main program, the way ``cfpy run`` does (entry: the
    runtime's ``builtins/run.js``, then the program with ``__name__ == "__main__"``),
    with ``cfpy build``'s esbuild settings. Returns the bundle; raises CompileFailed."""
    return _compile_and_bundle(
        program,
        build_dir,
        main=True,
        entry=lambda js_path: (
            f'import "@cfpy/runtime/builtins/run.js";\nimport "./modules/{js_path}";\n'
        ),
        minify=minify,
    )


def _compile_and_bundle(
    program: Path, build_dir: Path, *, main: bool, entry: Callable[[str], str], minify: bool
) -> Path:
    """The cfpy phases on ``program`` (as the main module or not), an entry module made by
    ``entry`` from the program's JS path, and esbuild with ``cfpy build``'s settings."""
    from cfpy_workers.bundle import bundle
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import RUNTIME_DIR, discover_modules, write_modules

    logger = Logger()
    program = program.resolve()
    modules = discover_modules(program, logger)
    if logger.has_errors:
        raise CompileFailed(render_diagnostics(logger))
    if not write_modules(
        modules, build_dir / "modules", logger, main=program.stem if main else None
    ):
        raise CompileFailed(render_diagnostics(logger))
    entry_js = build_dir / "entry.js"
    entry_js.write_text(entry(modules[program.stem].js_path), encoding="utf-8")
    out = build_dir / f"{program.stem}.bundle.mjs"
    ok = bundle(
        entry_js,
        out,
        toolchain=toolchain(),
        runtime_dir=RUNTIME_DIR,
        sourcemap=True,
        minify=minify,
        logger=logger,
    )
    if not ok:
        raise CompileFailed(render_diagnostics(logger))
    return out
