"""Each runtime package's package.json `sideEffects` is truthful: a module that changes
another module's exports at import time (assigns to or defines on an imported binding,
or calls an imported function on something that is not its own) is listed there, and
every listed module does so. Bundlers drop an unused module of a `sideEffects: false`
package, so an unlisted patch would vanish from some bundles."""

from __future__ import annotations

import json
import re

import pytest

from tests.support import runtime_js as R

PACKAGES = ["builtins", "lang", "stdlib", "workers"]
_CALL = re.compile(r"^\s*(?:[\w$.]+\.)?([\w$]+)\s*\(\s*([\w$]*)")
_ASSIGN_ROOT = re.compile(r"^\s*([\w$]+)(?:\.[\w$]+|\[[^\]]+\])+\s*=[^=]", re.M)
_DEFINE = re.compile(r"\b(?:Object|Reflect)\.(?:defineProperty|defineProperties|assign|setPrototypeOf|set)\(\s*([\w$]+)")


def patches(module: str) -> list[str]:
    """The top-level statements of `module` that change another module's bindings."""
    imported = R.imported_names(module)
    found = []
    for statement in R.top_level_statements(module):
        targets = set(_DEFINE.findall(statement)) | set(_ASSIGN_ROOT.findall(statement))
        call = _CALL.match(statement)
        if call and call.group(1) in imported and call.group(2) not in _locals(module):
            targets.add(call.group(1))
        if targets & imported:
            found.append(statement.splitlines()[0])
    return found


def _locals(module: str) -> set[str]:
    return set(re.findall(r"^(?:export\s+)?(?:function|class|const|let|var)\s+([\w$]+)", R.source(module), re.M))


def declared(package: str) -> set[str]:
    effects = json.loads((R.RUNTIME / package / "package.json").read_text())["sideEffects"]
    if effects is False:
        return set()
    return {f"{package}/{path.removeprefix('./')}" for path in effects}


def test_the_patch_finder_sees_a_patch(tmp_path, monkeypatch) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a.js").write_text(
        'import { str, f } from "./b.js";\nimport { g } from "./c.js";\nexport class Own {}\n'
        "g(Own);\n"
        'Object.defineProperty(str, "x", { value: 1 });\n'
    )
    (tmp_path / "p" / "b.js").write_text('import { h } from "./c.js";\nh.y = 1;\nf(() => 1);\n')
    monkeypatch.setattr(R, "RUNTIME", tmp_path)
    R.source.cache_clear()
    try:
        assert patches("p/a.js") == ['Object.defineProperty(str, "x", { value: 1 });']
        assert patches("p/b.js") == ["h.y = 1;"]
    finally:
        R.source.cache_clear()


@pytest.mark.parametrize("package", PACKAGES)
def test_side_effects_lists_exactly_the_patching_modules(package: str) -> None:
    patching = {m for m in R.modules() if m.startswith(f"{package}/") and patches(m)}
    assert patching == declared(package), {m: patches(m) for m in patching}
