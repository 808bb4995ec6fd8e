"""The build cache (transpiler/cache.py) and what the generated entry pulls into a bundle.

An incremental build must produce exactly what a clean build of the same sources
produces; the cache only decides how much work that takes (counted here by the number
of modules lowered, never by timing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cfpy_workers import cache, pipeline
from cfpy_workers.bundle import map_path
from cfpy_workers.diagnostics import Logger
from cfpy_workers.project import load_project
from support.project import build_in_process as build

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
    monkeypatch.setattr(cache, "__version__", cache.__version__ + ".post1")
    monkeypatch.setattr(cache, "_fingerprint", None)
    result = build(root)
    assert not result.cached and sorted(lowered) == ["lib", "other", "worker"]
    monkeypatch.setattr(cache, "_fingerprint", None)


def test_changed_or_removed_output_is_rebuilt(tmp_path: Path, lowered: list[str]) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    before = outputs(root)
    bundle = root / "build" / "worker.js"
    bundle.write_text(bundle.read_text().replace("hi", "edited by hand"))
    assert not build(root).cached
    assert outputs(root) == before
    # A file cfpy did not write is never overwritten (transpiler/project main_paths).
    bundle.write_text("// replaced by hand\n")
    logger = Logger()
    assert load_project(root, logger, None) is None
    assert "was not written by cfpy" in logger.errors[0].message
    assert bundle.read_text() == "// replaced by hand\n"
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


def test_edit_rebuild_parses_only_the_edited_module_and_the_entry(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    build(root)
    (root / "src" / "other.py").write_text("GREETING = 'hello'\n")
    result = build(root)
    # lib.py is unchanged and its compiled module cached: its tree is never built
    parsed = {name: m._module is not None for name, m in result.modules.items()}
    assert parsed == {"lib": False, "other": True, "worker": True}
    assert result.modules["lib"].module.body  # still there on demand
    assert outputs(root) == clean_build_outputs(root, tmp_path)


def test_cached_module_is_checked_against_a_changed_config(tmp_path: Path) -> None:
    root = write_project(tmp_path / "p")
    (root / "src" / "other.py").write_text(
        "GREETING = 'hi'\n\n\ndef store(env):\n    return env.get_kv_namespace('KV')\n"
    )
    wrangler = root / "wrangler.toml"
    wrangler.write_text(WRANGLER + 'kv_namespaces = [{ binding = "KV", id = "0" }]\n')
    build(root)
    wrangler.write_text(WRANGLER)  # the binding other.py names is gone; other.py is not
    logger = Logger()
    config = load_project(root, logger, None)
    assert config is not None
    assert pipeline.build_project(config, logger) is None
    assert [d.code for d in logger.diagnostics] == ["CF320"]
    assert logger.diagnostics[0].span is not None


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


def runtime_files(root: Path) -> set[str]:
    """The runtime files that contribute code to ``root``'s bundle (esbuild metafile of
    the entry the last build generated; the same command the build runs)."""
    from cfpy_workers.bundle import _runtime_inputs, esbuild_command, link_runtime
    from cfpy_workers.toolchain import ensure_toolchain

    build_dir = root / ".cfpy" / "build"
    toolchain = ensure_toolchain(Logger())
    assert toolchain is not None
    out = build_dir / "meta-test.js"
    meta = build_dir / "meta-test.json"
    runtime = link_runtime(build_dir, pipeline.RUNTIME_DIR)
    cmd = esbuild_command(toolchain, build_dir / "entry.js", out, runtime.absolute(), False, True)
    subprocess.run(cmd + [f"--metafile={meta}"], cwd=build_dir, check=True, capture_output=True)
    try:
        return _runtime_inputs(meta)
    finally:
        out.unlink()
        meta.unlink()


# Runtime files a worker that never uses them must not carry (issue #6).
HEAVY = {
    "builtins/dict.js",
    "builtins/hashing.js",
    "builtins/bytes.js",
    "stdlib/json.js",
    "stdlib/datetime.js",
    # f-strings without a format spec (views' f"...{views}...") need no format machinery
    "builtins/format.js",
}


def test_hello_bundle_has_no_dict_hashing_json_or_call_machinery(tmp_path: Path) -> None:
    text = built_bundle(ROOT / "bench" / "projects" / "hello", tmp_path)
    files = runtime_files(tmp_path / "hello")
    assert not files & HEAVY, files & HEAVY
    assert "workers/members.js" not in files  # no Request.json/bytes/query/... used
    # CloudflareWorkers(fetch=fetch) is laid out at compile time: no generic $call
    assert "got an unexpected keyword argument" not in text
    assert "use_extensions" not in (tmp_path / "hello" / ".cfpy" / "build" / "entry.js").read_text()


def test_views_bundle_has_no_dict_datetime_or_json(tmp_path: Path) -> None:
    built_bundle(ROOT / "examples" / "views", tmp_path)
    files = runtime_files(tmp_path / "views")
    assert "workers/values.js" in files and "workers/durable_object.js" in files
    assert not files & HEAVY, files & HEAVY
    entry = (tmp_path / "views" / ".cfpy" / "build" / "entry.js").read_text()
    assert "use_value_types" not in entry  # no dict/bytes/datetime in the bundle to decode into


DO_WORKER = """\
from cloudflare_workers import CloudflareWorkers, DurableObject, Request, Response
{imports}

class Store(DurableObject):
    async def fetch(self, request: Request) -> Response:
{body}


async def fetch(request, env, ctx):
    ns = env.get_durable_object_namespace("STORE")
    return await ns.get(ns.id_from_name("x")).fetch(request)


CloudflareWorkers(fetch=fetch, durable_objects={{"Store": Store}})
"""
DO_WRANGLER = WRANGLER + (
    '[[durable_objects.bindings]]\nname = "STORE"\nclass_name = "Store"\n'
    '[[migrations]]\ntag = "v1"\nnew_classes = ["Store"]\n'
)


def do_project(root: Path, imports: str, body: str) -> str:
    (root / "src").mkdir(parents=True)
    (root / "wrangler.toml").write_text(DO_WRANGLER)
    (root / "src" / "worker.py").write_text(DO_WORKER.format(imports=imports, body=body))
    build(root)
    return (root / ".cfpy" / "build" / "entry.js").read_text()


def test_storage_decodes_into_the_types_the_bundle_contains(tmp_path: Path) -> None:
    entry = do_project(
        tmp_path / "dt",
        "import datetime",
        "        await self.state.storage.put('t', datetime.datetime.now())\n"
        "        return Response.json(await self.state.storage.list())",
    )
    # (json.js pulls bytes in, so the bundle can decode bytes too)
    assert "use_value_types({ dict: $Dict, bytes: $Bytes, datetime: $datetime })" in entry
    # the members the code names: Response.json and storage.list()
    assert "$use_extensions({ dump_json: $dump_json, parse_json: $parse_json, storage_dict: $storage_dict })" in entry
    files = runtime_files(tmp_path / "dt")
    assert {"stdlib/datetime.js", "builtins/dict.js", "stdlib/json.js"} <= files
    plain = do_project(tmp_path / "plain", "", "        return Response(str(await self.state.storage.get('n')))")
    assert "use_value_types" not in plain and "use_extensions" not in plain


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x.headers", {"wrap_headers"}),
        ("getattr(r, 'json')", {"parse_json", "dump_json"}),
        ("getattr(r, name)", {"*"}),  # any attribute: every member
        ("s.get(keys)", {"storage_dict"}),
        ("s.get('k')", set()),
        ("ns.get(ns.id_from_name('a'))", set()),
        ("operator.attrgetter('a.query')", {"query_dict"}),
    ],
)
def test_workers_members_follow_the_attribute_names(source: str, expected: set[str]) -> None:
    import libcst as cst
    from cfpy_workers.analyze.mentions import attribute_names

    names = attribute_names(cst.parse_module(source + "\n"))
    members = set(pipeline.workers_extensions(names))
    if "*" in expected:
        assert members == {m for ms in pipeline.WORKERS_EXTENSIONS.values() for m in ms}
    else:
        assert members == expected


class _Planted:
    """Unpickling this would create the marker file: a planted cache must never run."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path(self.marker).touch, ())  # type: ignore[return-value]


@pytest.mark.parametrize("garbage", ["pickle", "wrong-shape", "truncated"])
def test_planted_cache_files_are_inert(
    tmp_path: Path, lowered: list[str], garbage: str
) -> None:
    """The cache lives in the project folder, so a checkout may ship one (issue 12 item
    3): every cache file is checked data; a file of the wrong shape is a miss, a pickle
    is never loaded, and the build still makes exactly what a clean build makes."""
    import json
    import pickle

    root = write_project(tmp_path / "p")
    build(root)
    clean = outputs(root)
    marker = tmp_path / "executed"
    cache_dir = root / ".cfpy" / "build" / "cache"
    entries = sorted(cache_dir.iterdir())
    assert entries and all(p.suffix == ".json" for p in entries)
    for entry in entries:
        if garbage == "pickle":
            entry.with_suffix(".pickle").write_bytes(pickle.dumps(_Planted(marker)))
            entry.unlink()
        elif garbage == "wrong-shape":
            entry.write_text(json.dumps({"index": {"symbols": {"f": {"kind": 1}}}, "x": [1]}))
        else:
            entry.write_text(entry.read_text()[:7])
    (root / ".cfpy" / "build" / "stamp.json").unlink()  # force a rebuild of the same sources
    lowered.clear()
    build(root)
    assert not marker.exists()
    assert sorted(lowered) == ["lib", "other", "worker"]  # every planted entry was a miss
    assert outputs(root) == clean
