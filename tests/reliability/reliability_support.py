"""Helpers shared by the reliability tests: run a Python program under CPython and under
cfpy (in this process up to the bundle, then one node process), and small file utilities."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
EXAMPLES = ROOT / "examples"
RUNTIME_JS = ROOT / "runtime_shim" / "js"

from cfpy_workers.diagnostics import Logger  # noqa: E402
from cfpy_workers.toolchain import Toolchain  # noqa: E402

NODE_TIMEOUT_S = 60


@lru_cache(maxsize=1)
def toolchain() -> Toolchain:
    from cfpy_workers.toolchain import ensure_toolchain

    logger = Logger()
    found = ensure_toolchain(logger)
    if found is None:
        raise RuntimeError("\n".join(d.render() for d in logger.diagnostics))
    return found


def run_cpython(source: bytes | str, tmp: Path) -> subprocess.CompletedProcess[bytes]:
    path = tmp / "cpython_prog.py"
    path.write_bytes(source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source)
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
    return subprocess.run(
        [sys.executable, str(path)], capture_output=True, env=env, timeout=NODE_TIMEOUT_S
    )


def compile_program(
    source: bytes | str, workdir: Path, *, minify: bool
) -> tuple[Path | None, Logger]:
    """``cfpy run``'s phases up to the bundle (``workdir/out.mjs``), optionally minified
    like ``cfpy build``."""
    from cfpy_workers.bundle import bundle
    from cfpy_workers.pipeline import RUNTIME_DIR, discover_modules, write_modules

    logger = Logger()
    path = workdir / "prog.py"
    path.write_bytes(source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        modules = discover_modules(path.resolve(), logger)
    if logger.has_errors:
        return None, logger
    if not write_modules(modules, workdir / "modules", logger, main="prog"):
        return None, logger
    entry = workdir / "entry.js"
    entry.write_text(
        'import "@cfpy/runtime/builtins/run.js";\nimport "./modules/prog.js";\n', encoding="utf-8"
    )
    out = workdir / "out.mjs"
    ok = bundle(
        entry,
        out,
        toolchain=toolchain(),
        runtime_dir=RUNTIME_DIR,
        sourcemap=True,
        minify=minify,
        logger=logger,
    )
    return (out if ok else None), logger


def run_cfpy(source: bytes | str, *, minify: bool = False) -> subprocess.CompletedProcess[bytes]:
    """Compile ``source`` and run it with node; a refused program gives returncode None
    and the rendered diagnostics as stderr."""
    from cfpy_workers.serve import node_env

    with tempfile.TemporaryDirectory(prefix="cfpy-rel-") as tmp:
        out, logger = compile_program(source, Path(tmp), minify=minify)
        if out is None:
            text = "\n".join(d.render() for d in logger.diagnostics).encode()
            return subprocess.CompletedProcess([], None, b"", text)  # type: ignore[arg-type]
        env = node_env(toolchain())
        env.pop("NODE_PATH", None)
        return subprocess.run(
            [str(toolchain().node), "--enable-source-maps", str(out)],
            capture_output=True,
            env=env,
            cwd=tmp,
            timeout=NODE_TIMEOUT_S,
        )


def snapshot(*paths: Path) -> tuple[bytes | None, ...]:
    return tuple(p.read_bytes() if p.is_file() else None for p in paths)
