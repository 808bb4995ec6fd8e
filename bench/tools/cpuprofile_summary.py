"""Summarise a V8 ``.cpuprofile`` (from ``node --cpu-prof`` or the inspector): self time
per function, and per source file when the profiled script is an unminified esbuild
bundle (its ``// path/to/file.js`` section comments tell which file each line came from).

Usage: python bench/tools/cpuprofile_summary.py FILE.cpuprofile [--bundle B.mjs] [--top 25]
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
from collections import Counter
from pathlib import Path

_SECTION = re.compile(r"^// (\S+\.(?:m?js|py))$")


def bundle_sections(bundle: Path) -> tuple[list[int], list[str]]:
    """(first line numbers, file names) of the sections of an unminified esbuild bundle."""
    starts: list[int] = []
    names: list[str] = []
    for number, line in enumerate(bundle.read_text(encoding="utf-8").splitlines(), start=1):
        match = _SECTION.match(line)
        if match:
            name = match.group(1)
            if "runtime_shim/js/" in name:
                name = name.split("runtime_shim/js/", 1)[1]
            starts.append(number)
            names.append(name)
    return starts, names


def summarise(
    path: Path, top: int = 25, bundle: Path | None = None
) -> tuple[list[tuple[float, float, str]], list[tuple[float, float, str]]]:
    """Top ``top`` (percent, ms, label) by self time per function and per source file."""
    profile = json.loads(path.read_text(encoding="utf-8"))
    nodes = {node["id"]: node for node in profile["nodes"]}
    sections = bundle_sections(bundle) if bundle else ([], [])
    bundle_name = bundle.name if bundle else None
    per_fn: Counter[str] = Counter()
    per_file: Counter[str] = Counter()
    for node_id, delta in zip(
        profile.get("samples", []), profile.get("timeDeltas", []), strict=False
    ):
        frame = nodes[node_id]["callFrame"]
        name = frame.get("functionName") or "(anonymous)"
        url = frame.get("url", "").rsplit("/", 1)[-1]
        line = frame.get("lineNumber", -1) + 1
        source = url
        if bundle_name and url == bundle_name and sections[0]:
            i = bisect.bisect_right(sections[0], line) - 1
            source = sections[1][i] if i >= 0 else url
        where = f"{source}:{line}" if source == url and url else source
        per_fn[f"{name} ({where})" if where else name] += max(delta, 0)
        per_file[source or name] += max(delta, 0)
    total = sum(per_fn.values()) or 1

    def rows(counter: Counter[str]) -> list[tuple[float, float, str]]:
        return [(100.0 * us / total, us / 1000.0, label) for label, us in counter.most_common(top)]

    return rows(per_fn), rows(per_file)


def format_summary(path: Path, top: int = 15, bundle: Path | None = None) -> str:
    by_fn, by_file = summarise(path, top, bundle)
    lines = ["  self time by function:"]
    lines += [f"    {pct:5.1f}% {ms:9.1f} ms  {label}" for pct, ms, label in by_fn]
    if bundle is not None:
        lines.append("  self time by source file:")
        lines += [f"    {pct:5.1f}% {ms:9.1f} ms  {label}" for pct, ms, label in by_file[:10]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("profile", type=Path)
    parser.add_argument("--bundle", type=Path, help="the unminified bundle that was profiled")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    print(format_summary(args.profile, args.top, args.bundle))


if __name__ == "__main__":
    main()
