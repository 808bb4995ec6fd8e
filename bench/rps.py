"""Requests/s of the compiled examples/views worker vs its hand-written JS twin, in workerd.

Both bundles are served at once by ``cfpy_workers.serve.start_dev_server`` (Miniflare ->
workerd, in-memory Durable Object storage) on 127.0.0.1. Both must answer the same
first requests identically. Load comes from localhost only and is bounded in time: ``wrk``
(one thread, 16 connections, paths /p0../p15 so 16 Durable Objects) when it is on PATH,
else a Python thread pool of keep-alive connections. After a warm-up of each, every round
loads both workers one after the other (the order alternates between rounds); the ratio is
the median of the per-round cfpy/JS ratios (paired samples, robust to load that drifts
on a shared machine), the req/s are the medians of the rounds.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

from bundles import cfpy_build, esbuild_js
from lib import EXAMPLES, JS_TWINS, PROJECTS, Options, Row, median, toolchain

TARGET_RATIO = 0.9
PATHS = [f"/p{i}" for i in range(16)]
CONNECTIONS = 16
ROUND_S, QUICK_ROUND_S = 2.0, 1.0
WARMUP_S, QUICK_WARMUP_S = 2.0, 0.5
ROUNDS, QUICK_ROUNDS = 8, 1
WRK_SCRIPT = """
local i = 0
request = function()
  i = (i + 1) % 16
  return wrk.format("GET", "/p" .. i)
end
"""


def _ignore(line: str) -> None:
    pass


def _get(url: str, path: str) -> tuple[int, str, str]:
    parsed = urlparse(url)
    conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    try:
        conn.request("GET", path)
        res = conn.getresponse()
        return res.status, res.getheader("content-type", ""), res.read().decode()
    finally:
        conn.close()


def load_wrk(url: str, seconds: float, script: Path) -> tuple[float, int, dict[str, int]]:
    proc = subprocess.run(
        [
            "wrk",
            "-t1",
            f"-c{CONNECTIONS}",
            f"-d{max(1, round(seconds))}s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"wrk failed: {proc.stderr or proc.stdout}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", proc.stdout).group(1))
    count = int(re.search(r"(\d+) requests in", proc.stdout).group(1))
    failures: dict[str, int] = {}
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", proc.stdout)
    if bad:
        failures["non-2xx"] = int(bad.group(1))
    errors = re.search(r"Socket errors:(.*)", proc.stdout)
    if errors:  # "connect 0, read 0, write 0, timeout 7"
        for kind, n in re.findall(r"(\w+) (\d+)", errors.group(1)):
            if int(n):
                failures[f"socket {kind}"] = int(n)
    return rps, count, failures


def load_python(url: str, seconds: float) -> tuple[float, int, dict[str, int]]:
    """Keep-alive GETs from a thread pool until the deadline (bounded by time)."""
    parsed = urlparse(url)
    deadline = time.perf_counter() + seconds
    counts = [0] * CONNECTIONS
    failures = [0] * CONNECTIONS

    def worker(slot: int) -> None:
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        i = slot
        while time.perf_counter() < deadline:
            i += 1
            try:
                conn.request("GET", PATHS[i % len(PATHS)])
                res = conn.getresponse()
                res.read()
                if res.status == 200:
                    counts[slot] += 1
                else:
                    failures[slot] += 1
            except (OSError, http.client.HTTPException):
                failures[slot] += 1
                conn.close()
                conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        conn.close()

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CONNECTIONS) as pool:
        list(pool.map(worker, range(CONNECTIONS)))
    rps = sum(counts) / (time.perf_counter() - t0)
    return rps, sum(counts), ({"failed": sum(failures)} if sum(failures) else {})


def tree_cpu_s(root_pid: int) -> float:
    """User+system CPU seconds of ``root_pid`` and all its descendants (workerd included)."""
    parents: dict[int, int] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        stats[int(entry)] = fields
    tree = {root_pid}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(stats[p][11]) + int(stats[p][12]) for p in tree if p in stats) / ticks


def measure_pair(
    opts: Options, pair: str, bundles: dict[str, Path], durable_objects: dict[str, str], tmp: Path
) -> Row:
    """Serve the cfpy and JS bundles of one worker side by side and load them in turns."""
    from cfpy_workers.serve import DevServerOptions, start_dev_server

    round_s = QUICK_ROUND_S if opts.quick else ROUND_S
    warmup_s = QUICK_WARMUP_S if opts.quick else WARMUP_S
    rounds = QUICK_ROUNDS if opts.quick else ROUNDS
    use_wrk = shutil.which("wrk") is not None
    script = tmp / "paths.lua"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    servers = {}
    results: dict[str, list[float]] = {"cfpy": [], "js": []}
    cpu_per_req: dict[str, list[float]] = {"cfpy": [], "js": []}
    failures: dict[str, dict[str, int]] = {"cfpy": {}, "js": {}}
    note = ""
    try:
        for name, bundle in bundles.items():
            servers[name] = start_dev_server(
                toolchain(),
                DevServerOptions(
                    bundle=bundle,
                    compatibility_date="2025-01-01",
                    durable_objects=durable_objects,
                    state_dir=None,
                    port=0,
                ),
                on_stdout=_ignore,
                on_stderr=_ignore,
            )
        answers = {
            name: [_get(server.url, "/check"), _get(server.url, "/check")]
            for name, server in servers.items()
        }
        if answers["cfpy"] != answers["js"]:
            note = f"ANSWERS DIFFER: cfpy {answers['cfpy']} vs js {answers['js']}; "

        def load(name: str, seconds: float) -> tuple[float, dict[str, int]]:
            """Load one server; records its req/s and its CPU ms per request."""
            url = servers[name].url
            before = tree_cpu_s(servers[name].process.pid)
            rps, count, bad = (
                load_wrk(url, seconds, script) if use_wrk else load_python(url, seconds)
            )
            if count:
                cpu_per_req[name].append(
                    (tree_cpu_s(servers[name].process.pid) - before) * 1000 / count
                )
            return rps, bad

        for name in servers:
            opts.log(f"rps: {pair} warm-up {name} ({warmup_s:.1f} s)")
            load(name, warmup_s)
        cpu_per_req = {"cfpy": [], "js": []}  # not the warm-up
        for r in range(rounds):
            # Each round loads both, in alternating order; its ratio is one paired sample.
            for name in list(servers)[:: 1 if r % 2 == 0 else -1]:
                opts.log(f"rps: {pair} round {r + 1}/{rounds} {name} ({round_s:.0f} s)")
                rps, bad = load(name, round_s)
                results[name].append(rps)
                for kind, n in bad.items():
                    failures[name][kind] = failures[name].get(kind, 0) + n
    finally:
        for server in servers.values():
            server.stop()
    cf, js = median(results["cfpy"]), median(results["js"])
    cpu_cf, cpu_js = median(cpu_per_req["cfpy"]), median(cpu_per_req["js"])
    pairs = [a / b for a, b in zip(results["cfpy"], results["js"], strict=False) if b]
    ratio = median(pairs) if pairs else float("nan")
    driver = (f"wrk -t1 -c{CONNECTIONS}" if use_wrk else f"python thread pool x{CONNECTIONS}") + (
        f", {rounds} rounds of {max(1, round(round_s))} s per worker in alternating order; "
        "ratio = median of the per-round ratios"
    )
    for name, kinds in failures.items():
        if kinds:
            listed = ", ".join(f"{n} {kind}" for kind, n in kinds.items())
            note += f"{name} failures: {listed}; "
    rounds_text = ", ".join(
        f"{a:.0f}/{b:.0f}" for a, b in zip(results["cfpy"], results["js"], strict=False)
    )
    is_views = pair == "views"
    return Row(
        "rps",
        f"{'views DO' if is_views else 'hello-world'} worker req/s in workerd: cfpy / hand-written JS",
        f"{ratio:.2f}x ({cf:.0f} vs {js:.0f} req/s)",
        f">= {TARGET_RATIO}x" if is_views else "report",
        (ratio >= TARGET_RATIO) if is_views else None,
        note + f"server CPU per request (workerd+Miniflare, median): cfpy {cpu_cf:.2f} ms, "
        f"js {cpu_js:.2f} ms; {driver}; rounds cfpy/js req/s: {rounds_text}",
        {
            "cfpy_rps": cf,
            "js_rps": js,
            "ratio": ratio,
            "rounds": results,
            "cpu_ms_per_request": cpu_per_req,
        },
    )


def run(opts: Options) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="cfpy-bench-rps-") as tmp_name:
        tmp = Path(tmp_name)
        for pair, source, durable_objects in (
            ("views", EXAMPLES / "views", {"VIEWS": "ViewsDurableObject"}),
            ("hello", PROJECTS / "hello", {}),
        ):
            project = tmp / pair
            shutil.copytree(source, project, ignore=shutil.ignore_patterns("build", ".cfpy"))
            opts.log(f"rps: cfpy build {pair}")
            bundles = {
                "cfpy": cfpy_build(project),
                "js": esbuild_js(JS_TWINS / f"{pair}.mjs", tmp / f"{pair}_js" / "worker.js"),
            }
            rows.append(measure_pair(opts, pair, bundles, durable_objects, tmp))
    return rows


if __name__ == "__main__":
    for row in run(Options(quick="--quick" in sys.argv)):
        print(row)
