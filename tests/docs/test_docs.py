"""The user docs hold: docs/reference.md is what scripts/gen_reference.py writes from the
typed stubs, and no document points at a file the repository lacks."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "bench" / "README.md"]


def test_reference_is_generated_from_the_stubs() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_reference.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_reference_documents_every_exported_name() -> None:
    import cloudflare_workers

    text = (ROOT / "docs" / "reference.md").read_text()
    for name in cloudflare_workers.__all__:
        assert re.search(rf"^### (class )?`{name}", text, re.M), name
    for handler in ("fetch", "scheduled", "email", "queue"):
        assert f"{handler}: " in text  # CloudflareWorkers(...)'s handler parameters
    assert "DurableObject.state" in text and "set_alarm" in text


def test_the_generator_sees_a_new_stub_package(tmp_path) -> None:
    """A typed package added under runtime_shim/ (e.g. `workers`) lands in the reference."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import gen_reference
    finally:
        sys.path.pop(0)
    package = tmp_path / "workers"
    package.mkdir()
    (package / "py.typed").write_text("")
    (package / "__init__.pyi").write_text(
        '"""The other API."""\n\nclass WorkerEntrypoint:\n'
        '    """Base class."""\n\n    async def fetch(self, request: object) -> object: ...\n'
    )
    text = gen_reference.render(tmp_path)
    assert "## `workers`" in text
    assert "async WorkerEntrypoint.fetch(request: object) -> object" in text


def test_docs_link_only_to_files_that_exist() -> None:
    for doc in DOCS:
        text = doc.read_text()
        assert "API.md" not in text, f"{doc.name} names API.md, which is not in the repository"
        for target in re.findall(r"\]\(([^)#:\s]+)(?:#[^)]*)?\)", text):
            assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"


def test_readme_is_for_users() -> None:
    text = (ROOT / "README.md").read_text()
    for internal in ("issue #", "the seed", "load average"):
        assert internal not in text, internal
