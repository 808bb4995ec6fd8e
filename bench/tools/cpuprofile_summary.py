"""Summarise a V8 ``.cpuprofile`` (from ``node --cpu-prof``): self time per function.

Usage: python bench/tools/cpuprofile_summary.py FILE.cpuprofile [--top 25]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def summarise(path: Path, top: int = 25) -> list[tuple[float, float, str]]:
    """(percent of samples, ms, 'function file:line') for the ``top`` self-time entries."""
    profile = json.loads(path.read_text(encoding="utf-8"))
    nodes = {node["id"]: node for node in profile["nodes"]}
    samples = profile.get("samples", [])
    deltas = profile.get("timeDeltas", [])
    self_us: Counter[str] = Counter()
    for node_id, delta in zip(samples, deltas, strict=False):
        frame = nodes[node_id]["callFrame"]
        name = frame.get("functionName") or "(anonymous)"
        url = frame.get("url", "").rsplit("/", 1)[-1]
        where = f"{url}:{frame.get('lineNumber', -1) + 1}" if url else ""
        self_us[f"{name} {where}".strip()] += max(delta, 0)
    total = sum(self_us.values()) or 1
    return [(100.0 * us / total, us / 1000.0, label) for label, us in self_us.most_common(top)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("profile", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    for pct, ms, label in summarise(args.profile, args.top):
        print(f"{pct:5.1f}% {ms:9.1f} ms  {label}")


if __name__ == "__main__":
    main()
