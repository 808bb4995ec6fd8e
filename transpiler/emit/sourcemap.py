"""Reading source maps: map a position in a built bundle back to its .py source line.

Used by ``cfpy dev`` to show Python files and lines in the stack frames a worker logs,
and by tests to check that the bundle's map (chained by esbuild) points into .py files.
"""

from __future__ import annotations

import bisect
import json
import os
from dataclasses import dataclass
from pathlib import Path

_B64 = {
    c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
}


def _decode_vlq(segment: str) -> list[int]:
    values: list[int] = []
    shift = value = 0
    for char in segment:
        digit = _B64[char]
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        shift = value = 0
    return values


@dataclass(frozen=True)
class SourcePosition:
    source: str  # as written in the map's `sources`, resolved against the map's folder
    line: int  # 1-based
    column: int  # 0-based


class SourceMap:
    def __init__(self, data: dict[str, object], folder: Path) -> None:
        root = str(data.get("sourceRoot") or "")
        sources = [str(s) for s in data.get("sources", [])]  # type: ignore[union-attr]
        self.sources = [os.path.normpath(folder / root / s) for s in sources]
        # per generated line: sorted generated columns and their source positions
        self.lines: list[tuple[list[int], list[tuple[int, int, int]]]] = []
        src = src_line = src_col = 0
        for line in str(data.get("mappings", "")).split(";"):
            cols: list[int] = []
            targets: list[tuple[int, int, int]] = []
            gen_col = 0
            for segment in line.split(","):
                if not segment:
                    continue
                fields = _decode_vlq(segment)
                gen_col += fields[0]
                if len(fields) >= 4:
                    src += fields[1]
                    src_line += fields[2]
                    src_col += fields[3]
                    cols.append(gen_col)
                    targets.append((src, src_line, src_col))
            self.lines.append((cols, targets))

    @classmethod
    def load(cls, path: Path) -> SourceMap:
        return cls(json.loads(path.read_text(encoding="utf-8")), path.parent)

    def lookup(self, line: int, column: int) -> SourcePosition | None:
        """Source position of the generated 1-based ``line`` and 0-based ``column``."""
        if not 0 < line <= len(self.lines):
            return None
        cols, targets = self.lines[line - 1]
        i = bisect.bisect_right(cols, column) - 1
        if i < 0:
            return None
        src, src_line, src_col = targets[i]
        return SourcePosition(self.sources[src], src_line + 1, src_col)
