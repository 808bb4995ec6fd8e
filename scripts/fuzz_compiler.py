#!/usr/bin/env python3
"""Long-run compiler fuzzer: compile many generated programs, keep every distinct bug.

    .venv/bin/python scripts/fuzz_compiler.py --count 10000 [--seed S] [--jobs J]

Each worker process generates programs (hypothesmith ``from_grammar``/``from_node``, the
suite's own grammar synthesizer, and splices of the regression corpus), compiles each one
in-process exactly like `cfpy compile` (tests/fuzz/fuzzkit.py) with a per-program timeout,
and checks the property of docs/fuzzing.md.  A program that breaks it is minimized and
written to tests/fuzz/findings/<kind>-<hash>.py (+ .txt with the traceback and original
program); one file per distinct bug signature.  The parent prints progress, kills a worker
stuck past the timeout (a hang the in-process alarm could not interrupt) and restarts it.

Exit status: 0 when no finding, 1 when there were findings, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import shutil
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUZZ_DIR = ROOT / "tests" / "fuzz"
DEFAULT_OUT = FUZZ_DIR / "findings"
MODES = ("grammar", "node", "synth", "splice", "chains", "identifiers", "project")
DEFAULT_WEIGHTS = {
    "grammar": 2, "node": 1, "synth": 5, "splice": 3, "chains": 1, "identifiers": 2, "project": 1
}
BATCH = 25  # programs per mode switch inside a worker


def _setup_path() -> None:
    for path in (str(ROOT), str(FUZZ_DIR)):
        if path not in sys.path:
            sys.path.insert(0, path)


# -- worker --------------------------------------------------------------------------------


def _hypothesis_batch(mode: str, seed: int, count: int, handle) -> None:  # noqa: ANN001
    import hypothesmith
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hseed

    strategy = hypothesmith.from_grammar() if mode == "grammar" else hypothesmith.from_node()

    @hseed(seed)
    @settings(
        max_examples=count,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def run(source: str) -> None:
        handle(source)

    run()


def worker_main(
    wid: int,
    seed: int,
    quota: int,
    modes: list[str],
    timeout: float,
    check_js: bool,
    minimize_seconds: float,
    out_dir: str,
    current_file: str,
    busy_since,  # noqa: ANN001 - multiprocessing.Value('d')
    queue,  # noqa: ANN001 - multiprocessing.Queue
) -> None:
    # Ctrl-C / kill reach the parent, which stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _setup_path()
    import warnings

    warnings.simplefilter("ignore")
    import fuzzkit
    import hostile_gen
    import program_gen
    from minimize import minimize

    rng = random.Random(seed)
    checker = fuzzkit.JSChecker.create() if check_js else None
    pool = program_gen.load_pool()
    seen: set[str] = set()
    stats: Counter[str] = Counter()
    done = 0
    last_report = time.monotonic()
    program_id = [0, ""]

    def report(force: bool = False) -> None:
        nonlocal last_report, stats
        if force or time.monotonic() - last_report > 1.0:
            queue.put(("progress", wid, dict(stats)))
            stats = Counter()
            last_report = time.monotonic()

    def handle(source: str) -> None:
        nonlocal done
        if done >= quota:
            return
        done += 1
        program_id[0] += 1
        if not source.strip() and program_id[1] in ("synth", "splice"):
            stats["skipped"] += 1
            return
        if program_id[1] in ("synth", "splice") and not program_gen.parses(source):
            stats["unparsable"] += 1
            report()
            return
        Path(current_file).write_bytes(source.encode("utf-8", "surrogatepass"))
        busy_since.value = time.time()
        try:
            outcome = fuzzkit.compile_with_timeout(source, timeout)
            fuzzkit.check_js(outcome, checker)
        finally:
            busy_since.value = 0.0
        stats[outcome.status] += 1
        stats["programs"] += 1
        if not outcome.ok and outcome.signature not in seen:
            seen.add(outcome.signature)
            origin = f"{program_id[1]}, worker {wid}, seed {seed}, program {program_id[0]}"
            small = source
            if minimize_seconds > 0:
                busy_since.value = time.time() + minimize_seconds + timeout * 3
                try:
                    small = minimize(
                        source,
                        fuzzkit.same_bug(outcome.signature, min(timeout, 5.0), checker),
                        seconds=minimize_seconds,
                    )
                except Exception:  # noqa: BLE001 - never lose a finding to the minimizer
                    small = source
                finally:
                    busy_since.value = 0.0
            path = fuzzkit.write_finding(Path(out_dir), outcome, small, origin)
            queue.put(("finding", wid, outcome.signature, str(path) if path else None))
        report()

    def handle_project(case) -> None:  # noqa: ANN001 - hostile_gen.ProjectCase
        nonlocal done
        if done >= quota:
            return
        done += 1
        program_id[0] += 1
        Path(current_file).write_text(repr(case), encoding="utf-8")
        busy_since.value = time.time()
        try:
            problems = hostile_gen.check_project(case)
        finally:
            busy_since.value = 0.0
        stats["programs"] += 1
        stats["project-finding" if problems else "ok"] += 1
        signature = "project: " + (problems[0].splitlines()[-1] if problems else "")
        if problems and signature not in seen:
            seen.add(signature)
            path = Path(out_dir) / f"{fuzzkit.finding_name(signature)}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{signature}\n\n{case!r}\n\n" + "\n".join(problems) + "\n")
            queue.put(("finding", wid, signature, str(path)))
        report()

    weights = [DEFAULT_WEIGHTS[m] for m in modes]
    batch_no = 0
    try:
        while done < quota:
            mode = rng.choices(modes, weights)[0]
            program_id[1] = mode
            count = min(BATCH, quota - done)
            batch_seed = rng.randrange(2**32)
            batch_no += 1
            if mode in ("grammar", "node"):
                try:
                    _hypothesis_batch(mode, batch_seed, count, handle)
                except Exception as err:  # noqa: BLE001 - e.g. hypothesis giving up on a strategy
                    queue.put(("note", wid, f"{mode} batch failed: {type(err).__name__}: {err}"))
                    done += 1  # make progress even if a strategy keeps failing
            elif mode == "project":
                batch_rng = random.Random(batch_seed)
                for _ in range(count):
                    handle_project(hostile_gen.project_case(batch_rng))
            elif mode in hostile_gen.GENERATORS:
                batch_rng = random.Random(batch_seed)
                for _ in range(count):
                    handle(hostile_gen.GENERATORS[mode](batch_rng))
            else:
                batch_rng = random.Random(batch_seed)
                for _ in range(count):
                    if mode == "synth":
                        source = program_gen.synth_program(batch_rng)
                    else:
                        source = program_gen.splice_program(batch_rng, pool)
                    handle(source)
    except BaseException:
        queue.put(("note", wid, "worker failed:\n" + traceback.format_exc()))
        raise
    finally:
        report(force=True)
        if checker is not None:
            checker.close()
        queue.put(("done", wid, done))


# -- parent --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000, help="programs to compile in total")
    parser.add_argument("--seed", type=int, default=None, help="master seed (default: random, printed)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per program")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma list of {', '.join(MODES)}")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="findings folder")
    parser.add_argument("--minimize-seconds", type=float, default=60.0, help="0 disables minimizing")
    js = parser.add_mutually_exclusive_group()
    js.add_argument("--check-js", dest="check_js", action="store_true", default=None,
                    help="also parse the generated JS with node (default: when node is installed)")
    js.add_argument("--no-check-js", dest="check_js", action="store_false")
    args = parser.parse_args(argv)

    # SIGINT and SIGTERM stop the run cleanly (and print the findings so far), also when
    # started in the background, where the shell leaves SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _terminate)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if not modes or any(m not in MODES for m in modes) or args.count < 1 or args.jobs < 1:
        parser.error(f"--modes takes {', '.join(MODES)}; --count and --jobs must be >= 1")
    check_js = args.check_js if args.check_js is not None else shutil.which("node") is not None
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    jobs = min(args.jobs, args.count)
    print(f"fuzz: {args.count} programs, seed {seed}, {jobs} jobs, modes {','.join(modes)}, "
          f"timeout {args.timeout:g}s, JS check {'on' if check_js else 'off'}, findings -> {args.out}",
          flush=True)

    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / f"cfpy-fuzz-{os.getpid()}"
    scratch.mkdir(parents=True, exist_ok=True)
    master = random.Random(seed)
    quotas = [args.count // jobs + (1 if i < args.count % jobs else 0) for i in range(jobs)]
    workers: dict[int, dict] = {}

    def start(wid: int, quota: int) -> None:
        wseed = master.randrange(2**31)
        busy = ctx.Value("d", 0.0)
        current = scratch / f"worker-{wid}.py"
        proc = ctx.Process(
            target=worker_main,
            args=(wid, wseed, quota, modes, args.timeout, check_js, args.minimize_seconds,
                  str(args.out), str(current), busy, queue),
            daemon=True,
        )
        proc.start()
        workers[wid] = {"proc": proc, "busy": busy, "current": current, "quota": quota, "seed": wseed,
                        "done": 0, "finished": False}

    for wid, quota in enumerate(quotas):
        start(wid, quota)

    totals: Counter[str] = Counter()
    findings: dict[str, str | None] = {}
    started = time.monotonic()
    last_line = 0.0
    hard_limit = args.timeout * 3 + 30
    try:
        while not all(w["finished"] for w in workers.values()):
            try:
                msg = queue.get(timeout=0.5)
            except Exception:  # noqa: BLE001 - queue.Empty
                msg = None
            if msg is not None:
                kind, wid = msg[0], msg[1]
                if kind == "progress":
                    totals.update(msg[2])
                    workers[wid]["done"] += msg[2].get("programs", 0) + msg[2].get("unparsable", 0) + msg[2].get("skipped", 0)
                elif kind == "finding":
                    signature, path = msg[2], msg[3]
                    if signature not in findings or path:
                        new = signature not in findings
                        findings[signature] = path or findings.get(signature)
                        if new:
                            print(f"  FINDING {signature}\n          -> {path or '(already stored)'}", flush=True)
                elif kind == "note":
                    print(f"  worker {wid}: {msg[2]}", flush=True)
                elif kind == "done":
                    workers[wid]["finished"] = True
            now = time.time()
            for wid, w in workers.items():
                proc = w["proc"]
                busy = w["busy"].value
                if not w["finished"] and busy and now - busy > hard_limit:
                    proc.kill()
                    proc.join()
                    _record_dead(args.out, w, "hang (worker killed)", findings)
                    totals[fuzz_hang_key()] += 1
                    remaining = max(0, w["quota"] - w["done"] - 1)
                    if remaining:
                        start(wid, remaining)
                    else:
                        w["finished"] = True
                elif not w["finished"] and not proc.is_alive():
                    proc.join()
                    if proc.exitcode != 0:
                        _record_dead(args.out, w, f"worker died (exit code {proc.exitcode})", findings)
                        remaining = max(0, w["quota"] - w["done"] - 1)
                        if remaining:
                            start(wid, remaining)
                            continue
                    w["finished"] = True
            if time.monotonic() - last_line > 10:
                last_line = time.monotonic()
                _progress(totals, args.count, started, len(findings))
    except KeyboardInterrupt:
        print("interrupted", flush=True)
        for w in workers.values():
            w["proc"].kill()
            w["proc"].join()
    _progress(totals, args.count, started, len(findings))
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"fuzz: done, seed {seed}: {len(findings)} distinct finding(s)")
    for signature, path in sorted(findings.items()):
        print(f"  {signature}\n    {path}")
    return 1 if findings else 0


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def fuzz_hang_key() -> str:
    return "hang"


def _record_dead(out: Path, w: dict, what: str, findings: dict) -> None:  # noqa: ANN001
    _setup_path()
    import fuzzkit

    try:
        source = w["current"].read_bytes().decode("utf-8", "surrogatepass")
    except OSError:
        source = ""
    outcome = fuzzkit.Outcome(source, kind=fuzzkit.HANG, problems=[what], signature=f"{fuzzkit.HANG}: {what}")
    path = fuzzkit.write_finding(out, outcome, source, f"worker seed {w['seed']}")
    if outcome.signature not in findings:
        print(f"  FINDING {outcome.signature}\n          -> {path}", flush=True)
    findings[outcome.signature] = str(path) if path else findings.get(outcome.signature)


def _progress(totals: Counter, count: int, started: float, n_findings: int) -> None:
    done = totals["programs"] + totals["unparsable"] + totals["skipped"]
    elapsed = time.monotonic() - started
    rate = done / elapsed if elapsed else 0.0
    parts = ", ".join(f"{k} {v}" for k, v in sorted(totals.items()) if k != "programs")
    print(f"[{elapsed:6.0f}s] {done}/{count} programs ({rate:.1f}/s), {n_findings} findings | {parts}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
