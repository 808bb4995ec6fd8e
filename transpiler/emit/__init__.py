"""Emit: turn lowered JS text with position marks into final module text + a v3 source map.

The lowerer embeds marks ``\\x00<index>\\x01`` in the JS text it produces, each naming a
Python (line, col) position from a table.  ``emit_module`` strips the marks and records,
for each one, a source-map segment from the generated (line, col) to the Python position.
Keeping marks inline lets every phase build JS as plain strings while positions survive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

MARK_RE = re.compile("\x00(\\d+)\x01")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


@dataclass
class PositionTable:
    """Python positions referred to by marks; index = mark number."""

    positions: list[tuple[int, int]] = field(default_factory=list)

    def mark(self, line: int, col: int) -> str:
        self.positions.append((line, col))
        return f"\x00{len(self.positions) - 1}\x01"


def _vlq(value: int) -> str:
    value = (-value << 1) | 1 if value < 0 else value << 1
    out = []
    while True:
        digit = value & 31
        value >>= 5
        if value:
            digit |= 32
        out.append(_B64[digit])
        if not value:
            return "".join(out)


@dataclass
class EmittedModule:
    code: str
    source_map: dict[str, object]


def emit_module(
    marked: str, table: PositionTable, *, source_name: str, source_text: str, out_name: str
) -> EmittedModule:
    """Strip marks from ``marked``; build the source map mapping JS back to ``source_name``."""
    code_parts: list[str] = []
    mappings: list[str] = []
    line_segments: list[str] = []
    gen_line = 0
    gen_col = 0
    prev_gen_col = 0
    prev_src_line = 0
    prev_src_col = 0
    last_pos: tuple[int, int] | None = None
    pos = 0
    for m in MARK_RE.finditer(marked):
        chunk = marked[pos : m.start()]
        code_parts.append(chunk)
        gen_line, gen_col, line_segments, prev_gen_col = _advance(
            chunk, gen_line, gen_col, line_segments, mappings, prev_gen_col
        )
        py_line, py_col = table.positions[int(m.group(1))]
        src = (py_line - 1, py_col)
        if src != last_pos or not line_segments:
            line_segments.append(
                _vlq(gen_col - prev_gen_col)
                + _vlq(0)
                + _vlq(src[0] - prev_src_line)
                + _vlq(src[1] - prev_src_col)
            )
            prev_gen_col = gen_col
            prev_src_line, prev_src_col = src
            last_pos = src
        pos = m.end()
    tail = marked[pos:]
    code_parts.append(tail)
    gen_line, gen_col, line_segments, prev_gen_col = _advance(
        tail, gen_line, gen_col, line_segments, mappings, prev_gen_col
    )
    mappings.append(",".join(line_segments))
    source_map: dict[str, object] = {
        "version": 3,
        "file": out_name,
        "sources": [source_name],
        "sourcesContent": [source_text],
        "names": [],
        "mappings": ";".join(mappings),
    }
    code = "".join(code_parts)
    return EmittedModule(code=code, source_map=source_map)


def _advance(
    chunk: str,
    gen_line: int,
    gen_col: int,
    line_segments: list[str],
    mappings: list[str],
    prev_gen_col: int,
) -> tuple[int, int, list[str], int]:
    """Move the generated position over ``chunk``, closing finished lines of mappings."""
    newlines = chunk.count("\n")
    if newlines == 0:
        return gen_line, gen_col + _js_len(chunk), line_segments, prev_gen_col
    mappings.append(",".join(line_segments))
    for _ in range(newlines - 1):
        mappings.append("")
    tail = chunk[chunk.rfind("\n") + 1 :]
    # Column deltas restart on every generated line.
    return gen_line + newlines, _js_len(tail), [], 0


def _js_len(text: str) -> int:
    """Length in UTF-16 code units, which is what source-map columns count."""
    return len(text.encode("utf-16-le")) // 2


def source_map_json(emitted: EmittedModule) -> str:
    return json.dumps(emitted.source_map, separators=(",", ":"))
