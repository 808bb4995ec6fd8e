"""Project: find and validate a worker project's configuration.

A project is a folder with ``wrangler.toml`` (or ``wrangler.jsonc`` / ``wrangler.json``)
and an entry module. ``main`` is either the bundle path cfpy writes (a ``.js``/``.mjs``
path inside the project) or, in Cloudflare's Python layout, the entry module itself
(``main = "src/entry.py"``: the bundle then goes to ``build/worker.js``). The entry is
``--entry``, else ``[tool.cfpy] entry`` in ``pyproject.toml``, else a ``.py`` main, else
``src/worker.py``. Invalid configuration is reported naming the file, the key and the
problem (codes CF3xx), before anything is written: a build never writes over a source
or config file, nor outside the project.
"""

from __future__ import annotations

import datetime
import errno
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Logger, Span
from ..workers_surface import BINDING_KINDS, ConfigKey

CONFIG_NAMES = ("wrangler.toml", "wrangler.jsonc", "wrangler.json")
DEFAULT_ENTRY = "src/worker.py"
# Where the bundle goes when ``main`` names the entry module (Cloudflare's Python layout).
PY_MAIN_BUNDLE = "build/worker.js"
# Cloudflare's flag for Pyodide workers: cfpy compiles the Python to JavaScript, so the
# flag is dropped from what runs (cfpy dev, cfpy deploy).
PYTHON_WORKERS_FLAG = "python_workers"
BUNDLE_SUFFIXES = (".js", ".mjs")


@dataclass
class DurableObjectBinding:
    name: str
    class_name: str


@dataclass
class ProjectConfig:
    root: Path
    config_path: Path
    main: Path  # absolute path of the bundle
    entry: Path  # absolute path of the entry .py module
    main_entry: Path | None = None  # the entry module when ``main`` is a .py file
    name: str = "worker"
    compatibility_date: str = "2025-01-01"
    compatibility_flags: list[str] = field(default_factory=list)
    kv_namespaces: list[str] = field(default_factory=list)
    durable_objects: list[DurableObjectBinding] = field(default_factory=list)
    vars: dict[str, object] = field(
        default_factory=dict
    )  # TOML/JSON values, as wrangler passes them
    migrated_classes: set[str] = field(default_factory=set)
    sqlite_classes: set[str] = field(default_factory=set)
    # every binding name -> its kind (workers_surface.BINDING_KINDS), vars included
    bindings: dict[str, str] = field(default_factory=dict)
    # kind -> the config's tables declaring bindings of it (for the dev server)
    binding_tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # [[queues.consumers]] tables
    queue_consumers: list[dict[str, Any]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def src_root(self) -> Path:
        return self.entry.parent

    @property
    def state_dir(self) -> Path:
        """Local dev state (KV, D1, R2, Durable Objects, cache) where wrangler keeps it,
        so `wrangler d1 execute --local` and `wrangler kv key put --local` act on the
        data `cfpy dev` serves."""
        return self.root / ".wrangler" / "state" / "v3"

    @property
    def build_dir(self) -> Path:
        return self.root / ".cfpy" / "build"


class ConfigError(Exception):
    """Raised internally while validating; converted into one CF3xx diagnostic. ``line``
    and ``col`` (1-based) locate a syntax error inside the file when the parser says where."""

    def __init__(self, key: str, problem: str, line: int | None = None, col: int = 1) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem
        self.line = line
        self.col = col

    def span(self) -> Span | None:
        if self.line is None:
            return None
        return Span(self.line, self.col - 1, self.line, self.col)


@dataclass(frozen=True)
class EntryChoice:
    """The entry module and who chose it: the default, `--entry`, or `[tool.cfpy] entry`."""

    path: Path
    origin: str  # "default" | "--entry" | "pyproject" | "main"


def find_config(root: Path) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = root / name
        if candidate.is_file():
            return candidate
    return None


def load_project(
    root: Path, logger: Logger, entry_override: str | None = None
) -> ProjectConfig | None:
    root = root.resolve()
    config_path = find_config(root)
    if config_path is None:
        logger.error(
            "CF300",
            f"no wrangler.toml, wrangler.jsonc or wrangler.json in {root}",
            hint='create one with `cfpy init`, or add wrangler.toml with main = "build/worker.js"',
        )
        return None
    try:
        raw = _read_config(config_path)
        config = _validate(root, config_path, raw)
        entry = _entry_choice(root, entry_override, config.main_entry)
    except ConfigError as err:
        file = config_path if not err.key.startswith("tool.cfpy") else root / "pyproject.toml"
        span = err.span() or _key_span(file, err.key)
        logger.error(
            "CF301",
            f"invalid configuration: key `{err.key}`: {err.problem}",
            file=file,
            span=span,
            source=file.read_text(encoding="utf-8", errors="replace") if span else None,
        )
        return None
    config.entry = entry.path
    if not entry.path.is_file():
        _report_missing_entry(root, config_path, entry, logger)
        return None
    return config


def _report_missing_entry(
    root: Path, config_path: Path, entry: EntryChoice, logger: Logger
) -> None:
    shown = entry.path.relative_to(root) if entry.path.is_relative_to(root) else entry.path
    if entry.origin == "pyproject":
        file, hint = (
            root / "pyproject.toml",
            f"create {shown}, or change entry under [tool.cfpy] in pyproject.toml",
        )
    elif entry.origin == "--entry":
        file, hint = None, f"create {shown}, or pass the path of an existing module to --entry"
    elif entry.origin == "main":
        file, hint = config_path, f"create {shown}, or set main to the entry module's path"
    else:
        file, hint = (
            config_path,
            f'create {shown}, or set entry = "..." under [tool.cfpy] in pyproject.toml',
        )
    problem = "does not exist"
    if _is_link_loop(entry.path):
        problem = "is a symbolic link loop"
        hint = f"replace the link {shown} by the module file (or a link that reaches one)"
    logger.error("CF201", f"entry module {shown} {problem}", file=file, hint=hint)


def _is_link_loop(path: Path) -> bool:
    """A symlink that never reaches a file (``src/worker.py`` -> itself)."""
    try:
        path.stat()
    except OSError as err:
        return err.errno == errno.ELOOP
    return False


def _resolved(path: Path) -> Path:
    """``path.resolve()``, or the absolute path when a symlink loop stops resolving (the
    entry check then reports it)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # 3.11 raises RuntimeError("Symlink loop from ...")
        return path.absolute()


def _read_config(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".toml":
            return tomllib.loads(text)
        return json.loads(_strip_jsonc(text))
    except tomllib.TOMLDecodeError as err:
        message, line, col = _toml_error_position(str(err))
        raise ConfigError("(file)", f"not valid TOML: {message}", line, col) from None
    except json.JSONDecodeError as err:
        raise ConfigError("(file)", f"not valid JSON: {err.msg}", err.lineno, err.colno) from None


# tomllib (3.11) puts the position only into the message: "... (at line 3, column 7)"
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _toml_error_position(message: str) -> tuple[str, int | None, int]:
    match = _TOML_POSITION.search(message)
    if match is None:
        return message, None, 1
    return message[: match.start()], int(match.group(1)), int(match.group(2))


def _strip_jsonc(text: str) -> str:
    """Blank out // and /* */ comments and trailing commas, leaving strings intact. Each
    removed character becomes a space (newlines stay), so JSON error positions are the
    file's own lines and columns."""
    out: list[str] = []
    commas: list[int] = []  # indexes in `out` of commas outside strings
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == ",":
            commas.append(len(out))
            out.append(ch)
            i += 1
        elif ch == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            out.append(" " * (end - i))
            i = end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append(re.sub(r"[^\n]", " ", text[i:end]))
            i = end
        else:
            out.append(ch)
            i += 1
    for index in commas:
        if _next_significant(out, index + 1) in ("}", "]"):
            out[index] = " "
    return "".join(out)


def _next_significant(pieces: list[str], start: int) -> str:
    """The first non-blank character in pieces[start:] ("" at the end)."""
    for piece in pieces[start:]:
        stripped = piece.lstrip()
        if stripped:
            return stripped[0]
    return ""


def _expect(value: Any, kind: type | tuple[type, ...], key: str, what: str) -> Any:
    if not isinstance(value, kind):
        raise ConfigError(key, f"expected {what}, found {type(value).__name__} {value!r}")
    return value


def _validate(root: Path, path: Path, raw: dict[str, Any]) -> ProjectConfig:
    main = raw.get("main")
    if main is None:
        raise ConfigError("main", 'missing; set main = "build/worker.js" (the bundle cfpy writes)')
    _expect(main, str, "main", "a string path")
    bundle, main_entry = main_paths(root, main)
    _check_build_dir(root)
    config = ProjectConfig(
        root=root, config_path=path, main=bundle, entry=root, main_entry=main_entry
    )
    config.raw = raw
    config.name = _expect(raw.get("name", "worker"), str, "name", "a string")
    flags = _expect(raw.get("compatibility_flags", []), list, "compatibility_flags", "a list")
    config.compatibility_flags = [
        _expect(f, str, f"compatibility_flags[{i}]", "a string")
        for i, f in enumerate(flags)
        if f != PYTHON_WORKERS_FLAG
    ]
    kvs = _expect(raw.get("kv_namespaces", []), list, "kv_namespaces", "an array of tables")
    for i, kv in enumerate(kvs):
        _expect(kv, dict, f"kv_namespaces[{i}]", "a table")
        config.kv_namespaces.append(
            _expect(kv.get("binding"), str, f"kv_namespaces[{i}].binding", "a string")
        )
    dos = _expect(raw.get("durable_objects", {}), dict, "durable_objects", "a table")
    bindings = _expect(dos.get("bindings", []), list, "durable_objects.bindings", "an array")
    for i, b in enumerate(bindings):
        key = f"durable_objects.bindings[{i}]"
        _expect(b, dict, key, "a table")
        config.durable_objects.append(
            DurableObjectBinding(
                _expect(b.get("name"), str, f"{key}.name", "a string"),
                _expect(b.get("class_name"), str, f"{key}.class_name", "a string"),
            )
        )
    variables = _expect(raw.get("vars", {}), dict, "vars", "a table")
    config.vars.update(variables)
    migrations = _expect(raw.get("migrations", []), list, "migrations", "an array of tables")
    for i, mig in enumerate(migrations):
        _expect(mig, dict, f"migrations[{i}]", "a table")
        for field_name in ("new_classes", "new_sqlite_classes"):
            classes = _expect(
                mig.get(field_name, []), list, f"migrations[{i}].{field_name}", "an array"
            )
            config.migrated_classes.update(c for c in classes if isinstance(c, str))
            if field_name == "new_sqlite_classes":
                config.sqlite_classes.update(c for c in classes if isinstance(c, str))
    config.compatibility_date = compatibility_date(raw)
    _read_bindings(config, raw)
    return config


def _read_bindings(config: ProjectConfig, raw: dict[str, Any]) -> None:
    """Every binding the config declares, for each kind of the surface table."""
    for kind in BINDING_KINDS:
        for key in kind.config:
            if kind.kind == "var":
                config.bindings.update(dict.fromkeys(config.vars, "var"))
                continue
            for name, table in _binding_tables(raw, key):
                config.bindings[name] = kind.kind
                config.binding_tables.setdefault(kind.kind, []).append(table)
    queues = raw.get("queues", {})
    consumers = queues.get("consumers", []) if isinstance(queues, dict) else []
    for i, table in enumerate(_expect(consumers, list, "queues.consumers", "an array of tables")):
        _expect(table, dict, f"queues.consumers[{i}]", "a table")
        _expect(table.get("queue"), str, f"queues.consumers[{i}].queue", "a string")
        config.queue_consumers.append(table)


def _binding_tables(raw: dict[str, Any], key: ConfigKey) -> list[tuple[str, dict[str, Any]]]:
    """(binding name, table) of each binding declared under ``key``."""
    value: Any = raw
    for part in key.key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return []
    if key.single:
        tables = [_expect(value, dict, key.key, "a table")]
        where = [key.key]
    else:
        tables = _expect(value, list, key.key, "an array of tables")
        where = [f"{key.key}[{i}]" for i in range(len(tables))]
    found = []
    for table, at in zip(tables, where, strict=True):
        _expect(table, dict, at, "a table")
        if key.single and key.name_field not in table:
            continue  # `[assets]` serves files; only with a `binding` is it also an env member
        name = _expect(table.get(key.name_field), str, f"{at}.{key.name_field}", "a string")
        found.append((name, table))
    return found


COMPATIBILITY_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def compatibility_date(raw: dict[str, Any]) -> str:
    """``compatibility_date`` as wrangler checks it: present, a quoted ``YYYY-MM-DD`` that
    is a real date, and not after today (UTC; Cloudflare refuses dates in the future)."""
    key = "compatibility_date"
    value = raw.get(key)
    today = datetime.datetime.now(datetime.UTC).date()
    if value is None:
        raise ConfigError(
            key,
            'missing; wrangler requires it: add compatibility_date = "YYYY-MM-DD" '
            "(the date of the runtime behaviour to run with; today's date for a new worker)",
        )
    if isinstance(value, datetime.date):
        # TOML reads an unquoted 2024-01-01 as a date; wrangler wants the string.
        raise ConfigError(
            key, f'an unquoted TOML date; quote it: compatibility_date = "{value.isoformat()[:10]}"'
        )
    if not isinstance(value, str):
        raise ConfigError(key, f'expected a date string "YYYY-MM-DD", found {value!r}')
    try:
        if not COMPATIBILITY_DATE.fullmatch(value):
            raise ValueError
        date = datetime.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(key, f'"{value}" is not a date: write "YYYY-MM-DD"') from None
    if date > today:
        raise ConfigError(
            key, f'"{value}" is in the future; Cloudflare accepts today\'s date or earlier'
        )
    return value


def main_paths(root: Path, main: str) -> tuple[Path, Path | None]:
    """(bundle path, entry module or None) for the config's ``main``; ConfigError for a
    ``main`` cfpy must not write to: anything but a ``.js``/``.mjs`` file inside the
    project (a source, the config, a folder, a path outside the project, a file cfpy
    did not write). ``root`` is resolved."""
    if not main.strip():
        raise ConfigError("main", 'is empty; set main = "build/worker.js" (the bundle cfpy writes)')
    target = _inside_project(root, main)
    if target.suffix == ".py":
        # the bundle goes to build/worker.js: checked like any `main` (it may be a link)
        return _bundle_target(root, PY_MAIN_BUNDLE, _inside_project(root, PY_MAIN_BUNDLE)), target
    return _bundle_target(root, main, target), None


def _bundle_target(root: Path, main: str, target: Path) -> Path:
    """``target`` (``main`` resolved) if the bundle may be written there."""
    leads = "" if target == root / main else f" (it leads to {target.relative_to(root)})"
    if target.suffix not in BUNDLE_SUFFIXES:
        raise ConfigError(
            "main",
            f"{main!r}{leads} is not a .js or .mjs file: cfpy writes the bundle to `main`, and "
            'would overwrite it; set main = "build/worker.js" (or the entry module\'s .py path)',
        )
    if target.is_dir():
        raise ConfigError("main", f'{main!r}{leads} is a folder; set main = "build/worker.js"')
    blocking = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:  # e.g. `build` a link to a source file
        raise ConfigError(
            "main", f"{main!r} leads into {blocking.relative_to(root)}, which is not a folder"
        )
    if target.exists() and not _written_by_cfpy(target):
        raise ConfigError(
            "main",
            f"{main!r}{leads} exists and was not written by cfpy; the build would overwrite it "
            '(delete it, or set main = "build/worker.js")',
        )
    return target


def _inside_project(root: Path, main: str) -> Path:
    """``root / main`` with links followed, refused unless it stays inside the project."""
    try:
        target = (root / main).resolve()
    except (OSError, RuntimeError) as err:  # a symlink loop
        raise ConfigError("main", f"{main!r} cannot be resolved: {err}") from None
    if target == root or not target.is_relative_to(root):
        raise ConfigError(
            "main",
            f"{main!r} is outside the project folder {root}; cfpy writes only inside the "
            'project (set main = "build/worker.js")',
        )
    return target


def _check_build_dir(root: Path) -> None:
    """``.cfpy`` (build output, cache, dev state) must not lead outside the project
    (a checkout could ship it as a link), and must be a folder if it exists."""
    folder = root / ".cfpy"
    if (folder.exists() or folder.is_symlink()) and not folder.is_dir():
        raise ConfigError(
            "(project)", ".cfpy is not a folder; cfpy writes its build there: remove it"
        )
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError) as err:
        raise ConfigError("(project)", f".cfpy cannot be resolved: {err}") from None
    if not resolved.is_relative_to(root) or resolved == root:
        raise ConfigError(
            "(project)",
            f".cfpy leads outside the project (to {resolved}); cfpy writes its build "
            "there: remove the link",
        )


# The tail every bundle cfpy writes with a source map ends with (transpiler/bundle), and
# the banner of one written without.
_CFPY_MAP_COMMENT = re.compile(rb"//# sourceMappingURL=[^\s/]+\.[0-9a-f]{16}\.map\s*$")
CFPY_BANNER = "// bundled by cfpy"


def _written_by_cfpy(path: Path) -> bool:
    """Does ``path`` look like a bundle an earlier cfpy build wrote (its banner, or its
    content-named source map comment)?"""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(CFPY_BANNER))
            handle.seek(0, 2)
            handle.seek(max(0, handle.tell() - 512))
            tail = handle.read()
    except OSError:
        return False
    return head == CFPY_BANNER.encode() or _CFPY_MAP_COMMENT.search(tail) is not None


def _key_span(file: Path, key: str) -> Span | None:
    """Where top-level ``key`` is set in a TOML or JSON config (its first line), if found."""
    if not key.isidentifier():
        return None
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf'^\s*(?:{key}\s*=|"{key}"\s*:)')
    for number, text in enumerate(lines, start=1):
        found = pattern.match(text)
        if found:
            col = len(text) - len(text.lstrip())
            return Span(number, col, number, len(text.rstrip()))
    return None


def _entry_choice(root: Path, override: str | None, main_entry: Path | None = None) -> EntryChoice:
    if override:
        return EntryChoice(_resolved(root / override), "--entry")
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as err:
            raise ConfigError("tool.cfpy", f"pyproject.toml is not valid TOML: {err}") from None
        entry = data.get("tool", {}).get("cfpy", {}).get("entry")
        if entry is not None:
            path = root / _expect(entry, str, "tool.cfpy.entry", "a string path")
            return EntryChoice(_resolved(path), "pyproject")
    if main_entry is not None:
        return EntryChoice(main_entry, "main")
    return EntryChoice(_resolved(root / DEFAULT_ENTRY), "default")


def dev_vars(path: Path) -> dict[str, object]:
    """Local secrets from `.dev.vars` (KEY=value lines, as wrangler reads them)."""
    if not path.is_file():
        return {}
    found: dict[str, object] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        found[key.strip()] = value
    return found
