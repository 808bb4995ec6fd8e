"""The compiler imports runtime helpers under `$` names; they must never collide."""

from __future__ import annotations

import re
from pathlib import Path

from transpiler.lower import names as N

LANG = Path(__file__).parents[2] / "runtime_shim" / "js" / "lang" / "index.js"


def test_lang_helpers_do_not_collide_with_aliased_builtins() -> None:
    exported = set()
    for group in re.findall(r"export \{([^}]*)\}", LANG.read_text()):
        exported.update(name.strip() for name in group.split(",") if name.strip())
    assert exported, "no exports found"
    aliased_builtins = {f"${name}" for name in N.BUILTINS}
    assert exported & aliased_builtins == set()
