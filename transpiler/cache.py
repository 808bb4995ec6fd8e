"""Build cache: a stamp that lets a rebuild with unchanged inputs skip compile and esbuild,
and a per-module cache of compiled JS keyed by everything that affects that output.

Only light standard-library imports here: ``cfpy build`` checks the stamp before it
imports the compiler (libcst, jinja2), so a rebuild with nothing changed costs little more
than the interpreter start.

Stamp (``.cfpy/build/stamp.json``): the fingerprint of every input of the last clean
build -- the compiler and runtime (a hash of their files), the build options, the
project's config files, every source module that was compiled, every path whose absence
decided an import, the esbuild binary -- plus hashes of the bundle and map it wrote. The
build is up to date only if all of them still match, so a bundle replaced by a concurrent
build or edited by hand is rebuilt. A build that logged any diagnostic writes no stamp
(warnings are shown again on every build).

Module cache (``.cfpy/build/cache/``): per module version (source text + compiler), its
index entry, method and attribute names and other source-only facts; and the JS and
source map of one module, keyed by the compiler fingerprint, the module's name, source
text and paths, and the index entries (signatures, result types) of the modules it
imports. Entries not used by the last build are removed.

Every cache file is JSON and is checked when read: the cache lives in the project folder,
so a checkout can ship a planted one. A file that does not have the expected shape is a
miss (the module is compiled again); nothing read from the cache is ever executed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any

from . import __version__, runtime_shim

STAMP_NAME = "stamp.json"
CACHE_DIR = "cache"
CONFIG_FILES = ("wrangler.toml", "wrangler.jsonc", "wrangler.json", "pyproject.toml", ".dev.vars")
_COMPILER_SUFFIXES = {".py", ".js", ".mjs", ".j2", ".json"}

_fingerprint: str | None = None


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str | None:
    try:
        return sha256_bytes(path.read_bytes())
    except OSError:
        return None


def _compiler_roots() -> list[Path]:
    from . import templates

    return [
        Path(__file__).parent,
        Path(templates.__file__).parent,
        Path(runtime_shim.__file__).parent,
    ]


def compiler_fingerprint() -> str:
    """Hash of the compiler version and of the name, size and modification time of every
    file of the compiler, the templates and the JS runtime (computed once per process;
    stat, not content, keeps a rebuild with nothing changed fast)."""
    global _fingerprint
    if _fingerprint is None:
        digest = hashlib.sha256(f"cfpy {__version__}\n".encode())
        for root in _compiler_roots():
            lines = sorted(_compiler_files(str(root), root.name))
            digest.update("".join(lines).encode())
        _fingerprint = digest.hexdigest()
    return _fingerprint


def _compiler_files(folder: str, rel: str) -> Iterable[str]:
    """``"rel/path size mtime_ns\n"`` for every compiler file under ``folder`` (links
    followed). Plain strings and ``os.scandir``: this runs on every ``cfpy build``, and
    pathlib objects for a few hundred files cost about as much as the rest of a rebuild
    with nothing changed."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                if entry.name not in ("__pycache__", "node_modules"):
                    yield from _compiler_files(entry.path, f"{rel}/{entry.name}")
            elif os.path.splitext(entry.name)[1] in _COMPILER_SUFFIXES:
                st = entry.stat()
                yield f"{rel}/{entry.name} {st.st_size} {st.st_mtime_ns}\n"


def canonical(value: object) -> object:
    """A JSON-able form of index data that does not depend on set or dict order."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return [[str(k), canonical(v)] for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))]
    if isinstance(value, (set, frozenset)):
        return sorted(canonical(v) for v in value)  # type: ignore[type-var]
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return value


def digest_of(value: object) -> str:
    return sha256_bytes(json.dumps(canonical(value), sort_keys=True).encode())


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a unique temp file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


# -- stamp -----------------------------------------------------------------------------


@dataclass
class BuildInputs:
    """What one build read, recorded while it runs."""

    options: dict[str, object]
    sources: dict[str, str] = field(default_factory=dict)  # path -> sha256
    absent: set[str] = field(default_factory=set)  # paths that must not exist
    esbuild: str | None = None
    modules: int = 0

    def add_source(self, path: Path, text: str) -> None:
        self.sources[str(path)] = sha256_bytes(text.encode("utf-8"))

    def add_absent(self, path: Path) -> None:
        self.absent.add(str(path))


def interpreter_tag() -> str:
    """The interpreter whose standard library a build compiles (names.COMPILED_STDLIB)."""
    return f"{sys.implementation.name} {sys.version}"


def build_options(
    root: Path, entry: Path, main: Path, minify: bool, sourcemap: bool
) -> dict[str, object]:
    from .toolchain import toolchain_dir

    return {
        "compiler": compiler_fingerprint(),
        "root": str(root.resolve()),
        "entry": str(entry.resolve()),
        "main": str(main.resolve()),
        "minify": minify,
        "sourcemap": sourcemap,
        "config": {name: file_hash(root / name) for name in CONFIG_FILES},
        "toolchain": str(toolchain_dir()),  # where esbuild comes from (CFPY_HOME)
        # whose standard library the compiled-stdlib modules come from (their files are
        # recorded as sources like the project's)
        "python": interpreter_tag(),
    }


def _outputs(main: Path, sourcemap: bool) -> dict[str, str | None]:
    out = {"bundle": file_hash(main)}
    if sourcemap:
        from .bundle import map_path

        # the map is named by content; the bundle's sourceMappingURL comment names it
        smap = map_path(main) if main.is_file() else None
        out["map"] = file_hash(smap) if smap is not None else None
    return out


def write_stamp(build_dir: Path, inputs: BuildInputs, main: Path, sourcemap: bool) -> None:
    data = {
        "options": inputs.options,
        "sources": inputs.sources,
        "absent": sorted(inputs.absent),
        "esbuild": inputs.esbuild,
        "modules": inputs.modules,
        "outputs": _outputs(main, sourcemap),
    }
    atomic_write(build_dir / STAMP_NAME, json.dumps(data, sort_keys=True).encode())


def remove_stamp(build_dir: Path) -> None:
    (build_dir / STAMP_NAME).unlink(missing_ok=True)


def up_to_date(build_dir: Path, options: dict[str, object], main: Path) -> int | None:
    """The module count of the last build if its stamp still matches every input and
    output, else None."""
    try:
        data = json.loads((build_dir / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("options") != options:
        return None
    esbuild = data.get("esbuild")
    if not isinstance(esbuild, str) or not os.path.isfile(esbuild):
        return None
    for path, digest in data.get("sources", {}).items():
        if file_hash(Path(path)) != digest:
            return None
    if any(os.path.exists(path) for path in data.get("absent", [])):
        return None
    if data.get("outputs") != _outputs(main, bool(options.get("sourcemap"))):
        return None
    modules = data.get("modules")
    return modules if isinstance(modules, int) else None


# -- module cache ----------------------------------------------------------------------


class ModuleCache:
    """Compiled modules under ``build_dir/cache``, keyed by :func:`module_key`."""

    def __init__(self, build_dir: Path) -> None:
        self.dir = build_dir / CACHE_DIR
        self.used: set[str] = set()

    def get(self, key: str) -> tuple[str, str] | None:
        self.used.add(key)
        try:
            data = json.loads((self.dir / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if isinstance(data, list) and len(data) == 2 and all(isinstance(x, str) for x in data):
            return data[0], data[1]
        return None

    def put(self, key: str, code: str, smap: str) -> None:
        self.used.add(key)
        try:
            atomic_write(self.dir / f"{key}.json", json.dumps([code, smap]).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time

    def get_facts(self, source: str) -> tuple[Any, frozenset[str], frozenset[str]] | None:
        """A module's index, method names and attribute names, cached by its source text."""
        from .analyze.index import module_index_from_json

        data = self._read_json(self._facts_key(source))
        try:
            return (
                module_index_from_json(data["index"]),
                frozenset(strings(data["methods"])),
                frozenset(strings(data["attributes"])),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def put_facts(
        self, source: str, facts: tuple[Any, frozenset[str], frozenset[str]]
    ) -> None:
        from .analyze.index import module_index_to_json

        index, methods, attributes = facts
        data = {
            "index": module_index_to_json(index),
            "methods": sorted(methods),
            "attributes": sorted(attributes),
        }
        self._write_json(self._facts_key(source), data)

    @staticmethod
    def _facts_key(source: str, kind: str = "facts") -> str:
        return digest_of(
            {
                "compiler": compiler_fingerprint(),
                "python": sys.version,  # CPython's parser checks the syntax
                kind: sha256_bytes(source.encode()),
            }
        )

    def get_source_fact(self, kind: str, source: str, check: Callable[[Any], Any]) -> Any | None:
        """A fact of ``kind`` that depends on a module's source text only (the local
        imports of a module that parses, the binding names it looks up ...), as
        ``check`` returns it from the stored JSON; None when missing or when ``check``
        raises ValueError/TypeError/KeyError (a file this cache did not write)."""
        data = self._read_json(self._facts_key(source, kind))
        if data is None:
            return None
        try:
            return check(data)
        except (ValueError, KeyError, TypeError):
            return None

    def put_source_fact(self, kind: str, source: str, value: Any) -> None:
        self._write_json(self._facts_key(source, kind), value)

    def _read_json(self, key: str) -> Any | None:
        self.used.add(key)
        try:
            return json.loads((self.dir / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _write_json(self, key: str, value: Any) -> None:
        self.used.add(key)
        try:
            atomic_write(self.dir / f"{key}.json", json.dumps(value).encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time

    def prune(self) -> None:
        """Remove entries the last build did not use."""
        try:
            # (.pickle: files of cfpy versions before the cache became JSON)
            entries = [p for p in self.dir.iterdir() if p.suffix in (".json", ".pickle")]
        except OSError:
            return
        for entry in entries:
            if entry.stem not in self.used:
                entry.unlink(missing_ok=True)


def strings(value: Any) -> list[str]:
    """``value`` if it is a JSON list of strings, else ValueError (a cache check)."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return value


def module_key(
    *,
    name: str,
    source: str,
    js_path: str,
    source_name: str,
    is_main: bool,
    context: object,
) -> str:
    """Cache key of one compiled module: the compiler, the module itself and ``context``
    (the index data of the modules it imports and the project's method names)."""
    return digest_of(
        {
            "compiler": compiler_fingerprint(),
            "name": name,
            "source": sha256_bytes(source.encode("utf-8")),
            "js_path": js_path,
            "source_name": source_name,
            "is_main": is_main,
            "context": context,
        }
    )
