"""The compiler imports runtime helpers under `$` names; they must never collide."""

from __future__ import annotations

import re
from pathlib import Path

from cfpy_workers import names as N

LANG = Path(__file__).parents[2] / "runtime_shim" / "js" / "lang" / "index.js"


def test_lang_helpers_do_not_collide_with_aliased_builtins() -> None:
    exported = set()
    for group in re.findall(r"export \{([^}]*)\}", LANG.read_text()):
        exported.update(name.strip() for name in group.split(",") if name.strip())
    assert exported, "no exports found"
    aliased_builtins = {f"${name}" for name in N.BUILTINS}
    assert exported & aliased_builtins == set()


INTMETHODS = Path(__file__).parents[2] / "runtime_shim" / "js" / "builtins" / "intmethods.js"


def test_number_attribute_names_are_routed_to_nullattr() -> None:
    """`x.name` compiles to `x.name ?? $noattr(...)` unless the name is in SPECIAL_ATTRS
    (then `$nullattr`, which knows number attributes). Every attribute or method of an
    int/float value (runtime_shim/js/builtins/intmethods.js) must therefore be listed
    there, or `(3).real` and `x.to_bytes` as values would raise AttributeError."""
    from cfpy_workers.lower.expressions import SPECIAL_ATTRS

    text = INTMETHODS.read_text()
    names: set[str] = set()
    for table in ("INT_METHODS", "FLOAT_METHODS"):
        body = re.search(rf"const {table} = \{{(.*?)\n\}};", text, re.S)
        assert body is not None, table
        names.update(re.findall(r"^\s+(\w+):", body.group(1), re.M))
    attrs = re.search(r"export function num_attr.*?switch \(name\) \{(.*?)\n  \}", text, re.S)
    assert attrs is not None
    names.update(re.findall(r'case "(\w+)"', attrs.group(1)))
    assert {"real", "to_bytes", "hex", "is_integer"} <= names
    assert names <= SPECIAL_ATTRS, sorted(names - SPECIAL_ATTRS)


def test_runtime_exports_follow_one_case_convention() -> None:
    """docs/design.md, "Names": snake_case functions and values, PascalCase classes,
    UPPER_CASE constants; a leading `$` marks the compiled code's ABI, a trailing `$` a
    Python name renamed away from a JS word (`new$`)."""
    from tests.support import runtime_js as R

    convention = re.compile(r"^\$?(?:[a-z0-9_]+|[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9_]*)\$?$")
    names = {(m, n) for m in R.modules() for n in R.exported_names(m)}
    assert len(names) > 500
    assert sorted((m, n) for m, n in names if not convention.match(n)) == []
    assert not convention.match("fetch" + "Handler") and convention.match("fetch_handler")


def test_typing_functions_name_lang_exports() -> None:
    exported = set()
    for group in re.findall(r"export \{([^}]*)\}", LANG.read_text()):
        exported.update(name.strip() for name in group.split(",") if name.strip())
    assert set(N.TYPING_FUNCTIONS.values()) <= exported
