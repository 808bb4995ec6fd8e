"""docs/design.md names only files and folders that exist: every backticked repository
path (`transpiler/analyze/flow.py`, `lower/`, `builtins/tuple.js`, `run.js`) resolves
from the repository root, the compiler package (transpiler/), the JS runtime
(runtime_shim/js/) or runtime_shim/; a bare file name must exist somewhere in the tree."""

from __future__ import annotations

import re

from conftest import ROOT

DESIGN = ROOT / "docs" / "design.md"
BASES = [ROOT, ROOT / "transpiler", ROOT / "runtime_shim" / "js", ROOT / "runtime_shim"]
EXTENSIONS = ("py", "pyi", "js", "mjs", "md", "toml", "json", "j2")
# A folder path (`lower/`, `workers/kv.js`, `tests/e2e/test_bindings_*.py`) or a bare file.
_DIR_PATH = re.compile(r"^(?:[\w-]+/)+[\w*.-]*$")
_BARE_FILE = re.compile(rf"^[a-z_][\w-]*\.(?:{'|'.join(EXTENSIONS)})$")
SKIPPED_DIRS = {".venv", "node_modules", ".git", "build", ".cfpy"}


def repo_paths(text: str) -> set[str]:
    """The backticked tokens of `text` that are repository paths."""
    found = set()
    for token in re.findall(r"`([^`\s]+)`", text):
        if _DIR_PATH.match(token) or _BARE_FILE.match(token):
            found.add(token)
    return found


def exists(path: str) -> bool:
    if "/" not in path:
        return any(not SKIPPED_DIRS & set(p.parts) for p in ROOT.rglob(path))
    return any(list(base.glob(path.rstrip("/"))) for base in BASES)


def test_the_path_reader_tells_paths_from_code() -> None:
    text = "`lower/` `builtins/tuple.js` `run.js` `json.dumps/loads` `a / b` `Request.json/bytes` `@cfpy/x`"
    assert repo_paths(text) == {"lower/", "builtins/tuple.js", "run.js"}
    assert exists("analyze/binder.py") and exists("tests/e2e/test_bindings_*.py")
    assert not exists("builtins/methods.js")


def test_design_names_only_paths_that_exist() -> None:
    missing = sorted(p for p in repo_paths(DESIGN.read_text()) if not exists(p))
    assert missing == []
