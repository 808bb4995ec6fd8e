"""analyze/handlers.py: the handler parameters the entry may pass as None (their code
never names them). Each case that could observe the argument -- a use in a nested
scope, an f-string, another parameter's default, a decorator, a second binding, a
`global` declaration, `*args` -- keeps the wrapped argument."""

from __future__ import annotations

import libcst as cst
import pytest
from cfpy_workers.analyze.handlers import unused_handler_params
from cfpy_workers.analyze.registration import registration_calls

HEAD = "from cloudflare_workers import CloudflareWorkers, Response\n\n"


def _unused(body: str, register: str = "CloudflareWorkers(fetch=fetch)") -> dict[str, set[int]]:
    module = cst.parse_module(HEAD + body + "\n" + register + "\n")
    (call,) = registration_calls(module)
    return {k: set(v) for k, v in unused_handler_params(module, call).items()}


def test_hello_world_names_none_of_its_arguments() -> None:
    body = 'async def fetch(request, env, ctx):\n    return Response("Hello World!")\n'
    assert _unused(body) == {"fetch": {0, 1, 2}}


@pytest.mark.parametrize(
    "body, used",
    [
        ("def fetch(request, env, ctx):\n    return Response(request.url)\n", {0}),
        ("def fetch(request, env, ctx):\n    return Response(f'{env.NAME}')\n", {1}),
        ("def fetch(request, env, ctx):\n    g = lambda: ctx\n    return g()\n", {2}),
        (
            "def fetch(request, env, ctx):\n    def inner():\n        return env\n"
            "    return inner()\n",
            {1},
        ),
        ("def fetch(request, env, ctx=None):\n    return [ctx for _ in 'x']\n", {2}),
        # `env` named by another parameter's default (evaluated in the module scope, but
        # kept: the analysis does not tell scopes apart)
        ("def fetch(request, env, ctx=env):\n    return None\n", {1}),
        ("def fetch(request, env, ctx):\n    request = 1\n    return None\n", {0}),
    ],
)
def test_a_named_parameter_is_passed(body: str, used: set[int]) -> None:
    assert _unused("env = None\n" + body) == {"fetch": {0, 1, 2} - used}


@pytest.mark.parametrize(
    "body",
    [
        "def deco(f):\n    return f\n\n@deco\ndef fetch(request, env, ctx):\n    return None\n",
        "def fetch(request, env, ctx):\n    return None\n\nfetch = fetch\n",
        "def fetch(request, env, ctx):\n    return None\n\ndef fetch(request, env, ctx):\n"
        "    return request\n",
        "def fetch(request, env, ctx):\n    return None\n\ndef g():\n    global fetch\n",
        "fetch = lambda request, env, ctx: None\n",
        "class fetch:\n    pass\n",
        "from other import fetch\n",
        "if True:\n    def fetch(request, env, ctx):\n        return None\n",
    ],
    ids=["decorated", "reassigned", "redefined", "global", "lambda", "class", "imported", "nested"],
)
def test_a_handler_that_may_not_be_that_def_passes_everything(body: str) -> None:
    assert _unused(body) == {}


def test_star_parameters_pass_everything() -> None:
    assert _unused("def fetch(*args):\n    return None\n") == {"fetch": set()}
    assert _unused("def fetch(request, env, ctx, **kw):\n    return None\n") == {"fetch": set()}


def test_only_keyword_registrations_of_a_name_are_analysed() -> None:
    body = "def fetch(request, env, ctx):\n    return None\n"
    assert _unused(body, "CloudflareWorkers(fetch)") == {}
    assert _unused(body, "CloudflareWorkers(**{'fetch': fetch})") == {}
    assert _unused(body, "CloudflareWorkers(fetch=fetch, scheduled=fetch)") == {
        "fetch": {0, 1, 2},
        "scheduled": {0, 1, 2},
    }
