"""In-process compiler fuzzing kit: compile a source string like `cfpy compile`, judge the result.

Used by tests/fuzz/test_compiler_fuzz.py and scripts/fuzz_compiler.py (see docs/fuzzing.md).

The property every program must satisfy, valid Python or not:

* compiling returns JS, or logs error diagnostics and returns nothing -- never both, never
  neither;
* it never raises a Python exception (that is what the CLI reports as CF900, an internal
  error) and never runs longer than a timeout;
* every diagnostic has a ``CFnnn`` code, a message and the file; a diagnostic about the source
  (``CF1xx``, ``CF2xx`` except CF200 "cannot read module") also has a line/column inside the
  file, and renders (text and JSON) without raising;
* returned JS carries no leftover position marks;
* a program that CPython itself refuses to compile (``compile(src, ..., "exec")`` raises
  SyntaxError: ``break`` outside a loop, ``nonlocal`` at module level, ...) is not accepted;
* optionally (``JSChecker``), returned JS parses as an ES module in V8.

``compile_source`` runs in this process (no subprocess), exactly the phases of
``cfpy_workers.pipeline.compile_source_file`` on a file ``fuzzmod.py`` in a private temp folder.
``compile_with_timeout`` adds a SIGALRM timeout when called on the main thread.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import keyword
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cfpy_workers.diagnostics import Diagnostic, Logger  # noqa: E402
from cfpy_workers.pipeline import compile_source_file  # noqa: E402

MODULE_NAME = "fuzzmod"
DEFAULT_TIMEOUT = 10.0
CODE_RE = re.compile(r"^CF\d{3}$")
# Diagnostics that are about a place in the source and so must carry a line/column.
POSITIONLESS_OK = frozenset({"CF200"})

# Finding kinds, most serious first.
CRASH = "crash"  # an uncaught Python exception: the CLI's CF900 internal error
HANG = "hang"  # compile did not finish within the timeout
BAD_DIAGNOSTIC = "bad-diagnostic"  # missing code/file/position, or render() raised
INCONSISTENT = "inconsistent"  # JS returned with errors logged, or nothing and no error
ACCEPTS_INVALID = "accepts-invalid"  # CPython rejects the program, cfpy compiled it
BAD_JS = "bad-js"  # compiled output is not a valid ES module (JSChecker only)
# What every generated program must satisfy: the compiler neither breaks nor lies.
CORE_KINDS = frozenset({CRASH, HANG, BAD_DIAGNOSTIC, INCONSISTENT})


class CompileTimeout(BaseException):
    """Raised by the SIGALRM handler; a BaseException so `except Exception` cannot eat it."""


@dataclass
class Outcome:
    """What compiling one program did, and which properties it broke."""

    source: str
    js: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: BaseException | None = None  # a crash or a timeout
    traceback: str | None = None
    kind: str | None = None  # finding kind, None when every property held
    problems: list[str] = field(default_factory=list)
    signature: str | None = None  # stable identity of the bug, for deduplication

    @property
    def ok(self) -> bool:
        return self.kind is None

    @property
    def status(self) -> str:
        if self.kind is not None:
            return self.kind
        return "compiled" if self.js is not None else "diagnostics"

    def describe(self) -> str:
        lines = [f"{self.kind}: {self.signature}"]
        lines += [f"  - {p}" for p in self.problems]
        if self.traceback:
            lines.append(self.traceback.rstrip())
        lines.append("--- source ---")
        lines.append(self.source)
        return "\n".join(lines)


# -- compiling ---------------------------------------------------------------------------

_workdir: Path | None = None


def _module_path() -> Path:
    global _workdir
    if _workdir is None:
        _workdir = Path(tempfile.mkdtemp(prefix="cfpy-fuzz-"))
        atexit.register(shutil.rmtree, _workdir, True)
    return _workdir / f"{MODULE_NAME}.py"


def _run_compiler(source: str, logger: Logger) -> str | None:
    path = _module_path()
    # Bytes, so that lone surrogates reach the compiler (which must reject them) unchanged.
    path.write_bytes(source.encode("utf-8", "surrogatepass"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ast.parse's SyntaxWarnings; not diagnostics
        return compile_source_file(path, logger)


def compile_source(source: str) -> Outcome:
    """Compile ``source`` as `cfpy compile fuzzmod.py` would, in this process, and judge it."""
    outcome = Outcome(source)
    logger = Logger()
    try:
        outcome.js = _run_compiler(source, logger)
    except (KeyboardInterrupt, CompileTimeout):
        raise
    except Exception as err:  # noqa: BLE001 - this is exactly what we look for
        outcome.error = err
        outcome.traceback = traceback.format_exc()
    outcome.diagnostics = list(logger.diagnostics)
    judge(outcome)
    return outcome


def compile_with_timeout(source: str, timeout: float = DEFAULT_TIMEOUT) -> Outcome:
    """``compile_source`` with a SIGALRM timeout (main thread only; elsewhere no timeout)."""
    if timeout <= 0 or threading.current_thread() is not threading.main_thread():
        return compile_source(source)

    def on_alarm(signum: int, frame: object) -> None:
        raise CompileTimeout(f"compile took longer than {timeout:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return compile_source(source)
    except CompileTimeout as err:
        outcome = Outcome(source, error=err, traceback=traceback.format_exc())
        outcome.kind = HANG
        outcome.problems.append(str(err))
        outcome.signature = f"{HANG} at {_innermost_compiler_frame(err) or '?'}"
        return outcome
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- judging -----------------------------------------------------------------------------


def _innermost_compiler_frame(err: BaseException) -> str | None:
    """``transpiler/x.py:LINE`` of the innermost traceback frame inside the compiler."""
    found = None
    for frame in traceback.extract_tb(err.__traceback__):
        path = Path(frame.filename)
        try:
            rel = path.resolve().relative_to(ROOT)
        except ValueError:
            continue
        if rel.parts and rel.parts[0] == "transpiler":
            found = f"{rel.as_posix()}:{frame.lineno}"
    return found


def _innermost_frame(err: BaseException) -> str:
    frames = traceback.extract_tb(err.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{Path(last.filename).name}:{last.lineno}"


def cpython_rejects(source: str) -> str | None:
    """CPython's SyntaxError message if it refuses to compile ``source`` (None if it accepts)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(source, "<fuzz>", "exec", dont_inherit=True)
    except SyntaxError as err:
        return err.msg or "invalid syntax"
    except (ValueError, RecursionError, MemoryError) as err:
        return f"{type(err).__name__}: {err}"
    return None


def _normalize_message(message: str) -> str:
    """Drop the program-specific parts (names, numbers) of a message, for signatures."""
    def name(m: re.Match[str]) -> str:
        word = m.group(0)[1:-1]
        return m.group(0) if keyword.iskeyword(word) or keyword.issoftkeyword(word) else "'_'"

    message = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`", name, message)
    return re.sub(r"\d+", "N", message)


def diagnostic_problems(diag: Diagnostic, source: str) -> list[str]:
    """What is wrong with one diagnostic (empty when it is well formed)."""
    problems: list[str] = []
    where = f"{diag.code} {diag.message!r}"
    if not isinstance(diag.code, str) or not CODE_RE.match(diag.code):
        problems.append(f"diagnostic without a CFnnn code: {where}")
    if not isinstance(diag.message, str) or not diag.message.strip():
        problems.append(f"diagnostic without a message: {where}")
    if diag.file is None:
        problems.append(f"diagnostic without a file: {where}")
    code = diag.code if isinstance(diag.code, str) else ""
    source_error = code[:3] in ("CF1", "CF2") and code not in POSITIONLESS_OK
    if diag.span is None:
        if source_error:
            problems.append(f"source diagnostic without a line/column: {where}")
    else:
        span = diag.span
        n_lines = len(source.splitlines()) or 1
        if not 1 <= span.line <= n_lines + 1:
            problems.append(f"line {span.line} outside the file ({n_lines} lines): {where}")
        if span.col < 0 or span.end_col < 0:
            problems.append(f"negative column {span.col}..{span.end_col}: {where}")
        if (span.end_line, span.end_col) < (span.line, span.col):
            problems.append(f"span ends before it starts {span}: {where}")
    try:
        diag.render(color=False)
        diag.render(color=True)
        json.dumps(diag.to_json())
    except Exception as err:  # noqa: BLE001
        problems.append(f"rendering raised {type(err).__name__}: {err}: {where}")
    return problems


def judge(outcome: Outcome) -> None:
    """Fill ``kind``, ``problems`` and ``signature`` of an outcome from its results."""
    err = outcome.error
    if err is not None:
        outcome.kind = CRASH
        frame = _innermost_compiler_frame(err) or "outside transpiler/"
        outcome.problems.append(f"{type(err).__name__}: {err}")
        outcome.signature = f"{CRASH} {type(err).__name__} at {frame} (raised in {_innermost_frame(err)})"
        return
    for diag in outcome.diagnostics:
        found = diagnostic_problems(diag, outcome.source)
        if found and outcome.kind is None:
            outcome.kind = BAD_DIAGNOSTIC
            first = found[0].split(":")[0]
            outcome.signature = f"{BAD_DIAGNOSTIC} {diag.code}: {first}"
        outcome.problems += found
    if outcome.kind is not None:
        return
    has_errors = any(d.is_error for d in outcome.diagnostics)
    if outcome.js is not None and has_errors:
        outcome.kind = INCONSISTENT
        outcome.signature = f"{INCONSISTENT}: JS returned although errors were logged"
    elif outcome.js is None and not has_errors:
        outcome.kind = INCONSISTENT
        outcome.signature = f"{INCONSISTENT}: no JS and no error"
    elif outcome.js is not None and ("\x00" in outcome.js or "\x01" in outcome.js):
        outcome.kind = INCONSISTENT
        outcome.signature = f"{INCONSISTENT}: position marks left in the JS"
    if outcome.kind is not None:
        outcome.problems.append(outcome.signature.split(": ", 1)[1])
        return
    if outcome.js is not None:
        rejected = cpython_rejects(outcome.source)
        if rejected is not None:
            outcome.kind = ACCEPTS_INVALID
            outcome.problems.append(f"CPython refuses this program ({rejected}) but cfpy compiled it")
            outcome.signature = f"{ACCEPTS_INVALID}: {_normalize_message(rejected)}"


def check_js(outcome: Outcome, checker: JSChecker | None) -> None:
    """Add a BAD_JS finding when the compiled JS of an otherwise fine outcome does not parse."""
    if checker is None or not outcome.ok or outcome.js is None:
        return
    message = checker.syntax_error(outcome.js)
    if message is not None:
        outcome.kind = BAD_JS
        outcome.problems.append(f"generated JS does not parse: {message}")
        outcome.signature = f"{BAD_JS}: {_normalize_message(message)}"


def positioned_diagnostics_only(outcome: Outcome) -> str:
    """An assertion message for tests: the outcome's problems, or '' when it is fine."""
    return "" if outcome.ok else outcome.describe()


# -- the JS syntax check -----------------------------------------------------------------

_JS_CHECKER_SOURCE = r"""
import vm from "node:vm";
import readline from "node:readline";
const rl = readline.createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const { code } = JSON.parse(line);
  let error = null;
  try {
    new vm.SourceTextModule(code, { identifier: "fuzzmod.js" });
  } catch (e) {
    error = e instanceof SyntaxError ? e.message : `${e && e.name}: ${e && e.message}`;
  }
  process.stdout.write(JSON.stringify({ error }) + "\n");
});
"""


class JSChecker:
    """A long-lived node process that parses ES modules with V8 (as workerd would)."""

    def __init__(self, node: str) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="cfpy-fuzz-js-"))
        script = self._dir / "check.mjs"
        script.write_text(_JS_CHECKER_SOURCE, encoding="utf-8")
        self._node = node
        self._script = script
        self._proc: subprocess.Popen[str] | None = None

    @classmethod
    def create(cls) -> JSChecker | None:
        node = shutil.which("node")
        return cls(node) if node else None

    def _start(self) -> subprocess.Popen[str]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [self._node, "--experimental-vm-modules", "--no-warnings", str(self._script)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        return self._proc

    def syntax_error(self, code: str) -> str | None:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps({"code": code}) + "\n")
        proc.stdin.flush()
        answer = proc.stdout.readline()
        if not answer:
            self.close()
            return None  # node died: say nothing rather than blame the compiler
        return json.loads(answer)["error"]

    def close(self) -> None:
        if self._proc is not None:
            if self._proc.stdin:
                self._proc.stdin.close()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
            self._proc = None
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> JSChecker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- findings ----------------------------------------------------------------------------


def same_bug(signature: str, timeout: float = DEFAULT_TIMEOUT, checker: JSChecker | None = None) -> Callable[[str], bool]:
    """A predicate for the minimizer: does a program still show the bug ``signature``?"""

    def still_fails(source: str) -> bool:
        outcome = compile_with_timeout(source, timeout)
        if outcome.ok and signature.startswith(BAD_JS):
            check_js(outcome, checker)
        return outcome.signature == signature

    return still_fails


def finding_name(signature: str) -> str:
    kind = signature.split(" ", 1)[0].rstrip(":")
    digest = hashlib.sha1(signature.encode("utf-8")).hexdigest()[:10]
    return f"{kind}-{digest}"


def write_finding(
    out_dir: Path,
    outcome: Outcome,
    minimized: str,
    origin: str,
) -> Path | None:
    """Write ``<kind>-<hash>.py`` (minimized program) and ``.txt`` (details); None if known.

    The name depends only on the signature, so a bug found again (in this or a later run)
    does not add a file; a smaller program for a known bug replaces the stored one.
    """
    assert outcome.signature is not None
    out_dir.mkdir(parents=True, exist_ok=True)
    name = finding_name(outcome.signature)
    py = out_dir / f"{name}.py"
    if py.exists():
        old = py.read_text(encoding="utf-8", errors="replace")
        old_body = old.split("\n# ---\n", 1)[-1]
        if len(old_body) <= len(minimized):
            return None
    header = [
        f"# cfpy fuzz finding: {outcome.kind}",
        f"# signature: {outcome.signature}",
        *[f"# {line}" for p in outcome.problems[:3] for line in p.splitlines()[:2]],
        f"# found by: {origin}",
        "# ---",
    ]
    py.write_bytes(("\n".join(header) + "\n" + minimized).encode("utf-8", "surrogatepass"))
    details = [
        f"signature: {outcome.signature}",
        f"found by: {origin}",
        "",
        "problems:",
        *[f"  {p}" for p in outcome.problems],
        "",
        "traceback:" if outcome.traceback else "traceback: (none)",
        outcome.traceback or "",
        "--- minimized program ---",
        minimized,
        "--- original program ---",
        outcome.source,
    ]
    (out_dir / f"{name}.txt").write_bytes("\n".join(details).encode("utf-8", "surrogatepass"))
    return py


def strip_finding_header(text: str) -> str:
    """The program of a finding file (the corpus keeps the header: it is only comments)."""
    return text.split("\n# ---\n", 1)[1] if text.startswith("# cfpy fuzz finding") else text


def env_timeout() -> float:
    return float(os.environ.get("CFPY_FUZZ_TIMEOUT", DEFAULT_TIMEOUT))
