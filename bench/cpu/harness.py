"""Time ``run(size)`` of a bench/cpu/*.py program under the running CPython.

Usage: python harness.py PROGRAM.py SIZE WARMUP REPS -- prints the same JSON line as
harness.mjs (sha256/chars/head of the first call's output, then ``times_ms``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import time


def main() -> None:
    path, size, warmup, reps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    spec = importlib.util.spec_from_file_location("bench_program", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    output = str(module.run(size))
    for _ in range(max(1, warmup) - 1):
        module.run(size)
    times = []
    for _ in range(reps):
        t0 = time.perf_counter_ns()
        module.run(size)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    # JS strings are UTF-16: count code units so that `chars` compares with harness.mjs.
    chars = len(output.encode("utf-16-le")) // 2
    digest = hashlib.sha256(output.encode("utf-8", "surrogatepass")).hexdigest()
    print(json.dumps({"sha256": digest, "chars": chars, "head": output[:400], "times_ms": times}))


if __name__ == "__main__":
    main()
