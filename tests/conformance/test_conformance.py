"""Differential conformance suite: every program in ``programs/`` must print exactly
what CPython prints (same stdout, same exit code) when compiled by cfpy and run
under node, or be refused at compile time *and* be listed in ``EXPECTED_REFUSALS``.

Expected output is never written by hand: each program is run by CPython (the
interpreter running pytest, ``sys.executable``) at test time, twice with different hash
seeds so a program whose output depends on the seed is caught.

How cfpy runs a program: by default in-process, through ``cfpy_workers.pipeline.run_program``
(the function behind ``cfpy run``: compile, esbuild bundle, node) with only the final
node invocation swapped for one that captures stdout/stderr.  That saves the ~0.35 s
of interpreter start-up + imports that every ``cfpy run`` subprocess pays.  Set
``CFPY_CONFORMANCE_MODE=cli`` to run the real ``cfpy run`` command line instead.

Speed: without pytest-xdist, a session fixture runs every selected program (CPython and
cfpy) up front in a thread pool sized to the machine (esbuild and node run as
subprocesses, so threads overlap them); each parametrized test then compares cached
results.  Under ``pytest -n N`` each worker runs the programs of the tests scheduled on
it, on demand, so nothing is run twice.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import re
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
PROGRAMS_DIR = HERE / "programs"
PROGRAMS = sorted(PROGRAMS_DIR.glob("[0-9][0-9][0-9]_*.py"))

# Programs cfpy is *expected* to refuse at compile time, with the reason.  A refusal
# of any other program is a test failure; a listed program that compiles is one too
# (so the list cannot go stale).
EXPECTED_REFUSALS: dict[str, str] = {}

# Programs that still differ from CPython, with the cause (issue 3's work list). They run
# as strict xfails: a program that starts passing fails the suite until removed here.
KNOWN_DIFFERENCES: dict[str, str] = {}

# Programs that deliberately end with a non-zero exit code under CPython.
CPYTHON_EXIT_CODES: dict[str, int] = {
    "081_uncaught_exception.py": 1,
    "082_sys_exit.py": 4,
}

TIMEOUT = 120  # seconds per program and per implementation

# A cfpy diagnostic positioned in Python source: "path/to/file.py:12:5: CF102 message".
# (Bundler errors are positioned in the generated JS, "....js:3:21: CF410 ...": those are
# build failures, not refusals of the Python program.)
_DIAGNOSTIC = re.compile(
    r"^(?P<loc>\S.*?\.py:\d+:\d+): (?P<code>CF\d{3}) (?P<msg>.*)$", re.MULTILINE
)
_ANY_DIAGNOSTIC = re.compile(r"^\S.*?:\d+:\d+: CF\d{3} .*$", re.MULTILINE)


@dataclass(frozen=True)
class Outcome:
    stdout: str
    stderr: str
    returncode: int

    @property
    def refusal(self) -> str | None:
        """The first compile diagnostic if cfpy refused the program, else None."""
        if self.returncode == 0:
            return None
        match = _DIAGNOSTIC.search(self.stderr)
        if match is None or self.stdout:
            return None
        return match.group(0)

    @property
    def build_failure(self) -> str | None:
        """The first diagnostic of a build that failed after the compiler accepted the
        program (e.g. esbuild rejecting the generated JS), else None."""
        if self.returncode == 0 or self.stdout or self.refusal is not None:
            return None
        match = _ANY_DIAGNOSTIC.search(self.stderr)
        return match.group(0) if match else None


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", "NO_COLOR": "1"})
    env.pop("CFPY_DEBUG", None)
    env.update(extra)
    return env


def _run(cmd: list[str], env: dict[str, str]) -> Outcome:
    try:
        proc = subprocess.run(
            cmd,
            cwd=PROGRAMS_DIR,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="backslashreplace",
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        return _timed_out(exc)
    return Outcome(proc.stdout, proc.stderr, proc.returncode)


def _timed_out(exc: subprocess.TimeoutExpired) -> Outcome:
    out = exc.stdout
    text = out.decode("utf-8", "backslashreplace") if isinstance(out, bytes) else (out or "")
    return Outcome(text, f"TIMEOUT after {TIMEOUT}s", -9)


def run_cpython(path: Path, hashseed: str = "0") -> Outcome:
    return _run([sys.executable, str(path)], _env(PYTHONHASHSEED=hashseed))


def run_cfpy_cli(path: Path) -> Outcome:
    """The real command line (`cfpy run`), the same module the console script calls."""
    env = _env()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return _run([sys.executable, "-m", "cfpy_workers.cli", "run", str(path)], env)


_node_capture = threading.local()


def _capturing_run_node_module(toolchain: Any, bundle_path: Path, args: Sequence[str]) -> int:
    """Stand-in for ``cfpy_workers.serve.run_node_module`` that captures the output.

    Same command line and environment as the original (``node --enable-source-maps``,
    toolchain environment without NODE_PATH); the result is left in a thread-local."""
    from cfpy_workers.serve import node_env

    env = node_env(toolchain)
    env.pop("NODE_PATH", None)
    cmd = [str(toolchain.node), "--enable-source-maps", str(Path(bundle_path).resolve()), *args]
    _node_capture.outcome = _run(cmd, env)
    return _node_capture.outcome.returncode


def run_cfpy_inprocess(path: Path) -> Outcome:
    """``cfpy run`` without the subprocess: ``run_program`` with a capturing node runner
    (installed by the session fixture)."""
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import run_program

    logger = Logger()
    _node_capture.outcome = None
    try:
        code = run_program(path, [], logger)
    except Exception:  # noqa: BLE001 - an internal compiler error is a test failure, shown in full
        return Outcome("", "internal error in cfpy (CF900):\n" + traceback.format_exc(), -2)
    if code is None or _node_capture.outcome is None:
        text = io.StringIO()
        logger.print(text, "text")
        return Outcome("", text.getvalue(), 1)
    return _node_capture.outcome


def run_cfpy(path: Path) -> Outcome:
    if os.environ.get("CFPY_CONFORMANCE_MODE") == "cli":
        return run_cfpy_cli(path)
    return run_cfpy_inprocess(path)


@contextlib.contextmanager
def capturing_node() -> Iterator[None]:
    """Install the capturing node runner for the in-process mode (and the toolchain,
    once, before any thread needs it)."""
    if os.environ.get("CFPY_CONFORMANCE_MODE") == "cli":
        yield
        return
    import cfpy_workers.serve
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.toolchain import ensure_toolchain

    logger = Logger()
    if ensure_toolchain(logger) is None:
        text = io.StringIO()
        logger.print(text, "text")
        pytest.fail(f"cfpy's JS toolchain is not available:\n{text.getvalue()}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cfpy_workers.serve, "run_node_module", _capturing_run_node_module)
        yield


@dataclass(frozen=True)
class Result:
    cpython: Outcome
    cpython_other_seed: Outcome
    cfpy: Outcome


class _Cache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._results: dict[str, Result] = {}

    def compute(self, path: Path) -> Result:
        result = Result(run_cpython(path, "0"), run_cpython(path, "12345"), run_cfpy(path))
        with self._lock:
            self._results[path.name] = result
        return result

    def get(self, path: Path) -> Result:
        with self._lock:
            found = self._results.get(path.name)
        return found if found is not None else self.compute(path)

    def prefetch(self, paths: list[Path]) -> None:
        workers = max(2, os.cpu_count() or 2)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(self.compute, paths))


@pytest.fixture(scope="session")
def conformance_results(request: pytest.FixtureRequest) -> Iterator[_Cache]:
    with capturing_node():
        yield _prefetched(request)


def _prefetched(request: pytest.FixtureRequest) -> _Cache:
    cache = _Cache()
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        wanted = {
            Path(str(item.callspec.params["program"])).name
            for item in request.session.items
            if isinstance(item, pytest.Function)
            and item.originalname == "test_program"
            and Path(str(item.fspath)).resolve() == Path(__file__).resolve()
        }
        cache.prefetch([p for p in PROGRAMS if p.name in wanted])
    return cache


def _diff(expected: str, actual: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile="CPython",
        tofile="cfpy",
        n=1,
    )
    text = "".join(lines)
    return text if len(text) < 6000 else text[:6000] + "\n... (diff truncated)"


def _tail(text: str, n: int = 25) -> str:
    return "\n".join(text.rstrip().splitlines()[-n:])


def test_enough_programs() -> None:
    assert len(PROGRAMS) >= 60, f"only {len(PROGRAMS)} conformance programs"
    assert len({p.name[:3] for p in PROGRAMS}) == len(PROGRAMS), "program numbers must be unique"


def test_expected_refusals_exist() -> None:
    names = {p.name for p in PROGRAMS}
    assert set(EXPECTED_REFUSALS) <= names, sorted(set(EXPECTED_REFUSALS) - names)


def _param(program: Path) -> object:
    reason = KNOWN_DIFFERENCES.get(program.stem)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(program, id=program.stem, marks=marks)


@pytest.mark.parametrize("program", [_param(p) for p in PROGRAMS])
def test_program(program: Path, conformance_results: _Cache) -> None:
    result = conformance_results.get(program)
    cpython, cfpy = result.cpython, result.cfpy

    # The program itself must be a valid, deterministic conformance program.
    assert cpython.stdout == result.cpython_other_seed.stdout, (
        f"{program.name} is not deterministic under CPython (output depends on the hash seed)"
    )
    assert cpython.returncode == CPYTHON_EXIT_CODES.get(program.name, 0), (
        f"{program.name} exits with {cpython.returncode} under CPython:\n{_tail(cpython.stderr)}"
    )

    refusal = cfpy.refusal
    if program.name in EXPECTED_REFUSALS:
        assert refusal is not None, (
            f"{program.name} is listed in EXPECTED_REFUSALS ({EXPECTED_REFUSALS[program.name]}) "
            f"but cfpy no longer refuses it; remove it from the list"
        )
        return
    assert refusal is None, f"cfpy refused to compile {program.name}:\n{_tail(cfpy.stderr)}"
    assert cfpy.build_failure is None, (
        f"cfpy accepted {program.name} but the build failed (a compiler or runtime bug):\n"
        f"{_tail(cfpy.stderr)}"
    )

    assert cfpy.stdout == cpython.stdout, (
        f"stdout differs for {program.name} (cfpy exit {cfpy.returncode}):\n"
        f"{_diff(cpython.stdout, cfpy.stdout)}\n--- cfpy stderr ---\n{_tail(cfpy.stderr)}"
    )
    assert cfpy.returncode == cpython.returncode, (
        f"exit code differs for {program.name}: CPython {cpython.returncode}, cfpy {cfpy.returncode}\n"
        f"--- CPython stderr ---\n{_tail(cpython.stderr)}\n--- cfpy stderr ---\n{_tail(cfpy.stderr)}"
    )
