"""Differential runner: one Python program, run by CPython and compiled by cfpy for node.

Used by tests/fuzz/test_differential.py.  Everything cfpy-side happens in this process
(the phases of ``cfpy run``: parse, lower, emit, esbuild bundle) and one node process per
program; CPython runs the same source in this process with ``exec`` and captured stdout.

A program is a list of *snippets*; ``assemble`` wraps each one so that it cannot disturb
the others: every snippet becomes a function body, and its call is wrapped in
``try/except`` printing the exception's type name.  Each snippet's output starts with a
marker line ``@@ N``, so outputs compare snippet by snippet.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
import textwrap
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cfpy_workers.diagnostics import Diagnostic, Logger  # noqa: E402

NODE_TIMEOUT_S = 60
MARK = "@@ "


@dataclass(frozen=True)
class Snippet:
    """A few statements; ``body`` runs inside a function of its own."""

    body: str

    @staticmethod
    def expr(expression: str, setup: str = "") -> Snippet:
        """Print one expression (after optional setup statements)."""
        return Snippet((setup + "\n" if setup else "") + f"print({expression})")


def assemble(snippets: list[Snippet]) -> str:
    """The program: one function per snippet, each called under try/except."""
    out: list[str] = []
    for i, snip in enumerate(snippets):
        out.append(f"def t{i}():")
        out.append(textwrap.indent(snip.body.strip("\n") or "pass", "    "))
    out.append("")
    for i in range(len(snippets)):
        out.append(f'print("{MARK}{i}")')
        out.append("try:")
        out.append(f"    t{i}()")
        out.append("except Exception as e:")
        out.append("    print(type(e).__name__)")
    return "\n".join(out) + "\n"


def split_outputs(stdout: str, n: int) -> list[str]:
    """Per-snippet output (text between markers); missing snippets give ``<missing>``."""
    parts: dict[int, list[str]] = {}
    current: int | None = None
    for line in stdout.split("\n"):
        if line.startswith(MARK) and line[len(MARK) :].isdigit():
            current = int(line[len(MARK) :])
            parts[current] = []
        elif current is not None:
            parts[current].append(line)
    return ["\n".join(parts[i]).rstrip("\n") if i in parts else "<missing>" for i in range(n)]


# -- CPython -----------------------------------------------------------------------------


def run_cpython(source: str) -> str:
    """Run ``source`` in this interpreter as ``__main__`` would, capturing stdout."""
    buf = io.StringIO()
    glb: dict[str, object] = {"__name__": "__main__"}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = compile(source, "<differential>", "exec", dont_inherit=True)
        with contextlib.redirect_stdout(buf):
            try:
                exec(code, glb)  # noqa: S102 - generated test programs
            except BaseException as err:  # noqa: BLE001
                print(f"<uncaught {type(err).__name__}>")
    return buf.getvalue()


# -- cfpy --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def toolchain() -> object:
    from cfpy_workers.toolchain import ensure_toolchain

    logger = Logger()
    found = ensure_toolchain(logger)
    if found is None:
        raise RuntimeError("\n".join(d.render() for d in logger.diagnostics))
    return found


@dataclass
class CfpyResult:
    stdout: str = ""
    stderr: str = ""
    returncode: int | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return any(d.is_error for d in self.diagnostics)

    def describe_diagnostics(self) -> str:
        return "\n".join(d.render() for d in self.diagnostics)


def compile_to_bundle(source: str, workdir: Path, stem: str = "prog") -> tuple[Path | None, Logger]:
    """The phases of ``cfpy run`` up to the bundle (``workdir/out.mjs``)."""
    from cfpy_workers.bundle import bundle
    from cfpy_workers.pipeline import RUNTIME_DIR, discover_modules, write_modules

    logger = Logger()
    path = workdir / f"{stem}.py"
    path.write_bytes(source.encode("utf-8", "surrogatepass"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        modules = discover_modules(path.resolve(), logger)
    if logger.has_errors:
        return None, logger
    if not write_modules(modules, workdir / "modules", logger, main=stem):
        return None, logger
    entry = workdir / "entry.js"
    entry.write_text(
        f'import "@cfpy/runtime/builtins/run.js";\nimport "./modules/{modules[stem].js_path}";\n',
        encoding="utf-8",
    )
    out = workdir / "out.mjs"
    ok = bundle(
        entry,
        out,
        toolchain=toolchain(),  # type: ignore[arg-type]
        runtime_dir=RUNTIME_DIR,
        sourcemap=False,
        minify=False,
        logger=logger,
    )
    return (out if ok else None), logger


def run_cfpy(source: str) -> CfpyResult:
    """Compile ``source`` like ``cfpy run`` and run it with node, capturing output."""
    from cfpy_workers.serve import node_env

    with tempfile.TemporaryDirectory(prefix="cfpy-diff-") as tmp:
        out, logger = compile_to_bundle(source, Path(tmp))
        result = CfpyResult(diagnostics=list(logger.diagnostics))
        if out is None:
            return result
        env = node_env(toolchain())  # type: ignore[arg-type]
        env.pop("NODE_PATH", None)
        try:
            proc = subprocess.run(
                [str(toolchain().node), str(out)],  # type: ignore[attr-defined]
                capture_output=True,
                env=env,
                timeout=NODE_TIMEOUT_S,
                cwd=tmp,
            )
        except subprocess.TimeoutExpired:
            result.stderr = f"node timed out after {NODE_TIMEOUT_S} s"
            return result
        result.stdout = proc.stdout.decode("utf-8", "backslashreplace")
        result.stderr = proc.stderr.decode("utf-8", "backslashreplace")
        result.returncode = proc.returncode
        return result


# -- comparing ---------------------------------------------------------------------------


@dataclass
class Mismatch:
    snippet: Snippet
    cpython: str
    cfpy: str

    def describe(self) -> str:
        return (
            f"--- snippet ---\n{self.snippet.body}\n"
            f"--- CPython ---\n{self.cpython}\n--- cfpy ---\n{self.cfpy}"
        )


@dataclass
class Comparison:
    snippets: list[Snippet]
    mismatches: list[Mismatch] = field(default_factory=list)
    refused: list[tuple[Snippet, str]] = field(default_factory=list)
    crashed: str | None = None  # node failed outside every snippet


def _refused_alone(snippet: Snippet) -> str | None:
    """The compile diagnostics if cfpy refuses this snippet on its own, else None."""
    with tempfile.TemporaryDirectory(prefix="cfpy-diff-") as tmp:
        from cfpy_workers.pipeline import compile_source_file

        logger = Logger()
        path = Path(tmp) / "prog.py"
        path.write_bytes(assemble([snippet]).encode("utf-8", "surrogatepass"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile_source_file(path, logger)
        if logger.has_errors:
            return "\n".join(d.render() for d in logger.errors)
    return None


def compare(snippets: list[Snippet]) -> Comparison:
    """Run the snippets as one program under both; a refused batch is split: snippets cfpy
    refuses on their own are dropped (a refusal keeps cfpy's promise), the rest re-run."""
    result = Comparison(list(snippets))
    source = assemble(snippets)
    cf = run_cfpy(source)
    if cf.refused:
        kept = []
        for snip in snippets:
            why = _refused_alone(snip)
            if why is None:
                kept.append(snip)
            else:
                result.refused.append((snip, why))
        if len(kept) == len(snippets):
            result.crashed = "the batch is refused, but no snippet alone is:\n" + (
                cf.describe_diagnostics()
            )
            return result
        result.snippets = snippets = kept
        if not kept:
            return result
        source = assemble(kept)
        cf = run_cfpy(source)
        if cf.refused:
            result.crashed = "refused after dropping refused snippets:\n" + (
                cf.describe_diagnostics()
            )
            return result
    py = run_cpython(source)
    py_parts = split_outputs(py, len(snippets))
    cf_parts = split_outputs(cf.stdout, len(snippets))
    for snip, a, b in zip(snippets, py_parts, cf_parts, strict=True):
        if a != b:
            result.mismatches.append(Mismatch(snip, a, b))
    if cf.returncode != 0 and not result.mismatches:
        result.crashed = f"node exited with {cf.returncode}:\n{cf.stderr[-3000:]}"
    elif cf.returncode != 0:
        result.crashed = f"node exited with {cf.returncode}:\n{cf.stderr[-1500:]}"
    return result
