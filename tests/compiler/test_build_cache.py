"""The build cache (transpiler/cache.py) and what the generated entry pulls into a bundle.

An incremental build must produce exactly what a clean build of the same sources
produces; the cache only decides how much work that takes (counted here by the number
of modules lowered, never by timing)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import transpiler
from transpiler import cache, pipeline
from transpiler.bundle import map_path
from transpiler.diagnostics import Logger
from transpiler.project import load_project

ROOT = Path(__file__).resolve().parents[2]

WRANGLER = 'name = "cache-test"\nmain = "build/worker.js"\ncompatibility_date = "2025-01-01"\n'
LIB = "def scale(x: int, factor: int = 2) -> int:\n    return x * factor\n"
OTHER = "GREETING = 'hi'\n"
WORKER = """\
from cloudflare_workers import CloudflareWorkers, Response

import lib
import other


async def fetch(request, env, ctx):
    return Response(other.GREETING + str(lib.scale(3, factor=5)))


CloudflareWorkers(fetch=fetch)
"""


def write_project(root: Path) -> Path:
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(WRANGLER)
    (root / "src" / "lib.py").write_text(LIB)
    (root / "src" / "other.py").write_text(OTHER)
    (root / "src" / "worker.py").write_text(WORKER)
    return root


@pytest.fixture
def lowered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the modules each build lowers (cache misses)."""
    names: list[str] = []
    real = pipeline._compile_module

    def counting(parsed, *args, **kwargs):  # type: ignore[no-untyped-def]
        names.append(parsed.name)
        return real(parsed, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_compile_module", counting)
    return names


def build(root: Path) -> pipeline.CompiledProject:
    logger = Logger()
    config = load_project(root, logger, None)
    assert config is not None
    result = pipeline.build_project(config, logger)
    assert result is not None, [d.render() for d in logger.diagnostics]
    return result


def outputs(root: Path) -> dict[str, bytes]:
    bundle = root / "build" / "worker.js"
    smap = map_path(bundle)
    assert smap is not None, "the bundle names its source map"
    files = [bundle, smap]
    files += sorted((root / ".cfpy" / "build" / "modules").rglob("*.js"))
    return {str(f.relative_to(root)): f.read_bytes() for f in files}


def clean_build_outputs(root: Path, tmp_path: Path) -> dict[str, bytes]:
    """What a build from nothing makes of ``root``'s current sources (same path, so the
    source maps' relative paths agree)."""
    saved = tmp_path / "saved-state"
    shutil.move(root / ".cfpy", saved)
    try:
        build(root)
        return outputs(root)
    finally:
        shutil.rmtree(root / ".cfpy")
        shutil.move(saved, root / ".cfpy")


def test_nothing_changed_rebuild_skips_everything_and_keeps_bytes(
    tmp_path: Path, lowered: list[str]
) -> None:
    root = write_project(tmp_path / "p")
    first = build(root)
    assert not first.cached and sorted(lowered) == ["lib", "other", "worker"]
    before = outputs(root)
    again = build(root)
    assert again.cached and again.module_count == 3
    assert sorted(lowered) == ["lib", "other", "worker"]  # nothing lowered the 2nd time
    assert outputs(root) == before


def test_body_edit_recompiles_only_that_module(tmp_path: Path, lowered: list[str]) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    lowered.clear()
    (root / "src" / "other.py").write_text("GREETING = 'hello'\n")
    result = build(root)
    assert not result.cached and lowered == ["other"]
    assert "hello" in (root / "build" / "worker.js").read_text()
    assert outputs(root) == clean_build_outputs(root, tmp_path)


def test_signature_edit_recompiles_dependants(tmp_path: Path, lowered: list[str]) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    worker_js = root / ".cfpy" / "build" / "modules" / "worker.js"
    before = worker_js.read_text()
    lowered.clear()
    # `factor` moves: the call `lib.scale(3, factor=5)` is laid out at compile time
    (root / "src" / "lib.py").write_text(
        "def scale(x: int, offset: int = 0, factor: int = 2) -> int:\n"
        "    return x * factor + offset\n"
    )
    build(root)
    assert "worker" in lowered and "lib" in lowered
    assert worker_js.read_text() != before
    assert outputs(root) == clean_build_outputs(root, tmp_path)


def test_compiler_version_change_invalidates(
    tmp_path: Path, lowered: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    lowered.clear()
    monkeypatch.setattr(transpiler, "__version__", transpiler.__version__ + ".post1")
    monkeypatch.setattr(cache, "_fingerprint", None)
    result = build(root)
    assert not result.cached and sorted(lowered) == ["lib", "other", "worker"]
    monkeypatch.setattr(cache, "_fingerprint", None)


def test_changed_or_removed_output_is_rebuilt(tmp_path: Path, lowered: list[str]) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    before = outputs(root)
    bundle = root / "build" / "worker.js"
    bundle.write_text("// replaced by hand\n")
    assert not build(root).cached
    assert outputs(root) == before
    bundle.unlink()
    assert not build(root).cached
    assert outputs(root) == before


def test_new_module_file_shadowing_an_import_is_noticed(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    (root / "src" / "worker.py").write_text("import json\n" + WORKER)
    build(root)
    # json was the stdlib module; a local json.py now takes its place
    (root / "src" / "json.py").write_text("X = 1\n")
    result = build(root)
    assert not result.cached and result.module_count == 4


def test_config_change_is_noticed(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    with (root / "wrangler.toml").open("a") as f:
        f.write('kv_namespaces = [{ binding = "KV", id = "0" }]\n')
    assert not build(root).cached
    assert "KVNamespace" in (root / "build" / "worker.js").read_text()


# -- what the generated entry pulls into a bundle ------------------------------------------


def built_bundle(source: Path, tmp_path: Path) -> str:
    root = tmp_path / source.name
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".cfpy", "build"))
    build(root)
    return (root / "build" / "worker.js").read_text()


def test_hello_bundle_has_no_kv_do_or_datetime_shim(tmp_path: Path) -> None:
    text = built_bundle(ROOT / "bench" / "projects" / "hello", tmp_path)
    assert "Hello World!" in text
    for symbol in (
        "KVNamespace",  # workers/kv.js
        "DurableObjectNamespace",  # workers/durable_object.js
        "DurableObjectState",
        "fromisoformat",  # stdlib/datetime.js (via workers/values.js)
        "ScheduledEvent",  # handlers the worker does not register
        "MessageBatch",
        "EmailMessage",
    ):
        assert symbol not in text, symbol


def test_bundles_keep_the_shim_their_config_and_handlers_need(tmp_path: Path) -> None:
    views = built_bundle(ROOT / "examples" / "views", tmp_path)  # a Durable Object binding
    assert "DurableObjectNamespace" in views and "DurableObjectState" in views
    assert "KVNamespace" not in views
    shortener = built_bundle(ROOT / "examples" / "shortener", tmp_path)  # a KV binding
    assert "KVNamespace" in shortener and "DurableObjectNamespace" not in shortener
