"""The typed API: every example and every `cfpy init` template passes `mypy --strict`
against the installed `cloudflare_workers` package, found the way a user's mypy finds it
(no MYPYPATH, no mypy_path: through the installed distribution)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from cfpy_workers.scaffold import templates
from conftest import EXAMPLES, cfpy

MYPY_TIMEOUT_S = 300
EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.iterdir() if (p / "src").is_dir())


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")


def run_mypy(project: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=MYPY_TIMEOUT_S,
    )


def _explain_missing_package() -> str:
    """Why mypy may not see cloudflare_workers although Python imports it."""
    spec = importlib.util.find_spec("cloudflare_workers")
    origin = spec.origin if spec else None
    purelib = Path(sysconfig.get_paths()["purelib"])
    hooks = sorted(p.name for p in purelib.glob("__editable___*_finder.py"))
    if hooks:
        return (
            f"Python imports cloudflare_workers from {origin} through the import hook "
            f"{hooks[0]} of a setuptools editable install; mypy does not run import hooks "
            "(python/mypy#13392). Reinstall with "
            "`pip install -e '.[test]' --config-settings editable_mode=strict`."
        )
    return f"Python imports cloudflare_workers from {origin}"


def mypy_strict(project: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict src``; fails the test with the reason when mypy cannot see the API."""
    result = run_mypy(project, cache, "--strict", "src")
    output = result.stdout + result.stderr
    if 'module named "cloudflare_workers"' in output:
        pytest.fail(f"mypy cannot find cloudflare_workers. {_explain_missing_package()}\n{output}")
    return result


def check(project: Path, cache: Path) -> None:
    result = mypy_strict(project, cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_example_passes_mypy_strict(name: str, example_copy, mypy_cache: Path) -> None:
    check(example_copy(name), mypy_cache)


@pytest.mark.parametrize("template", templates())
def test_init_template_passes_mypy_strict(template: str, tmp_path: Path, mypy_cache: Path) -> None:
    assert cfpy("init", "app", "--template", template, cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    check(project, mypy_cache)
    # the project's own [tool.mypy] (strict, files = ["src"]) works with a bare `mypy`
    bare = run_mypy(project, mypy_cache)
    assert bare.returncode == 0, bare.stdout + bare.stderr


def test_mypy_checks_against_the_real_api(tmp_path: Path, mypy_cache: Path) -> None:
    """A wrong use of the API is an error: mypy read the package, it did not guess Any."""
    assert cfpy("init", "app", "--template", "kv", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    worker = project / "src" / "worker.py"
    worker.write_text(
        worker.read_text().replace(
            "await notes.put(key, await request.text())", "await notes.put(key)"
        )
    )
    result = mypy_strict(project, mypy_cache)
    assert result.returncode == 1, result.stdout
    assert 'Missing positional argument "value" in call to "put" of "KVNamespace"' in result.stdout
