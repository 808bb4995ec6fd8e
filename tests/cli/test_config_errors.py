"""Configuration errors name the file that holds the problem and, for syntax errors, its
line and column with the offending line shown (CF301); a missing entry module (CF201)
points at whatever chose that module (default, `[tool.cfpy] entry`, `--entry`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfpy_workers.diagnostics import Logger
from cfpy_workers.project import load_project

MINIMAL = 'main = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'


def _load(root: Path, entry: str | None = None) -> Logger:
    logger = Logger()
    assert load_project(root, logger, entry) is None
    assert len(logger.errors) == 1, logger.diagnostics
    return logger


def _project(tmp_path: Path, config_name: str, text: str) -> Path:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "worker.py").write_text("x = 1\n")
    (tmp_path / config_name).write_text(text)
    return tmp_path


def test_toml_syntax_error_is_positioned(tmp_path: Path) -> None:
    root = _project(tmp_path, "wrangler.toml", 'name = "w"\nmain = "build/worker.js\n')
    diag = _load(root).errors[0]
    assert diag.code == "CF301" and diag.file == root / "wrangler.toml"
    assert diag.location().endswith("wrangler.toml:2:24"), diag.location()
    assert "(at line" not in diag.message
    rendered = diag.render()
    assert '2 | main = "build/worker.js' in rendered and "^" in rendered


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a block comment spanning lines and a line comment before the error keep positions
        ('{\n  // the bundle\n  "main": "build/worker.js", /* a\n b */ "name": w\n}\n', "4:15"),
        ('{\n  "main": "build/worker.js",\n  "name": "w" "x"\n}\n', "3:15"),
    ],
)
def test_jsonc_syntax_error_is_positioned_in_the_file(
    tmp_path: Path, text: str, where: str
) -> None:
    root = _project(tmp_path, "wrangler.jsonc", text)
    diag = _load(root).errors[0]
    assert diag.code == "CF301"
    assert diag.location().endswith(f"wrangler.jsonc:{where}"), diag.location()


def test_jsonc_comments_and_trailing_commas_are_accepted(tmp_path: Path) -> None:
    text = (
        '{\n  // c\n  "main": "build/worker.js", /* "x": 1 */\n  "name": "w",\n'
        '  "compatibility_date": "2025-01-01",\n}\n'
    )
    root = _project(tmp_path, "wrangler.jsonc", text)
    config = load_project(root, Logger())
    assert config is not None and config.name == "w"


@pytest.mark.parametrize("value", ["a,}", "a, ]", 'q\\",}', "x // y, }", "/* ,] */"])
def test_jsonc_trailing_comma_stripping_leaves_strings_intact(tmp_path: Path, value: str) -> None:
    # issue 12 item 11: a comma inside a string value was blanked like a trailing comma
    text = (
        '{\n  "main": "build/worker.js", "compatibility_date": "2024-09-23",\n'
        f'  "name": {json.dumps(value)},\n}}\n'
    )
    root = _project(tmp_path, "wrangler.jsonc", text)
    config = load_project(root, Logger())
    assert config is not None and config.name == value


def test_missing_default_entry_points_at_the_wrangler_config(tmp_path: Path) -> None:
    root = _project(tmp_path, "wrangler.toml", MINIMAL)
    (root / "src" / "worker.py").unlink()
    diag = _load(root).errors[0]
    assert (diag.code, diag.file) == ("CF201", root / "wrangler.toml")
    assert diag.message == "entry module src/worker.py does not exist"
    assert diag.hint is not None and "[tool.cfpy]" in diag.hint


def test_missing_custom_entry_points_at_pyproject(tmp_path: Path) -> None:
    root = _project(tmp_path, "wrangler.toml", MINIMAL)
    (root / "pyproject.toml").write_text('[tool.cfpy]\nentry = "src/app.py"\n')
    diag = _load(root).errors[0]
    assert (diag.code, diag.file) == ("CF201", root / "pyproject.toml")
    assert diag.message == "entry module src/app.py does not exist"
    assert diag.hint == "create src/app.py, or change entry under [tool.cfpy] in pyproject.toml"


def test_missing_entry_from_the_command_line_names_the_option(tmp_path: Path) -> None:
    root = _project(tmp_path, "wrangler.toml", MINIMAL)
    diag = _load(root, "src/other.py").errors[0]
    assert diag.code == "CF201" and diag.file is None
    assert diag.message == "entry module src/other.py does not exist"
    assert diag.hint is not None and "--entry" in diag.hint and "src/worker.py" not in diag.hint


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('compatibility_date = "2024-13-45"', '"2024-13-45" is not a date'),
        ('compatibility_date = "yesterday"', '"yesterday" is not a date'),
        ('compatibility_date = "2099-01-01"  # typo', '"2099-01-01" is in the future'),
        ("compatibility_date = 2024-01-01", 'quote it: compatibility_date = "2024-01-01"'),
        ("compatibility_date = 20240101", 'expected a date string "YYYY-MM-DD"'),
    ],
)
def test_bad_compatibility_date_is_a_positioned_error_naming_the_key(
    tmp_path: Path, line: str, problem: str
) -> None:
    root = _project(tmp_path, "wrangler.toml", f'name = "w"\nmain = "build/worker.js"\n{line}\n')
    diag = _load(root).errors[0]
    assert diag.code == "CF301" and diag.file == root / "wrangler.toml"
    assert diag.message.startswith("invalid configuration: key `compatibility_date`: ")
    assert problem in diag.message, diag.message
    assert diag.location().endswith("wrangler.toml:3:1"), diag.location()
    assert f"3 | {line}" in diag.render()


def test_missing_compatibility_date_is_refused_like_wrangler(tmp_path: Path) -> None:
    root = _project(tmp_path, "wrangler.toml", 'main = "build/worker.js"\n')
    diag = _load(root).errors[0]
    assert diag.message.startswith("invalid configuration: key `compatibility_date`: missing")
    assert 'compatibility_date = "YYYY-MM-DD"' in diag.message


def test_compatibility_date_in_jsonc_is_positioned(tmp_path: Path) -> None:
    text = '{\n  "main": "build/worker.js",\n  "compatibility_date": "2024-02-30"\n}\n'
    root = _project(tmp_path, "wrangler.jsonc", text)
    diag = _load(root).errors[0]
    assert "key `compatibility_date`" in diag.message and "2024-02-30" in diag.message
    assert diag.location().endswith("wrangler.jsonc:3:3"), diag.location()


def test_today_is_a_valid_compatibility_date(tmp_path: Path) -> None:
    import datetime

    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    root = _project(
        tmp_path, "wrangler.toml", f'main = "build/worker.js"\ncompatibility_date = "{today}"\n'
    )
    config = load_project(root, Logger())
    assert config is not None and config.compatibility_date == today
