"""What `pip install cfpy-workers` puts into site-packages: the compiler under one
distribution-specific name, and the stub packages under the names user code imports."""

from importlib.metadata import distribution

from cfpy_workers import DISTRIBUTION


def test_installed_top_level_names() -> None:
    top_level = set(distribution(DISTRIBUTION).read_text("top_level.txt").split())
    assert top_level == {"cfpy_workers", "cloudflare_workers", "workers", "pyodide", "js"}
