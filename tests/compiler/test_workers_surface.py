"""The Workers API surface table (transpiler/workers_surface.py) holds the typed stub
(runtime_shim/cloudflare_workers) and the JS runtime (runtime_shim/js/workers) to one
truth: every event has its runtime handler and its stub keyword, every binding kind its
Env getter in both with the same parameters, its wrapper export and its runtime kind
entry, and every stub method of a runtime class has the runtime's parameter names."""

from __future__ import annotations

import inspect
import json
import subprocess
import typing
from functools import cache
from pathlib import Path

import cloudflare_workers as stub
import pytest
from cfpy_workers import workers_surface as S
from cfpy_workers.pipeline import RUNTIME_DIR

WORKERS = RUNTIME_DIR / "workers"

# Per class: method name -> Python parameter names (None: no signature metadata).
DUMP = """
const m = await import(%s);
const out = {};
for (const [name, cls] of Object.entries(m)) {
  if (typeof cls !== "function" || !cls.prototype) continue;
  const methods = {};
  for (let p = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key in methods || key === "constructor") continue;
      const d = Object.getOwnPropertyDescriptor(p, key);
      if (typeof d.value === "function") methods[key] = d.value.$p ? d.value.$p.names : null;
      else if (d.get) methods[key] = "property";
    }
  }
  out[name] = methods;
}
console.log(JSON.stringify(out));
"""


def _node(script: str) -> str:
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


@cache
def runtime_classes() -> dict[str, dict[str, object]]:
    index = (WORKERS / "index.js").as_uri()
    return json.loads(_node(DUMP % json.dumps(index)))


def _positional(fn: object) -> list[str]:
    params = list(inspect.signature(fn).parameters.values())[1:]  # type: ignore[arg-type]
    return [
        p.name
        for p in params
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]


def test_every_event_has_a_runtime_handler_and_a_stub_keyword() -> None:
    entry = (WORKERS / "entry.js").read_text()
    keywords = inspect.signature(stub.CloudflareWorkers.__init__).parameters
    for event in S.EVENTS:
        assert f"export function {event.runtime_handler}(" in entry
        assert event.name in keywords
        handler = typing.get_type_hints(stub.CloudflareWorkers.__init__)[event.name]
        callable_type = typing.get_args(handler)[0]
        assert len(typing.get_args(callable_type)[0]) == len(event.params)


@pytest.mark.parametrize("kind", S.BINDING_KINDS, ids=lambda k: k.kind)
def test_every_binding_kind_has_its_getter_in_stub_and_runtime(kind: S.BindingKind) -> None:
    getter = getattr(stub.Env, kind.getter)
    hints = typing.get_type_hints(getter)
    assert getattr(hints["return"], "__name__", None) == kind.returns
    assert _positional(getter) == ["name"]
    assert runtime_classes()["Env"][kind.getter] == ["name"]
    if kind.wrapper is not None:
        path, export = kind.wrapper
        assert f"export function {export}(" in (RUNTIME_DIR / path).read_text()
        assert kind.returns in runtime_classes()


def test_the_runtime_env_knows_every_wrapped_kind() -> None:
    """Env's getter and ``env.NAME`` reach each kind's wrapper as the entry installs it."""
    env, util = (WORKERS / "env.js").as_uri(), (WORKERS / "util.js").as_uri()
    kinds = [k.kind for k in S.BINDING_KINDS if k.wrapper]
    script = f"""
const {{ Env, use_binding_kinds }} = await import({json.dumps(env)});
const {{ NATIVE }} = await import({json.dumps(util)});
const kinds = {json.dumps(kinds)};
const info = {json.dumps({k.kind: [k.what, k.declaration, k.native_method] for k in S.BINDING_KINDS})};
const wrappers = Object.fromEntries(kinds.map((k) => [k, [(b) => ({{ wrapped: k }}), ...info[k]]]));
const names = Object.fromEntries(kinds.map((k) => ["B_" + k, k]));
use_binding_kinds(wrappers, names);
const duck = new Proxy({{}}, {{ get: () => () => null }});  // has every method
const native = Object.fromEntries(kinds.map((k) => ["B_" + k, duck]));
const env = new Env(NATIVE, native);
const getters = {json.dumps({k.kind: k.getter for k in S.BINDING_KINDS if k.wrapper})};
console.log(JSON.stringify(kinds.map((k) => [env[getters[k]]("B_" + k).wrapped, env.__getattr__("B_" + k).wrapped])));
"""
    assert json.loads(_node(script)) == [[k, k] for k in kinds]


def test_stub_methods_have_the_runtime_parameters() -> None:
    runtime = runtime_classes()
    checked = 0
    for name in sorted(S.WORKERS_CLASSES):
        cls = getattr(stub, name)
        if name not in runtime or not inspect.isclass(cls):
            continue
        for member, fn in vars(cls).items():
            if member.startswith("_") or not inspect.isfunction(fn):
                continue
            assert member in runtime[name], f"{name}.{member} is not in the runtime"
            names = runtime[name][member]
            if isinstance(names, list):
                assert _positional(fn) == names, f"{name}.{member}"
                checked += 1
    assert checked > 30


def test_the_docs_show_the_tables_binding_kinds() -> None:
    notes = (Path(__file__).parents[2] / "docs" / "design.md").read_text()
    assert S.binding_kinds_markdown() in notes


def test_methods_the_runtime_calls_are_not_rpc_methods() -> None:
    entry = (WORKERS / "entry.js").read_text()
    declared = entry.split("const EVENT_METHODS = new Set([", 1)[1].split("]", 1)[0]
    assert {n.strip().strip('"') for n in declared.split(",")} == set(S.DURABLE_OBJECT_METHODS)
