"""Build-time checks of binding names, handlers and migrations against the wrangler config."""

from __future__ import annotations

import tomllib
from pathlib import Path

from conftest import cfpy


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new))


def _pos(path: Path, needle: str) -> str:
    """1-based "line:col" where ``needle`` starts in ``path`` (examples may be edited)."""
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if needle in line:
            return f"{number}:{line.index(needle) + 1}"
    raise AssertionError(f"{needle!r} not in {path}")


def _first_error(stderr: str, code: str, containing: str = "") -> list[str]:
    lines = stderr.splitlines()
    head = next(i for i, line in enumerate(lines) if f" {code} " in line and containing in line)
    return lines[head : head + 5]


def test_undeclared_kv_namespace_fails_at_the_call(example_copy) -> None:
    project = example_copy("todos")
    _edit(project / "src" / "worker.py", 'get_kv_namespace("TODOS")', 'get_kv_namespace("TODO")')
    result = cfpy("build", str(project))
    assert result.returncode == 1
    head, _, src, caret, hint = _first_error(result.stderr, "CF320")
    worker = project / "src" / "worker.py"
    where = _pos(worker, '"TODO"')
    assert head.startswith(f"{worker}:{where}: CF320 ")
    assert "KV namespace `TODO` is not declared in wrangler.toml" in head
    assert src.endswith('todos = env.get_kv_namespace("TODO")')
    column = int(where.split(":")[1])
    assert caret.split("| ", 1)[1] == " " * (column - 1) + "^" * 6
    assert "did you mean TODOS?" in hint
    assert "[[kv_namespaces]]" in _pasted_toml(result.stderr, "CF320")


def _pasted_toml(stderr: str, code: str) -> str:
    """The TOML block a hint offers: the indented lines after its blank line."""
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if f" {code} " in line)
    hint = next(i for i in range(start, len(lines)) if lines[i].lstrip().startswith("hint:"))
    block: list[str] = []
    for line in lines[hint + 2 :]:
        if not line.strip():
            break
        block.append(line.strip())
    return "\n".join(block) + "\n"


def test_kv_hint_toml_is_valid_appended_after_vars(tmp_path: Path) -> None:
    """The pasted TOML must hold wherever it lands: at the end of a file whose last table
    is [vars] (an inline `kv_namespaces = [...]` would become a var), with no id placeholder
    that would contradict wrangler's automatic provisioning."""
    assert cfpy("init", "app", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    worker = project / "src" / "worker.py"
    _edit(worker, "    name = request", '    env.get_kv_namespace("CACHE")\n    name = request')
    result = cfpy("build", str(project))
    assert result.returncode == 1
    toml = _pasted_toml(result.stderr, "CF320")
    assert toml == '[[kv_namespaces]]\nbinding = "CACHE"\n'
    config = project / "wrangler.toml"
    assert config.read_text().rstrip().splitlines()[-2] == "[vars]"
    config.write_text(config.read_text() + "\n" + toml)
    data = tomllib.loads(config.read_text())
    assert data["kv_namespaces"] == [{"binding": "CACHE"}]
    assert "kv_namespaces" not in data["vars"]
    rebuilt = cfpy("build", str(project))
    assert rebuilt.returncode == 0, rebuilt.stderr


def test_undeclared_durable_object_namespace_and_var(example_copy) -> None:
    project = example_copy("views")
    worker = project / "src" / "worker.py"
    _edit(worker, 'get_durable_object_namespace("VIEWS")', 'get_durable_object_namespace("VIEW")')
    _edit(worker, "    stub = views.get(", '    env.get_var("API_TOKEN")\n    stub = views.get(')
    result = cfpy("build", str(project))
    assert result.returncode == 1
    head = _first_error(result.stderr, "CF321")
    where = _pos(worker, '"VIEW"')
    assert head[0].startswith(f"{worker}:{where}: CF321 Durable Object namespace `VIEW`")
    assert "did you mean VIEWS?" in head[4]
    var = _first_error(result.stderr, "CF322")
    where = _pos(worker, '"API_TOKEN"')
    assert var[0].startswith(f"{worker}:{where}: CF322 variable `API_TOKEN` is not declared")
    assert "[vars]" in var[4]


def test_declared_var_in_dev_vars_is_accepted(example_copy) -> None:
    project = example_copy("views")
    worker = project / "src" / "worker.py"
    _edit(worker, "    stub = views.get(", '    env.get_var("API_TOKEN")\n    stub = views.get(')
    (project / ".dev.vars").write_text("API_TOKEN=secret\n")
    result = cfpy("build", str(project))
    assert "CF322" not in result.stderr


def test_class_name_without_durable_objects_key(example_copy) -> None:
    project = example_copy("views")
    worker = project / "src" / "worker.py"
    _edit(
        worker,
        '{"ViewsDurableObject": lambda: ViewsDurableObject()}',
        '{"Other": ViewsDurableObject}',
    )
    result = cfpy("build", str(project))
    assert result.returncode == 1
    head = _first_error(result.stderr, "CF323")
    where = _pos(worker, "CloudflareWorkers(")
    assert head[0].startswith(f"{worker}:{where}: CF323 Durable Object class `ViewsDurableObject`")
    assert 'durable_objects={"ViewsDurableObject": ViewsDurableObject}' in head[4]


def test_class_name_typo_gets_did_you_mean(tmp_path: Path) -> None:
    assert cfpy("init", "app", "--template", "durable-object", cwd=tmp_path).returncode == 0
    project = tmp_path / "app"
    _edit(project / "wrangler.toml", 'class_name = "Counter"', 'class_name = "Countr"')
    result = cfpy("build", str(project))
    assert result.returncode == 1
    head = _first_error(result.stderr, "CF323")
    assert "Durable Object class `Countr`" in head[0]
    assert head[4].strip().startswith("hint: did you mean Counter?"), head
    assert "Countr}" not in result.stderr


def test_handler_and_method_arity(example_copy) -> None:
    project = example_copy("views")
    worker = project / "src" / "worker.py"
    _edit(worker, "async def fetch(self, request: Request)", "async def fetch(self)")
    text = worker.read_text()
    handler = text[text.index("async def fetch(request") :].split(")")[0] + ")"
    _edit(worker, handler, "async def fetch(request, env, ctx, extra)")
    result = cfpy("build", str(project))
    assert result.returncode == 1
    method = _first_error(result.stderr, "CF324", "ViewsDurableObject")
    position = _pos(worker, "async def fetch(self)")
    line, col = position.split(":")
    assert method[0].startswith(
        f"{worker}:{line}:{int(col) + 16}: CF324 `ViewsDurableObject.fetch` takes 0"
    )
    assert "fetch(self, request) or fetch(self, request, env)" in method[4]
    assert (
        "the `fetch` handler takes 4 positional parameters, but the runtime calls it with 3"
        in result.stderr
    )


def test_missing_migration_warns_with_toml(example_copy) -> None:
    project = example_copy("views")
    config = project / "wrangler.toml"
    config.write_text(config.read_text().split("[[migrations]]")[0])
    result = cfpy("build", str(project))
    assert "CF330 Durable Object class ViewsDurableObject has no migration" in result.stderr
    toml = _pasted_toml(result.stderr, "CF330")
    assert toml == '[[migrations]]\ntag = "v1"\nnew_sqlite_classes = ["ViewsDurableObject"]\n'
    config.write_text(config.read_text() + "\n" + toml)
    rebuilt = cfpy("build", str(project))
    assert rebuilt.returncode == 0 and "CF330" not in rebuilt.stderr, rebuilt.stderr


def test_hibernation_handler_arity(example_copy) -> None:
    project = example_copy("views")
    worker = project / "src" / "worker.py"
    _edit(
        worker,
        "    async def fetch(self, request: Request)",
        "    async def websocket_close(self, ws, code):\n        pass\n\n"
        "    async def fetch(self, request: Request)",
    )
    result = cfpy("build", str(project))
    assert result.returncode == 1
    head = _first_error(result.stderr, "CF324", "websocket_close")
    assert "`ViewsDurableObject.websocket_close` takes 2 positional parameters, but the runtime calls it with 4" in head[0]
    assert "websocket_close(self, ws, code, reason, was_clean)" in head[4]
