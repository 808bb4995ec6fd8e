"""Bundle size and bundle evaluation time.

Sizes: the hello-world worker (bench/projects/hello) and examples/views are built with
the real ``cfpy build`` (minified, the default) in temporary copies; the figure is the
bundle's bytes gzipped at level 9 (``gzip -9``). Hand-written JS twins
(bench/projects/js/*.mjs) bundled by the same esbuild with ``--minify`` are shown for
reference.

Evaluation time: ``await import(bundle)`` in a fresh node process per sample (see
eval_import.mjs), median of the samples. node has no ``cloudflare:workers``, so the
bundle is imported from a copy whose one import of that specifier is rewritten to a
tiny stub (bench/projects/js/cf_workers_stub.mjs), which is imported -- and so cached --
before the timer starts. That is V8 reading, parsing, compiling and running the
bundle's top level, which is what an isolate does at cold start before the first event.
"""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from lib import (
    BENCH,
    CF_STUB,
    EXAMPLES,
    JS_TWINS,
    PROJECTS,
    Options,
    Row,
    fmt_kb,
    fmt_ms,
    log_profile,
    median,
    node_json,
    toolchain,
)

TARGETS_GZ = {"hello": 3 * 1024, "views": 6 * 1024}
TARGET_EVAL_MS = 5.0
EVAL_SAMPLES, QUICK_EVAL_SAMPLES = 21, 2


def cfpy_build(project: Path) -> Path:
    """Run the real ``cfpy build`` on ``project``; return the bundle path."""
    proc = subprocess.run(
        [sys.executable, "-m", "cfpy_workers", "build", str(project)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"cfpy build {project.name} failed:\n{proc.stderr}")
    return project / "build" / "worker.js"


def esbuild_js(source: Path, out: Path) -> Path:
    tc = toolchain()
    subprocess.run(
        [
            str(tc.esbuild),
            str(source),
            "--bundle",
            "--format=esm",
            "--target=es2022",
            "--platform=neutral",
            "--external:cloudflare:*",
            "--minify",
            "--log-level=error",
            f"--outfile={out}",
        ],
        check=True,
        capture_output=True,
    )
    return out


def gz_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))


def eval_ms(bundle: Path, samples: int, scratch: Path) -> tuple[float, Path]:
    """Median import time of ``bundle`` over ``samples`` fresh node processes, and the
    rewritten copy that was imported."""
    scratch.mkdir(parents=True, exist_ok=True)
    stub = scratch / CF_STUB.name
    shutil.copyfile(CF_STUB, stub)
    text = bundle.read_text(encoding="utf-8")
    rewritten = text.replace('"cloudflare:workers"', f'"./{CF_STUB.name}"')
    target = scratch / f"{bundle.stem}.{abs(hash(str(bundle)))}.eval.mjs"
    target.write_text(rewritten, encoding="utf-8")
    times = [
        node_json([str(BENCH / "eval_import.mjs"), str(target), str(stub)])["ms"]
        for _ in range(samples)
    ]
    return median(times), target


def size_profile(project: Path, out_dir: Path) -> str:
    """Which inputs the minified bundle's bytes come from (esbuild --metafile)."""
    from cfpy_workers.bundle import esbuild_command
    from cfpy_workers.pipeline import RUNTIME_DIR

    tc = toolchain()
    entry = project / ".cfpy" / "build" / "entry.js"
    with tempfile.TemporaryDirectory(prefix="cfpy-bench-meta-") as tmp:
        outfile = Path(tmp) / "worker.js"
        meta = Path(tmp) / "meta.json"
        cmd = esbuild_command(tc, entry, outfile, RUNTIME_DIR, False, True)
        subprocess.run(cmd + [f"--metafile={meta}"], cwd=tmp, check=True, capture_output=True)
        data = json.loads(meta.read_text(encoding="utf-8"))
        total = outfile.stat().st_size
    inputs: Counter[str] = Counter()
    for output in data["outputs"].values():
        for name, info in output.get("inputs", {}).items():
            short = name.split("runtime_shim/js/")[-1] if "runtime_shim/js/" in name else name
            inputs[short] += info["bytesInOutput"]
    lines = [f"esbuild --metafile of {project.name} ({total} bytes minified, before gzip):"]
    for name, size in inputs.most_common(20):
        lines.append(f"  {size:7d} B {100 * size / total:5.1f}%  {name}")
    text = "\n".join(lines)
    (out_dir / f"size_{project.name}.txt").write_text(text + "\n", encoding="utf-8")
    return text


def eval_profile(name: str, target: Path, samples: int, out_dir: Path) -> str:
    """Split the import of ``target`` (the rewritten bundle eval_ms imported) into
    compiling the module and running its top level (medians of fresh processes)."""
    stub = target.parent / CF_STUB.name
    runs = [
        node_json(
            [
                "--experimental-vm-modules",
                "--no-warnings",
                str(BENCH / "eval_split.mjs"),
                str(target),
                str(stub),
            ]
        )
        for _ in range(samples)
    ]
    parts = {
        key: median([r[key] for r in runs]) for key in ("compile_ms", "link_ms", "evaluate_ms")
    }
    text = (
        f"import of the {name} bundle ({target.stat().st_size} bytes) split with "
        f"vm.SourceTextModule, median of {samples}: compile {parts['compile_ms']:.2f} ms, "
        f"link {parts['link_ms']:.2f} ms, run top level {parts['evaluate_ms']:.2f} ms"
    )
    (out_dir / f"eval_{name}.txt").write_text(text + "\n", encoding="utf-8")
    return text


def run(opts: Options) -> list[Row]:
    samples = QUICK_EVAL_SAMPLES if opts.quick else EVAL_SAMPLES
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cfpy-bench-bundles-") as tmp_name:
        tmp = Path(tmp_name)
        scratch = tmp / "eval"
        projects = {"hello": PROJECTS / "hello", "views": EXAMPLES / "views"}
        built: dict[str, Path] = {}
        for name, src in projects.items():
            opts.log(f"bundles: cfpy build {name}")
            copy = tmp / name
            shutil.copytree(src, copy, ignore=shutil.ignore_patterns("build", ".cfpy"))
            built[name] = cfpy_build(copy)
        twins = {
            name: esbuild_js(JS_TWINS / f"{name}.mjs", tmp / f"{name}.js.mjs") for name in projects
        }
        for name, bundle in built.items():
            gz, raw = gz_size(bundle), bundle.stat().st_size
            twin = twins[name]
            target = TARGETS_GZ[name]
            what = "hello-world worker" if name == "hello" else "examples/views"
            rows.append(
                Row(
                    "size",
                    f"{what} bundle, minified + gzip -9",
                    f"{fmt_kb(gz)} ({fmt_kb(raw)} minified)",
                    f"<= {target // 1024} KB",
                    gz <= target,
                    f"hand-written JS twin: {gz_size(twin)} B gzip ({twin.stat().st_size} B)",
                    {"gzip_bytes": gz, "min_bytes": raw, "twin_gzip_bytes": gz_size(twin)},
                )
            )
            if opts.profile_dir and gz > target:
                log_profile(opts, size_profile, bundle.parent.parent, opts.profile_dir)
        for name, bundle in built.items():
            opts.log(f"bundles: import time of {name} ({samples} fresh node processes)")
            ms, imported = eval_ms(bundle, samples, scratch)
            twin_ms, _ = eval_ms(twins[name], samples, scratch)
            what = "hello-world" if name == "hello" else "views"
            rows.append(
                Row(
                    "eval",
                    f"{what} bundle evaluation (node import(), median of {samples})",
                    fmt_ms(ms),
                    f"< {TARGET_EVAL_MS:.0f} ms",
                    ms < TARGET_EVAL_MS,
                    f"hand-written JS twin: {fmt_ms(twin_ms)}",
                    {"ms": ms, "twin_ms": twin_ms},
                )
            )
            if opts.profile_dir and ms >= TARGET_EVAL_MS:
                log_profile(opts, eval_profile, name, imported, samples, opts.profile_dir)
    return rows


if __name__ == "__main__":
    for row in run(Options(quick="--quick" in sys.argv)):
        print(row)
