"""Atomic, repeatable builds.

* A build that fails — a syntax error, an esbuild error, a killed `cfpy build` — leaves the
  previous bundle and source map exactly as they were (and as a matching pair).
* Two `cfpy build` runs started together on one project leave a valid bundle: the same
  bytes a single build writes, and it serves requests in workerd.
* The same input gives byte-identical output: built twice, and built from two copies of
  the project in different folders; no absolute path of the build machine in the output.

esbuild failures are produced without touching cfpy: ``CFPY_HOME`` points at a toolchain
folder whose esbuild executable is a wrapper around the real one (failing, or slow so that
a kill lands while it runs); the bundler itself is also called with a broken entry module.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cfpy_workers.toolchain import _manifest as toolchain_manifest  # noqa: E402
from conftest import cfpy  # noqa: E402
from reliability_support import EXAMPLES, ROOT, snapshot, toolchain  # noqa: E402
from support.project import serve  # noqa: E402

BUNDLE = Path("build/worker.js")


def copy_example(name: str, target: Path) -> Path:
    shutil.copytree(EXAMPLES / name, target, ignore=shutil.ignore_patterns("build", ".cfpy"))
    return target


def outputs(project: Path) -> tuple[bytes | None, bytes | None]:
    """The bundle and the source map it names (None for a missing file)."""
    return pair(project / BUNDLE)


def pair(bundle_file: Path) -> tuple[bytes | None, bytes | None]:
    from cfpy_workers.bundle import map_path

    named = map_path(bundle_file)
    return snapshot(bundle_file, named or bundle_file.with_name("-"))  # type: ignore[return-value]


def build_ok(project: Path, *args: str, env: dict[str, str] | None = None) -> None:
    result = run_cfpy_build(project, *args, env=env)
    assert result.returncode == 0, result.stderr
    assert "cfpy: built build/worker.js" in result.stderr


def run_cfpy_build(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    if env is None:
        return cfpy("build", str(project), *args)
    return subprocess.run(
        [sys.executable, "-m", "cfpy_workers.cli", "build", str(project), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
    )


def temp_files(project: Path) -> list[str]:
    return sorted(
        p.name
        for p in (project / "build").iterdir()
        if p.name.endswith((".tmp.js", ".tmp.js.map", ".lock"))
    )


def edit_greeting(project: Path, text: str) -> None:
    worker = project / "src" / "worker.py"
    source = worker.read_text()
    new = re.sub(r"has been requested[^{]*\{", f"has been requested{text} {{", source)
    assert new != source or text in source
    worker.write_text(new)


def fake_toolchain_home(base: Path, script_body: str) -> dict[str, str]:
    """An environment whose CFPY_HOME holds a complete-looking toolchain whose esbuild is
    ``#!/bin/sh`` + ``script_body`` ($REAL is the real esbuild)."""
    real = toolchain()
    root = base / "toolchain" / real.root.name
    fake = root / real.esbuild.relative_to(real.root)
    fake.parent.mkdir(parents=True, exist_ok=True)
    fake.write_text(f'#!/bin/sh\nREAL="{real.esbuild}"\n{script_body}\n')
    fake.chmod(0o755)
    # The install marker records the files of a finished install (transpiler/toolchain
    # checks them): this toolchain's own, so the fake esbuild is not taken for damage.
    (root / ".cfpy-complete").write_text(json.dumps(toolchain_manifest(root)) + "\n")
    env = dict(os.environ)
    env["CFPY_HOME"] = str(base)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


@pytest.fixture
def views(tmp_path: Path) -> Path:
    project = copy_example("views", tmp_path / "views")
    build_ok(project)
    return project


# -- failed builds keep the previous output ------------------------------------------------


def test_syntax_error_keeps_previous_bundle_and_map(views: Path) -> None:
    before = outputs(views)
    worker = views / "src" / "worker.py"
    worker.write_text(worker.read_text() + "\ndef broken(:\n    pass\n")
    result = cfpy("build", str(views))
    assert result.returncode == 1 and "CF100 syntax error" in result.stderr
    assert outputs(views) == before
    assert temp_files(views) == []


def test_esbuild_error_keeps_previous_bundle_and_map(views: Path, tmp_path: Path) -> None:
    before = outputs(views)
    edit_greeting(views, " (changed)")
    env = fake_toolchain_home(tmp_path / "home", 'exec "$REAL" "$@" --inject:./cfpy-missing.js')
    result = run_cfpy_build(views, env=env)
    assert result.returncode == 1, result.stderr
    assert 'CF410 Could not resolve "./cfpy-missing.js"' in result.stderr
    assert outputs(views) == before
    assert temp_files(views) == []
    # esbuild dying without a parsable message: the same guarantee
    env = fake_toolchain_home(tmp_path / "home2", 'echo "esbuild: out of luck" >&2\nexit 3')
    result = run_cfpy_build(views, env=env)
    assert result.returncode == 1 and "CF410 esbuild failed with exit code 3" in result.stderr
    assert outputs(views) == before
    assert temp_files(views) == []


def test_bundler_with_a_broken_entry_keeps_previous_output(tmp_path: Path) -> None:
    from cfpy_workers.bundle import bundle
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import RUNTIME_DIR

    out = tmp_path / "out" / "worker.js"
    out.parent.mkdir()
    out.write_text("previous bundle\n")
    out.with_name("worker.js.map").write_text("previous map\n")
    cases = {
        "missing import": 'import "./nowhere.js";\n',
        "syntax error": "export default {;\n",
        "bad runtime path": 'import { nothing } from "@cfpy/runtime/builtins/no-such-file.js";\n',
    }
    for label, text in cases.items():
        entry = tmp_path / f"entry-{label.replace(' ', '-')}.js"
        entry.write_text(text)
        logger = Logger()
        ok = bundle(entry, out, toolchain=toolchain(), runtime_dir=RUNTIME_DIR, logger=logger)
        assert not ok, label
        assert [d.code for d in logger.errors] and {d.code for d in logger.errors} == {"CF410"}
        assert out.read_text() == "previous bundle\n", label
        assert out.with_name("worker.js.map").read_text() == "previous map\n", label
        assert sorted(p.name for p in out.parent.iterdir()) == ["worker.js", "worker.js.map"]


def _wait_group_gone(pgid: int, timeout: float = 30.0) -> None:
    """Wait until no process of the group is left (esbuild may outlive a killed cfpy)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    os.killpg(pgid, signal.SIGKILL)


def _start_build(project: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "cfpy_workers.cli", "build", str(project)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _kill_build(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)  # only cfpy itself, not its esbuild child
    proc.wait()
    _wait_group_gone(proc.pid)


def _kill_at(project: Path, env: dict[str, str], delays: tuple[float, ...]) -> list[object]:
    """Start and SIGKILL a build after each delay; the bundle/map pair after each kill."""
    seen: list[object] = []
    for delay in delays:
        proc = _start_build(project, env)
        time.sleep(delay)
        _kill_build(proc)
        seen.append(outputs(project))
    return seen


def test_killed_builds_leave_a_complete_bundle_and_map(views: Path, tmp_path: Path) -> None:
    """SIGKILL `cfpy build` at different moments (esbuild is slowed down so that some kills
    land while it runs): every time, bundle and map are the previous pair or the new pair."""
    env = fake_toolchain_home(tmp_path / "home", 'sleep 0.3\nexec "$REAL" "$@"')
    old = outputs(views)
    for version, delays in (
        (" (v2)", (0.15, 0.4, 0.7, 0.9, 1.1, 1.4, 2.0)),
        (" (v3)", (0.5, 1.0, 1.5)),
    ):
        edit_greeting(views, version)
        seen = _kill_at(views, env, delays)
        build_ok(views)
        new = outputs(views)
        assert new != old and version.encode() in new[0]  # type: ignore[operator]
        for delay, state in zip(delays, seen, strict=True):
            assert state in (old, new), f"killed after {delay} s: bundle/map are torn"
        old = new


def _kill_build_while_esbuild_runs(project: Path, tmp_path: Path) -> None:
    """Start `cfpy build` with an esbuild that signals its start and then waits a second;
    SIGKILL cfpy as soon as esbuild has started."""
    marker = tmp_path / "esbuild-started"
    env = fake_toolchain_home(tmp_path / "home", f'touch "{marker}"\nsleep 1\nexec "$REAL" "$@"')
    proc = _start_build(project, env)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert marker.exists(), "esbuild never started"
    _kill_build(proc)


def test_killed_build_while_esbuild_runs_keeps_output(views: Path, tmp_path: Path) -> None:
    """Deterministic: cfpy is killed while esbuild is known to run."""
    before = outputs(views)
    edit_greeting(views, " (v2)")
    _kill_build_while_esbuild_runs(views, tmp_path)
    assert outputs(views) == before


def test_killed_build_leaves_no_temp_files_behind(views: Path, tmp_path: Path) -> None:
    _kill_build_while_esbuild_runs(views, tmp_path)
    assert temp_files(views) != []  # esbuild, still running after the kill, wrote them
    build_ok(views)  # a later, successful build sweeps them
    assert temp_files(views) == []


def test_sweep_spares_the_temp_files_of_a_running_build(tmp_path: Path) -> None:
    """Temp files whose lock is held (a build, or its esbuild, still running) survive a
    sweep; those whose lock is free are removed, lock file included."""
    import fcntl

    from cfpy_workers.bundle import sweep_temp_files

    live, dead = "a" * 32, "b" * 32
    names = [f".worker.js.{i}.{ext}" for i in (live, dead) for ext in ("tmp.js", "lock")]
    for name in [*names, f".other.js.{dead}.tmp.js", "worker.js"]:
        (tmp_path / name).write_text("x")
    fd = os.open(tmp_path / f".worker.js.{live}.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        sweep_temp_files(tmp_path, "worker.js")
    finally:
        os.close(fd)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [
            f".worker.js.{live}.tmp.js",
            f".worker.js.{live}.lock",
            f".other.js.{dead}.tmp.js",
            "worker.js",
        ]
    )


# -- concurrent builds ---------------------------------------------------------------------


def test_concurrent_builds_leave_a_valid_bundle(tmp_path: Path) -> None:
    reference = copy_example("views", tmp_path / "ref" / "views")
    project = copy_example("views", tmp_path / "run" / "views")
    # round 0: both builds start from nothing (no .cfpy/, no build/); round 1: both
    # rebuild a changed source over the previous build
    for round_, text in enumerate((" (r1)", " (r2)")):
        edit_greeting(reference, text)
        edit_greeting(project, text)
        build_ok(reference)
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "cfpy_workers.cli", "build", str(project)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
        for code, err in results:
            assert code == 0, err
        assert outputs(project) == outputs(reference), f"round {round_}: differs from a lone build"
        assert temp_files(project) == []
    with serve(project) as worker:
        body = worker.get("/a").body
    assert body == "This Durable Object has been requested (r2) 1 times!"


# -- reproducible output ---------------------------------------------------------------------


def test_building_twice_gives_identical_bytes(views: Path) -> None:
    first = outputs(views)
    build_ok(views)
    assert outputs(views) == first
    shutil.rmtree(views / ".cfpy")
    build_ok(views)
    assert outputs(views) == first


def _two_copies(tmp_path: Path) -> tuple[Path, Path]:
    a = copy_example("views", tmp_path / "a")
    b = copy_example("views", tmp_path / "some" / "deeper" / "folder-b")
    build_ok(a)
    build_ok(b)
    return a, b


def test_bundle_is_the_same_from_any_folder(tmp_path: Path) -> None:
    a, b = _two_copies(tmp_path)
    assert outputs(a)[0] == outputs(b)[0]
    for project in (a, b):
        text = (project / BUNDLE).read_text()
        for needle in (str(tmp_path), str(ROOT), str(Path.home()), "runtime_shim"):
            assert needle not in text, f"{needle!r} in {project / BUNDLE}"


def test_source_map_is_the_same_from_any_folder(tmp_path: Path) -> None:
    a, b = _two_copies(tmp_path)
    assert outputs(a)[1] == outputs(b)[1]


def test_unminified_bundle_is_the_same_from_any_folder(tmp_path: Path) -> None:
    a = copy_example("views", tmp_path / "a")
    b = copy_example("views", tmp_path / "some" / "deeper" / "folder-b")
    build_ok(a, "--no-minify")
    build_ok(b, "--no-minify")
    assert outputs(a)[0] == outputs(b)[0]


def test_source_map_names_no_file_outside_the_project(views: Path) -> None:
    smap = json.loads(outputs(views)[1] or b"")
    outside = [
        s
        for s in smap["sources"]
        # lexically: the runtime may be reached through a link inside the project
        if not Path(os.path.normpath(views / "build" / s)).is_relative_to(views)
    ]
    assert outside == []


def test_crash_between_the_two_renames_keeps_a_matching_pair(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cfpy_workers.bundle as bundler
    from cfpy_workers.diagnostics import Logger
    from cfpy_workers.pipeline import RUNTIME_DIR

    out = tmp_path / "worker.js"
    entry = tmp_path / "entry.js"
    entry.write_text('export default "v1";\n')
    assert bundler.bundle(
        entry, out, toolchain=toolchain(), runtime_dir=RUNTIME_DIR, logger=Logger()
    )
    before = pair(out)
    assert before[0] is not None and before[1] is not None
    entry.write_text('export default "v2, a longer value";\n')
    real_replace = os.replace
    calls = []

    def crash_after_first(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt("simulated crash between the renames")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(bundler.os, "replace", crash_after_first)
    with pytest.raises(KeyboardInterrupt):
        bundler.bundle(entry, out, toolchain=toolchain(), runtime_dir=RUNTIME_DIR, logger=Logger())
    monkeypatch.undo()
    assert pair(out) == before  # the old bundle still names the old, untouched map
    # the next build replaces the pair and removes every map no bundle names
    assert bundler.bundle(
        entry, out, toolchain=toolchain(), runtime_dir=RUNTIME_DIR, logger=Logger()
    )
    after = pair(out)
    assert b"longer" in (after[0] or b"") and after[1] is not None
    assert json.loads(after[1])["sources"]
    maps = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".map"))
    assert maps == [bundler.map_path(out).name]  # type: ignore[union-attr]
