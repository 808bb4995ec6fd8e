"""A new user's first hour (issue 17), on a fresh venv: the README's first command
installs cfpy and serves an example; then `cfpy init`, the template's dev dependencies
and `mypy` are clean. The distribution is `cfpy-workers` (`cfpy` on PyPI is another
project), and the template depends on that name."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import tomllib
import urllib.request
from pathlib import Path

import pytest
from cfpy_workers import DISTRIBUTION
from conftest import ROOT, cfpy

INSTALL_TIMEOUT_S = 900


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block is not None
    return block.group(1).strip().splitlines()


def test_readme_opens_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text()
    assert text.index("```sh") < text.index("\n## ")
    install_and_serve, install_and_test = readme_commands()
    assert "pip install ." in install_and_serve and "cfpy dev examples/" in install_and_serve
    assert "pip install -e '.[test]'" in install_and_test and "pytest" in install_and_test


def test_the_distribution_name_is_ours_and_the_template_depends_on_it(tmp_path: Path) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["name"] == DISTRIBUTION == "cfpy-workers"
    assert project["scripts"] == {"cfpy": "cfpy_workers.launch:main"}
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    app = tomllib.loads((tmp_path / "app" / "pyproject.toml").read_text())
    dev = app["dependency-groups"]["dev"]
    assert any(d.startswith(f"{DISTRIBUTION}>=") for d in dev), dev
    assert not any(re.match(r"cfpy\b(?!-)", d) for d in dev), dev
    assert any(d.startswith("mypy") for d in dev), dev


def _checkout_copy(target: Path) -> Path:
    """The repository's files as a fresh clone has them (tracked and new, not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _serve_once(command: list[str], cwd: Path, path: str = "/") -> str:
    """Start `cfpy dev ... --port 0`, GET ``path`` once, stop it; the body."""
    server = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert server.stdout is not None
    seen: list[str] = []
    try:
        url = None
        for line in server.stdout:
            seen.append(line)
            found = re.search(r" on (http://\S+)", line)
            if found:
                url = found.group(1)
                break
        assert url, "".join(seen)
        threading.Thread(target=server.stdout.read, daemon=True).start()
        with urllib.request.urlopen(url + path, timeout=60) as response:
            return response.read().decode()
    finally:
        server.terminate()
        server.wait(timeout=60)


def test_readme_first_command_then_init_dev_dependencies_and_mypy(tmp_path: Path) -> None:
    checkout = _checkout_copy(tmp_path / "cfpy")
    install_and_serve = readme_commands()[0]
    install, serve = install_and_serve.split(" && .venv/bin/cfpy ", 1)
    env = {
        k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH", "VIRTUAL_ENV")
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if Path(sys.executable).parent != Path(p)
    )
    result = subprocess.run(
        install.replace("python3 ", f"{sys.executable} ", 1),
        shell=True,
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_S,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    bin_dir = checkout / ".venv" / "bin"
    # ... and the rest of the README's command: serve the example.
    args = serve.split()
    port = args.index("--port")
    args[port + 1] = "0"
    body = _serve_once([str(bin_dir / "cfpy"), *args], checkout)
    assert "This Durable Object has been requested 1 times!" in body, body

    # A project of one's own, its dev dependencies (cfpy-workers is satisfied by the
    # install above: the name is not on PyPI yet), and mypy.
    cfpy_command = str(bin_dir / "cfpy")
    made = subprocess.run(
        [cfpy_command, "init", "app"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert made.returncode == 0, made.stderr
    app = tmp_path / "app"
    dev = tomllib.loads((app / "pyproject.toml").read_text())["dependency-groups"]["dev"]
    installed = subprocess.run(
        [str(bin_dir / "pip"), "install", "-q", *dev],
        env=env,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_S,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    mypy = subprocess.run(
        [str(bin_dir / "mypy")], cwd=app, env=env, capture_output=True, text=True, timeout=600
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    assert "Success: no issues found" in mypy.stdout


@pytest.mark.parametrize("template", ["kv", "durable-object"])
def test_template_with_js_import_passes_mypy(tmp_path: Path, template: str) -> None:
    """`from js import ...` type-checks in a new project (the template's mypy override)."""
    assert cfpy("init", "app", "--template", template, cwd=tmp_path).returncode == 0
    worker = tmp_path / "app" / "src" / "worker.py"
    worker.write_text("from js import crypto\n\nSEED = crypto.randomUUID()\n" + worker.read_text())
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=tmp_path / "app",
        env=env,
        capture_output=True,
        text=True,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
