"""docs/guide.md works: its files are written into a `cfpy init` project in the order the
tutorial gives them, the project builds after every step, passes `mypy --strict`, and the
tests the guide writes pass (its end-to-end tests run the worker under a real `cfpy dev`),
and `cfpy deploy --dry-run` packages it.

A code block whose first line is ``# PATH`` is that file; ``# PATH (add)`` is appended to
it. Other blocks (shell commands) are not run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, cfpy

GUIDE = ROOT / "docs" / "guide.md"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
MARKER = re.compile(r"^# ([\w./-]+)( \(add\))?$")


def guide_files() -> list[tuple[str, str, bool]]:
    """(path, text, append) of every file block, in the guide's order."""
    found = []
    for match in BLOCK.finditer(GUIDE.read_text()):
        body = match.group(2)
        marker = MARKER.match(body.splitlines()[0]) if body.strip() else None
        if marker is not None:
            found.append((marker.group(1), body, marker.group(2) is not None))
    return found


def test_the_guide_has_the_promised_steps() -> None:
    files = guide_files()
    paths = [path for path, _, _ in files]
    assert paths.count("src/worker.py") >= 3
    text = "\n".join(body for _, body, _ in files)
    for needle in (
        "[[kv_namespaces]]",
        "async def alarm(self)",
        "set_alarm(",
        "[triggers]\ncrons = ",
        "async def scheduled(event: ScheduledEvent, env: Env, ctx: ExecutionContext)",
        "ADMIN_TOKEN=",
        "print(",
        "from js import ",
        "def test_",
    ):
        assert needle in text, needle


def test_the_guide_builds_type_checks_and_its_tests_pass(tmp_path: Path) -> None:
    assert cfpy("init", "guestbook", cwd=tmp_path).returncode == 0
    project = tmp_path / "guestbook"
    for path, body, append in guide_files():
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if append:
            target.write_text(target.read_text() + "\n" + body)
        else:
            target.write_text(body)
        if path == "src/worker.py":
            built = cfpy("build", str(project))
            assert built.returncode == 0, f"guide step failed to build:\n{body}\n{built.stderr}"
            assert "CF" not in built.stderr, built.stderr  # no warning either
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=project, env=env, capture_output=True, text=True
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "3 passed" in tests.stdout, tests.stdout
    # Step 7, offline: what `cfpy deploy` would upload.
    packaged = cfpy("deploy", str(project), "--dry-run", "--outdir", str(tmp_path / "dist"))
    assert packaged.returncode == 0, packaged.stdout + packaged.stderr
    assert (tmp_path / "dist" / "worker.js").is_file(), sorted(p.name for p in tmp_path.iterdir())
