"""Unit tests of the analysis phase (transpiler/analyze/): each fact on small sources,
without lowering anything. The compiled behaviour these facts lead to is covered by the
conformance suite; here a wrong fact fails next to its cause."""

from __future__ import annotations

import libcst as cst
from cfpy_workers.analyze.binder import Scope, collect_bindings, contains_in_scope, target_names
from cfpy_workers.analyze.classes import field_specs, looks_like_dataclass
from cfpy_workers.analyze.flow import analyze_unbound
from cfpy_workers.analyze.index import (
    Signature,
    index_module,
    init_signature,
    module_index_from_json,
    module_index_to_json,
)
from cfpy_workers.analyze.registration import registration_calls
from cfpy_workers.analyze.typer import expression_type, infer_types, return_type
from cfpy_workers.parse.walk import walk


def _module(source: str) -> cst.Module:
    return cst.parse_module(source)


def _function(source: str) -> cst.FunctionDef:
    stmt = _module(source).body[0]
    assert isinstance(stmt, cst.FunctionDef)
    return stmt


# -- binder ------------------------------------------------------------------------------


def test_binder_collects_what_a_scope_binds_and_not_nested_scopes() -> None:
    module = _module(
        "import a.b\nfrom c import d as e\nx, (y, *z) = 1, (2, 3)\n"
        "for i in r: pass\nwith m as w: pass\ntry: pass\nexcept E as err: pass\n"
        "def f(p):\n    q = 1\nclass C:\n    attr = 1\n"
        "[k for k in r]\n[(v := 1) for _ in r]\ndel gone\n"
    )
    scope = collect_bindings(list(module.body), Scope("module"))
    assert scope.bound == {"a", "e", "x", "y", "z", "i", "w", "err", "f", "C", "v", "gone"}
    assert scope.defs == {"f": "function", "C": "class"}


def test_binder_global_and_nonlocal_are_not_locals() -> None:
    fn = _function("def f():\n    global g\n    nonlocal_ = 1\n    g = 2\n")
    scope = collect_bindings(list(fn.body.body), Scope("function"))
    assert scope.globals_ == {"g"} and scope.locals == {"nonlocal_"}


def test_binder_targets_and_scope_containment() -> None:
    target = cst.parse_expression("(a, [b, *c])")
    assert target_names(target) == ["a", "b", "c"]
    gen = _function("def g():\n    yield 1\n")
    plain = _function("def h():\n    return (lambda: (yield))\n")
    assert contains_in_scope(gen.body, cst.Yield)
    assert not contains_in_scope(plain.body, cst.Yield)  # the lambda's yield is its own


# -- flow --------------------------------------------------------------------------------


def _checked_reads(source: str) -> list[tuple[str, str]]:
    module = _module(source)
    scope = collect_bindings(list(module.body), Scope("module"))
    info = analyze_unbound(module, scope)
    found: list[tuple[str, str]] = []

    class _Names(cst.CSTVisitor):
        def visit_Name(self, node: cst.Name) -> None:
            if id(node) in info.checks:
                found.append((node.value, info.checks[id(node)]))

    walk(module, _Names())
    return found


def test_flow_proves_definite_assignment() -> None:
    assert _checked_reads("x = 1\nprint(x)\n") == []
    assert _checked_reads("if c:\n    x = 1\nprint(x)\n") == [("x", "global")]
    assert _checked_reads("def f():\n    print(y)\n    y = 1\n") == [("y", "local")]
    assert _checked_reads("x = 1\ndel x\nprint(x)\n") == [("x", "global")]


def test_flow_nested_function_reads_are_proven_by_the_state_at_the_def() -> None:
    assert _checked_reads("x = 1\ndef f():\n    return x\n") == []
    # Not bound when f was created: f() may run before `x = 1`, so the read is checked.
    assert _checked_reads("def f():\n    return x\nf()\nx = 1\n") == [("x", "global")]
    assert _checked_reads("x = 1\ndef f():\n    return x\ndel x\n") == [("x", "global")]


def test_flow_except_name_is_unbound_after_its_handler() -> None:
    reads = _checked_reads("try:\n    pass\nexcept E as e:\n    pass\nprint(e)\n")
    assert reads == [("e", "global")]


# -- typer -------------------------------------------------------------------------------


def test_typer_types_names_bound_one_way_only() -> None:
    module = _module(
        "a = 1\nb = a + 2\nc = 1.5\nd = a / 2\ns = 'x' + 'y'\nm = 1\nm = 'x'\n"
        "for i in range(3): pass\nfor j in xs: pass\nt = a ** 2\n"
    )
    types = infer_types(list(module.body), set())
    assert {k: types[k] for k in "abcdsmijt"} == {
        "a": "int",
        "b": "int",
        "c": "float",
        "d": "float",
        "s": "str",
        "m": None,
        "i": "int",
        "j": None,
        "t": "int",
    }


def test_typer_expressions_and_returns() -> None:
    env: dict[str, str | None] = {"n": "int", "f": "float"}
    assert expression_type(cst.parse_expression("n * f"), env) == "float"
    assert expression_type(cst.parse_expression("n // 2"), env) == "int"
    assert expression_type(cst.parse_expression("len(x) > n"), env) == "bool"
    assert expression_type(cst.parse_expression("f ** 0.5"), env) is None  # may be complex
    fn = _function("def area(r):\n    return 3.0 * r * r if r else 0.0\n")
    assert return_type(fn, {}) is None  # r is unknown: r * r may be anything
    fn = _function("def half(n):\n    return n / 2\n")
    assert return_type(fn, {}) == "float?"  # a float if n is a real number
    fn = _function("def name():\n    return 'x'\n")
    assert return_type(fn, {}) == "str"


# -- classes and index --------------------------------------------------------------------


def test_classes_dataclass_fields_and_their_init_signature() -> None:
    cls = _module(
        "@dataclass\nclass P:\n    x: int\n    y: int = 0\n    z: ClassVar[int] = 1\n"
        "    w: list = field(default_factory=list)\n    hidden: int = field(init=False)\n"
        "    k: int = field(kw_only=True)\n    _: KW_ONLY\n    m: int = 2\n"
    ).body[0]
    assert isinstance(cls, cst.ClassDef)
    assert looks_like_dataclass(cls.decorators[0])
    fields = field_specs(cls)
    assert [(f.name, f.has_default, f.init, f.kw_only) for f in fields] == [
        ("x", False, True, False),
        ("y", True, True, False),
        ("w", True, True, False),
        ("hidden", False, False, False),
        ("k", False, True, True),
        ("m", True, True, True),
    ]
    # keyword-only fields come after the others, as CPython builds __init__ (the index's
    # signature and the generated __init__ read the same fields: issue 13's kw_only bug)
    assert init_signature(fields) == Signature(
        ("x", "y", "w"), 0, 1, False, ("k", "m"), frozenset({"k"}), False
    )


def test_index_signatures_kinds_and_json_round_trip() -> None:
    index = index_module(
        _module(
            "def f(a, /, b, c=1, *args, d, e=2, **kw):\n    return 'x'\n"
            "class C:\n    def __init__(self, n):\n        self.n = n\n"
            "g = 1\ndef h(): pass\nh = 2\n"
        )
    )
    f = index.symbols["f"]
    assert f.kind == "function" and f.returns == "str"
    assert f.signature == Signature(("a", "b", "c"), 1, 2, True, ("d", "e"), frozenset({"d"}), True)
    assert index.symbols["C"].kind == "class"
    assert index.symbols["C"].signature == Signature(("n",), 0, 1, False, (), frozenset(), False)
    assert index.symbols["g"].kind == "value" and index.symbols["h"].kind == "value"
    assert module_index_from_json(module_index_to_json(index)) == index


# -- registration -----------------------------------------------------------------------


def _calls(source: str, unimported: bool = False) -> list[str]:
    module = _module(source)
    return [module.code_for_node(c.func) for c in registration_calls(module, unimported)]


def test_the_finder_resolves_imports() -> None:
    assert _calls("import cloudflare_workers as cf\ncf.CloudflareWorkers(fetch=f)\n") == [
        "cf.CloudflareWorkers"
    ]
    assert _calls(
        "from cloudflare_workers import CloudflareWorkers as CW\nCW(fetch=f)\nCloudflareWorkers()\n"
    ) == ["CW"]
    assert _calls("import cloudflare_workers\ncloudflare_workers.CloudflareWorkers()\n") == [
        "cloudflare_workers.CloudflareWorkers"
    ]
    assert _calls("from other import CloudflareWorkers\nCloudflareWorkers()\n") == []
    assert _calls("import other as cf\ncf.CloudflareWorkers()\n") == []
    assert _calls("CloudflareWorkers(fetch=f)\n", unimported=True) == ["CloudflareWorkers"]


# -- mentions ----------------------------------------------------------------------------


def test_mentions_method_names_of_classes() -> None:
    from cfpy_workers.analyze.mentions import method_names

    module = _module(
        "class A:\n    def run(self): pass\n    def __init__(self): pass\n"
        "    def __getattr__(self, n): pass\n    @property\n    def p(self): pass\n"
        "def free(): pass\n"
    )
    assert method_names(module) == {"run", "__getattr__"}


def test_mentions_attribute_names_literals_and_dynamic_access() -> None:
    from cfpy_workers.analyze.mentions import attribute_names
    from cfpy_workers.workers_surface import ANY_ATTRIBUTE, GET_MANY

    assert attribute_names(_module("x.headers\nop.attrgetter('a.query')\n")) >= {"headers", "a", "query"}
    assert ANY_ATTRIBUTE in attribute_names(_module("getattr(r, name)\n"))
    assert ANY_ATTRIBUTE not in attribute_names(_module("getattr(r, 'json')\n"))
    assert GET_MANY in attribute_names(_module("s.get(keys)\n"))
    assert GET_MANY not in attribute_names(_module("s.get('k')\nns.get(ns.id_from_name('a'))\n"))
