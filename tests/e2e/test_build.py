"""`cfpy build`: bundle and source map written atomically; a failed build keeps the old one."""

from __future__ import annotations

import json
from pathlib import Path

from cfpy_workers.bundle import map_path
from conftest import cfpy


def test_build_writes_bundle_and_map(example_copy) -> None:
    project = example_copy("views")
    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr
    bundle = project / "build" / "worker.js"
    smap = json.loads(map_path(bundle).read_text())  # type: ignore[union-attr]
    assert "export" in bundle.read_text() and "ViewsDurableObject" in bundle.read_text()
    assert any(src.endswith("src/worker.py") for src in smap["sources"])


def test_failed_build_leaves_previous_bundle_untouched(example_copy) -> None:
    project = example_copy("todos")
    assert cfpy("build", str(project)).returncode == 0
    bundle = project / "build" / "worker.js"
    before = bundle.read_bytes()
    before_map = map_path(bundle).read_bytes()  # type: ignore[union-attr]
    worker = project / "src" / "worker.py"
    worker.write_text(worker.read_text() + "\nresult = eval('1')\n")
    result = cfpy("build", str(project))
    assert result.returncode == 1
    assert "CF102" in result.stderr
    assert bundle.read_bytes() == before
    assert map_path(bundle).read_bytes() == before_map  # type: ignore[union-attr]


def test_entry_override_in_pyproject(example_copy) -> None:
    project = example_copy("todos")
    (project / "src" / "worker.py").rename(project / "src" / "app.py")
    (project / "pyproject.toml").write_text('[tool.cfpy]\nentry = "src/app.py"\n')
    result = cfpy("build", str(project))
    assert result.returncode == 0, result.stderr


def test_missing_config_names_what_to_create(tmp_path: Path) -> None:
    result = cfpy("build", str(tmp_path))
    assert result.returncode == 1
    assert "CF300" in result.stderr and "wrangler.toml" in result.stderr


def test_bad_config_names_file_and_key(example_copy) -> None:
    project = example_copy("todos")
    (project / "wrangler.toml").write_text(
        'main = "build/worker.js"\nkv_namespaces = [{ binding = 5 }]\n'
    )
    result = cfpy("build", str(project))
    assert result.returncode == 1
    assert "wrangler.toml" in result.stderr
    assert "kv_namespaces[0].binding" in result.stderr


def test_the_installed_runtime_is_tree_shaken(tmp_path: Path) -> None:
    """The runtime as installed (the path `cfpy build` bundles from when run outside the
    repository) keeps the package.json files that mark its modules side-effect free:
    without them esbuild keeps every module a barrel file names, and a hello-world bundle
    grows from about 7 KiB gzip to about 48."""
    import gzip
    import subprocess
    import sys

    # Outside the checkout, `import cfpy_workers` is the installed package, not the sources.
    where = subprocess.run(
        [sys.executable, "-c", "from cfpy_workers.pipeline import RUNTIME_DIR; print(RUNTIME_DIR)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    runtime = Path(where.stdout.strip())
    for folder in ("builtins", "lang", "stdlib", "workers"):
        manifest = json.loads((runtime / folder / "package.json").read_text())
        assert "sideEffects" in manifest, runtime / folder
    root = tmp_path / "hello"
    (root / "src").mkdir(parents=True)
    hello = Path(__file__).parents[2] / "bench" / "projects" / "hello"
    (root / "src" / "worker.py").write_text((hello / "src" / "worker.py").read_text())
    (root / "wrangler.toml").write_text((hello / "wrangler.toml").read_text())
    result = cfpy("build", str(root), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    size = len(gzip.compress((root / "build" / "worker.js").read_bytes(), 9))
    assert size < 12 * 1024, f"hello-world bundle is {size} bytes gzipped"
