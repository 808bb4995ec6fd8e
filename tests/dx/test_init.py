"""`cfpy init`: each template creates a project that builds and serves at once in workerd."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from conftest import cfpy
from support.project import build, serve

TEMPLATES = ("hello", "kv", "durable-object")


def init(tmp_path: Path, template: str | None = None, name: str = "my-worker") -> Path:
    args = ["init", name] + (["--template", template] if template else [])
    result = cfpy(*args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith("cfpy: created ") and f" in {name}\n" in result.stdout
    return tmp_path / name


@pytest.mark.parametrize("template", TEMPLATES)
def test_init_writes_a_complete_project(tmp_path: Path, template: str) -> None:
    project = init(tmp_path, template)
    files = sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())
    assert files == [".gitignore", "pyproject.toml", "src/worker.py", "wrangler.toml"]

    wrangler = tomllib.loads((project / "wrangler.toml").read_text())
    assert wrangler["name"] == "my-worker"
    assert wrangler["main"] == "build/worker.js"
    assert wrangler["compatibility_date"] >= "2025-01-01"
    assert wrangler["build"]["command"] == "cfpy build"
    assert wrangler["no_bundle"] is True
    if template == "kv":
        assert [kv["binding"] for kv in wrangler["kv_namespaces"]] == ["NOTES"]
    if template == "durable-object":
        assert wrangler["durable_objects"]["bindings"] == [
            {"name": "COUNTER", "class_name": "Counter"}
        ]
        assert wrangler["migrations"] == [{"tag": "v1", "new_sqlite_classes": ["Counter"]}]
    else:
        assert "durable_objects" not in wrangler and "migrations" not in wrangler

    pyproject = tomllib.loads((project / "pyproject.toml").read_text())
    assert pyproject["project"]["name"] == "my-worker"
    assert pyproject["tool"]["cfpy"] == {"entry": "src/worker.py"}
    assert any(dep.startswith("cfpy") for dep in pyproject["dependency-groups"]["dev"])

    ignored = (project / ".gitignore").read_text().split()
    assert {"build/", ".cfpy/", ".wrangler/"} <= set(ignored)
    compile(project.joinpath("src/worker.py").read_text(), "worker.py", "exec")


def test_default_template_is_hello(tmp_path: Path) -> None:
    project = init(tmp_path)
    assert 'get_var("GREETING")' in (project / "src" / "worker.py").read_text()


def test_hello_builds_and_serves(tmp_path: Path) -> None:
    project = init(tmp_path, "hello")
    build(project)
    with serve(project) as worker:
        assert (worker.get("/").status, worker.get("/").body) == (200, "Hello, world!")
        assert worker.get("/?name=Ada").body == "Hello, Ada!"
        assert worker.get("/json").json() == {"message": "Hello, world!", "path": "/json"}
        missing = worker.get("/nope")
        assert (missing.status, missing.body) == (404, "nothing at /nope")


def test_kv_builds_and_serves(tmp_path: Path) -> None:
    project = init(tmp_path, "kv")
    build(project)
    with serve(project) as worker:
        assert worker.get("/notes/first").status == 404
        stored = worker.request("/notes/first", "PUT", "buy milk")
        assert (stored.status, stored.body) == (201, "stored first")
        worker.request("/notes/second", "PUT", "call Ada")
        assert worker.get("/notes/first").body == "buy milk"
        assert worker.get("/notes").json() == {"first": "buy milk", "second": "call Ada"}
        assert worker.request("/notes/first", "DELETE").body == "deleted first"
        assert worker.get("/notes").json() == {"second": "call Ada"}
        assert worker.get("/").status == 404


def test_durable_object_builds_and_serves(tmp_path: Path) -> None:
    project = init(tmp_path, "durable-object")
    build(project)
    with serve(project) as worker:
        assert worker.get("/a").json() == {"path": "/a", "count": 0}
        for n in (1, 2, 3):
            assert worker.request("/a", "POST").json() == {"path": "/a", "count": n}
        assert worker.get("/a").json() == {"path": "/a", "count": 3}
        assert worker.request("/b", "POST").json() == {"path": "/b", "count": 1}
        worker.restart()  # Durable Object storage survives a restart
        assert worker.get("/a").json() == {"path": "/a", "count": 3}


def test_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    result = cfpy("init", "taken", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("cfpy: error: ") and "not empty" in lines[0]
    assert "Traceback" not in result.stderr
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_refuses_a_file(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = cfpy("init", "afile", cwd=tmp_path)
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1 and "not a folder" in result.stderr


def test_fills_an_empty_folder_and_derives_a_valid_worker_name(tmp_path: Path) -> None:
    (tmp_path / "My_Cool Worker").mkdir()
    project = init(tmp_path, "hello", name="My_Cool Worker")
    assert tomllib.loads((project / "wrangler.toml").read_text())["name"] == "my-cool-worker"
    build(project)


def test_unknown_template_is_a_usage_error(tmp_path: Path) -> None:
    result = cfpy("init", "x", "--template", "nope", cwd=tmp_path)
    assert result.returncode == 2
    assert "hello" in result.stderr and "durable-object" in result.stderr
    assert not (tmp_path / "x").exists()


def test_init_project_has_json_diagnostics_positions(tmp_path: Path) -> None:
    """An init project is a normal project: a mistake in it is reported with its position."""
    project = init(tmp_path, "hello")
    worker = project / "src" / "worker.py"
    worker.write_text(worker.read_text().replace('env.get_var("GREETING")', 'env.get_var("NOPE")'))
    result = cfpy("build", str(project), "--format", "json")
    assert result.returncode == 1
    diagnostics = json.loads(result.stderr)
    assert diagnostics and all(d["severity"] == "error" for d in diagnostics)
    assert diagnostics[0]["file"].endswith("worker.py") and diagnostics[0]["line"]


def test_cli_offers_every_template() -> None:
    from cfpy_workers.cli import init as init_command
    from cfpy_workers.scaffold import templates

    option = next(p for p in init_command.params if p.name == "template")
    assert sorted(option.type.choices) == sorted(templates())  # type: ignore[attr-defined]
    assert sorted(TEMPLATES) == sorted(templates())
    assert option.default == templates()[0] == "hello"
