"""Bundle the generated entry module with the pinned esbuild binary.

esbuild writes to uniquely named temp files next to the output (``.worker.js.<id>.tmp.js``
and its ``.map``; the same folder, so the paths it writes stay right).  Each build holds
an flock on its own ``.worker.js.<id>.lock``, which esbuild inherits: temp files whose
lock nobody holds are debris of a killed build, and every build sweeps them first.

The source map is named by its content (``worker.js.<hash>.map``) and the bundle's
``//# sourceMappingURL=`` comment, appended by us, names it.  When esbuild succeeds the
map is moved into place first and the bundle last (``os.replace``, under a lock on the
output folder), then maps no bundle names any more are removed: a crash at any point
leaves a bundle next to the very map it names, a failed build leaves the previous pair
untouched, and concurrent builds never interleave.  The bundle path never changes
(wrangler reads it); ``map_path`` finds a bundle's map.  The output is byte-identical
between builds.  esbuild runs with the output folder as its working directory: paths it
writes (comments and the map's ``sources``) are relative to the bundle, never absolute.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import subprocess
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Logger, Span
from ..project import CFPY_BANNER
from ..toolchain import Toolchain

BUNDLE_TIMEOUT_S = 300
RUNTIME_ALIAS = "@cfpy/runtime"
EXTERNALS = ("cloudflare:*", "node:*")


def bundle(
    entry: Path,
    outfile: Path,
    *,
    toolchain: Toolchain,
    runtime_dir: Path,
    sourcemap: bool = True,
    minify: bool = True,
    logger: Logger,
    refine: Callable[[set[str]], bool] | None = None,
) -> bool:
    """Bundle ``entry`` into ``outfile`` (plus ``outfile.map``); log CF41x and return
    False on failure, leaving any previous output in place.

    ``refine`` is called with the runtime files the bundle contains (paths relative to
    the runtime folder, e.g. ``builtins/dict.js``); when it returns True (it rewrote the
    entry) the entry is bundled once more, and that bundle is the output."""
    outfile = outfile.resolve()
    outdir = outfile.parent
    outdir.mkdir(parents=True, exist_ok=True)
    sweep_temp_files(outdir, outfile.name)
    build_id = uuid.uuid4().hex
    tmp = outdir / f".{outfile.name}.{build_id}.tmp.js"
    tmp_map = tmp.with_name(tmp.name + ".map")
    lock = outdir / f".{outfile.name}.{build_id}.lock"
    lock_fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX)
        cmd = esbuild_command(
            toolchain,
            entry.resolve(),
            tmp,
            runtime_dir.absolute(),  # not resolve(): keep the link path
            sourcemap,
            minify,
        )
        if refine is not None:
            meta = tmp.with_name(tmp.name + ".meta.json")
            try:
                if not _run_esbuild(cmd + [f"--metafile={meta}"], outdir, logger, keep_fd=lock_fd):
                    return False
                again = refine(_runtime_inputs(meta))
            finally:
                meta.unlink(missing_ok=True)
            if again and not _run_esbuild(cmd, outdir, logger, keep_fd=lock_fd):
                return False
        elif not _run_esbuild(cmd, outdir, logger, keep_fd=lock_fd):
            return False
        map_name = None
        if sourcemap:
            digest = hashlib.sha256(tmp_map.read_bytes()).hexdigest()[:MAP_HASH_LEN]
            map_name = f"{outfile.name}.{digest}.map"
            _append_map_comment(tmp, map_name)
        with _locked_dir(outdir):
            if map_name is not None:
                os.replace(tmp_map, outdir / map_name)
            os.replace(tmp, outfile)
            _remove_other_maps(outdir, outfile.name, keep=map_name)
        return True
    finally:
        tmp.unlink(missing_ok=True)
        tmp_map.unlink(missing_ok=True)
        lock.unlink(missing_ok=True)
        os.close(lock_fd)


def _runtime_inputs(meta: Path) -> set[str]:
    """The runtime files (relative to the runtime folder) that contribute code to the
    bundle, from esbuild's metafile (a file whose code was all tree-shaken is left out)."""
    outputs = json.loads(meta.read_text(encoding="utf-8")).get("outputs", {})
    marker = "runtime/"
    return {
        name[name.rindex(marker) + len(marker) :]
        for output in outputs.values()
        for name, info in output.get("inputs", {}).items()
        if marker in name and info.get("bytesInOutput", 0) > 0
    }


MAP_HASH_LEN = 16
_TEMP_RE = re.compile(r"^\.(?P<out>.+)\.(?P<id>[0-9a-f]{32})\.(?:tmp\.js|tmp\.js\.map|lock)$")
_MAP_COMMENT_RE = re.compile(rb"//# sourceMappingURL=([^\s/]+\.map)\s*$")


def map_path(bundle_file: Path) -> Path | None:
    """The source map ``bundle_file`` names in its ``sourceMappingURL`` comment, if any."""
    try:
        with open(bundle_file, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 512))
            tail = handle.read()
    except OSError:
        return None
    found = _MAP_COMMENT_RE.search(tail)
    return bundle_file.with_name(found.group(1).decode()) if found else None


def sweep_temp_files(outdir: Path, out_name: str) -> None:
    """Remove the temp files of earlier builds of ``out_name`` that were killed: those
    whose lock file no live process (cfpy or its esbuild) holds."""
    stale: dict[str, list[Path]] = {}
    for path in outdir.iterdir():
        found = _TEMP_RE.match(path.name)
        if found and found.group("out") == out_name:
            stale.setdefault(found.group("id"), []).append(path)
    for build_id, paths in stale.items():
        lock = outdir / f".{out_name}.{build_id}.lock"
        if not _lock_is_free(lock):
            continue  # a build (or its esbuild) is still running
        for path in sorted(paths, key=lambda p: p == lock):  # the lock file last
            path.unlink(missing_ok=True)


def _lock_is_free(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # also releases the lock if we took it
    return True


def _remove_other_maps(outdir: Path, out_name: str, keep: str | None) -> None:
    """Maps of ``out_name`` other than ``keep`` (earlier builds' ``<name>.<hash>.map``,
    and ``<name>.map`` from before maps were content-named)."""
    pattern = re.compile(rf"^{re.escape(out_name)}\.(?:[0-9a-f]{{{MAP_HASH_LEN}}}\.)?map$")
    for path in outdir.iterdir():
        if path.name != keep and pattern.match(path.name):
            path.unlink(missing_ok=True)


def link_runtime(build_dir: Path, runtime_dir: Path) -> Path:
    """``build_dir/runtime`` -> the installed runtime; the path the bundler should use."""
    link = build_dir / "runtime"
    build_dir.mkdir(parents=True, exist_ok=True)
    target = runtime_dir.resolve()
    if link.is_symlink() and Path(os.readlink(link)) == target:
        return link
    tmp = build_dir / f".runtime.{uuid.uuid4().hex}"
    tmp.symlink_to(target, target_is_directory=True)
    os.replace(tmp, link)  # atomic, also when concurrent builds race
    return link


def esbuild_command(
    toolchain: Toolchain,
    entry: Path,
    outfile: Path,
    runtime_dir: Path,
    sourcemap: bool,
    minify: bool,
) -> list[str]:
    """The esbuild CLI invocation (run with the output folder as working directory)."""
    cmd = [
        str(toolchain.esbuild),
        str(entry),
        "--bundle",
        "--format=esm",
        "--target=es2022",
        "--platform=neutral",
        "--main-fields=module,main",
        *(f"--external:{pattern}" for pattern in EXTERNALS),
        f"--alias:{RUNTIME_ALIAS}={runtime_dir}",
        # The runtime is reached through a link inside the build folder (see
        # link_runtime): keeping that path makes bundles and maps independent of where
        # cfpy is installed and where the project lives.
        "--preserve-symlinks",
        "--legal-comments=none",
        # Marks the output as cfpy's: a later build may replace it (transpiler/project).
        f"--banner:js={CFPY_BANNER}",
        "--charset=utf8",
        # The runtime reads class and function names (exception names, repr, __name__).
        "--keep-names",
        "--log-level=error",
        "--color=false",
        f"--outfile={outfile}",
    ]
    if sourcemap:
        cmd += ["--sourcemap=external", "--sources-content=true"]
    if minify:
        cmd.append("--minify")
    return cmd


def _run_esbuild(cmd: list[str], cwd: Path, logger: Logger, keep_fd: int | None = None) -> bool:
    """Run esbuild; ``keep_fd`` (the build's lock) stays open in it, so the lock is held
    as long as esbuild may still write its temp files, even if cfpy is killed."""
    try:
        proc = subprocess.run(
            cmd,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=BUNDLE_TIMEOUT_S,
            pass_fds=() if keep_fd is None else (keep_fd,),
        )
    except subprocess.TimeoutExpired:
        logger.error("CF411", f"esbuild did not finish within {BUNDLE_TIMEOUT_S} s")
        return False
    except OSError as exc:
        logger.error("CF411", f"could not run esbuild ({cmd[0]}): {exc}")
        return False
    if proc.returncode == 0:
        return True
    messages = parse_esbuild_errors(proc.stderr, cwd)
    if not messages:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:]) or "(no output)"
        logger.error("CF410", f"esbuild failed with exit code {proc.returncode}:\n{tail}")
    for msg in messages:
        logger.error(
            "CF410",
            msg.text,
            file=msg.file,
            span=msg.span,
            hint=msg.hint,
            source=_read_text(msg.file),
        )
    return False


@dataclass(frozen=True)
class EsbuildMessage:
    text: str
    file: Path | None = None
    span: Span | None = None
    hint: str | None = None


_ERROR_RE = re.compile(r"^✘ \[ERROR\] (?P<text>.*)$")
_LOCATION_RE = re.compile(r"^ {4}(?P<file>\S.*):(?P<line>\d+):(?P<col>\d+):$")
_MARKER_RE = re.compile(r"^ +[│╵] (?P<pad> *)(?P<mark>\^|~+)")


def parse_esbuild_errors(stderr: str, cwd: Path) -> list[EsbuildMessage]:
    """Parse esbuild's ``--log-level=error --color=false`` text output.

    esbuild prints ``file:line:col:`` with a 1-based line and a 0-based column, relative
    to its working directory, followed by the source line, a marker line and notes."""
    blocks: list[list[str]] = []
    for line in stderr.splitlines():
        if _ERROR_RE.match(line):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    return [_parse_block(block, cwd) for block in blocks]


def _parse_block(lines: list[str], cwd: Path) -> EsbuildMessage:
    head = _ERROR_RE.match(lines[0])
    text = head.group("text") if head else lines[0]
    file: Path | None = None
    span: Span | None = None
    notes: list[str] = []
    for line in lines[1:]:
        loc = _LOCATION_RE.match(line)
        if loc and file is None:
            file = (cwd / loc.group("file")).resolve()
            row, col = int(loc.group("line")), int(loc.group("col"))
            span = Span(row, col, row, col + 1)
            continue
        mark = _MARKER_RE.match(line)
        if mark and span is not None and span.end_col == span.col + 1:
            width = len(mark.group("mark"))
            span = Span(span.line, span.col, span.line, span.col + width)
            continue
        if line.startswith("  ") and not line.startswith("    ") and line.strip():
            notes.append(line.strip())
    return EsbuildMessage(text, file, span, " ".join(notes) or None)


def _read_text(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _append_map_comment(path: Path, map_name: str) -> None:
    with open(path, "ab") as handle:
        handle.write(f"//# sourceMappingURL={map_name}\n".encode())


@contextmanager
def _locked_dir(directory: Path) -> Iterator[None]:
    """Hold an exclusive flock on ``directory`` so bundle and map are replaced together."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
