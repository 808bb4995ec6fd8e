"""docs/errors.md shows, for each class of bad input, exactly what `cfpy build` prints.

Each case below makes one small project (the same worker every time, with one thing
wrong), runs the real `cfpy build` in it and compares its stderr with the doc's code block
tagged with the case's name (```` ```text <name> ````), byte for byte, after replacing the
temporary folder by ``/home/you``.  The doc must have a block for every case and no other
tagged block.

To refresh the doc after a deliberate change of a message, run this file as a script:
``.venv/bin/python tests/reliability/test_error_table.py`` prints every case's block.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "errors.md"
PLACEHOLDER = "/home/you"

WRANGLER = """name = "my-worker"
main = "build/worker.js"
compatibility_date = "2025-01-01"

[vars]
GREETING = "Hello"
"""

WORKER = """from cloudflare_workers import CloudflareWorkers, Env, ExecutionContext, Request, Response


async def fetch(request: Request, env: Env, ctx: ExecutionContext) -> Response:
    greeting = env.get_var("GREETING")
    if request.path == "/":
        return Response.ok(f"{greeting}, world!")
    return Response.not_found()


CloudflareWorkers(fetch=fetch)
"""


@dataclass
class Case:
    """``edits``: file (relative to the project) -> new text, or None to delete it."""

    name: str
    edits: dict[str, str | None] = field(default_factory=dict)
    env: Callable[[Path], dict[str, str]] | None = None


def _worker(old: str, new: str) -> str:
    assert old in WORKER, old
    return WORKER.replace(old, new)


def _path_with_only(tmp: Path, *tools: str) -> dict[str, str]:
    """PATH holding only links to ``tools`` (none: an empty folder), and an empty
    CFPY_HOME so that the toolchain has to be installed."""
    bin_dir = tmp / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool in tools:
        found = _which(tool)
        if found is None:
            pytest.skip(f"{tool} is not installed")
        link = bin_dir / tool
        if not link.exists():
            link.symlink_to(found)
    return {"PATH": str(bin_dir), "CFPY_HOME": str(tmp / "empty-cfpy-home")}


def _which(tool: str) -> str | None:
    import shutil

    return shutil.which(tool)


CASES = [
    Case("syntax-error", {"src/worker.py": _worker('== "/":', '== "/"')}),
    Case(
        "unsupported-construct",
        {
            "src/worker.py": WORKER
            + '\n\nclass Named:\n    label = "named"\n\n\nclass Dated(type):\n    created = 0\n\n\n'
            "class Note(Named, metaclass=Dated):\n    pass\n"
        },
    ),
    Case(
        "refused-builtin",
        {"src/worker.py": _worker('env.get_var("GREETING")', 'eval(env.get_var("GREETING"))')},
    ),
    Case("unknown-import", {"src/worker.py": "import numpy as np\n" + WORKER}),
    Case("refused-module", {"src/worker.py": "import os\n" + WORKER}),
    Case("http-client-import", {"src/worker.py": "import requests\n" + WORKER}),
    Case(
        "unknown-workers-name",
        {"src/worker.py": _worker("Request, Response\n", "Request, Response, Mailbox\n")},
    ),
    Case("unknown-stdlib-name", {"src/worker.py": "from json import JSONEncoder\n" + WORKER}),
    Case(
        "missing-kv-binding",
        {
            "src/worker.py": _worker(
                '    greeting = env.get_var("GREETING")\n',
                '    greeting = env.get_var("GREETING")\n'
                '    notes = env.get_kv_namespace("NOTES")\n'
                '    await notes.put("last", request.path)\n',
            )
        },
    ),
    Case("missing-var", {"src/worker.py": _worker('"GREETING"', '"GREETNG"')}),
    Case(
        "missing-durable-object-class",
        {
            "wrangler.toml": WRANGLER
            + '\n[[durable_objects.bindings]]\nname = "COUNTER"\nclass_name = "Counter"\n'
            '\n[[migrations]]\ntag = "v1"\nnew_sqlite_classes = ["Counter"]\n'
        },
    ),
    Case("no-registration", {"src/worker.py": _worker("CloudflareWorkers(fetch=fetch)\n", "")}),
    Case("no-wrangler-config", {"wrangler.toml": None}),
    Case(
        "invalid-wrangler-toml",
        {"wrangler.toml": WRANGLER.replace('"my-worker"', '"my-worker')},
    ),
    Case(
        "invalid-wrangler-key",
        {"wrangler.toml": WRANGLER + "\n[[kv_namespaces]]\nbinding = 5\n"},
    ),
    Case(
        "bad-compatibility-date",
        {"wrangler.toml": WRANGLER.replace('"2025-01-01"', '"2025-13-45"')},
    ),
    Case(
        "unquoted-compatibility-date",
        {"wrangler.toml": WRANGLER.replace('"2025-01-01"', "2025-01-01")},
    ),
    Case("missing-main", {"wrangler.toml": WRANGLER.replace('main = "build/worker.js"\n', "")}),
    Case("main-not-a-bundle", {"wrangler.toml": WRANGLER.replace("build/worker.js", "wrangler.toml")}),
    Case("main-outside-project", {"wrangler.toml": WRANGLER.replace("build/worker.js", "../x.js")}),
    Case("missing-entry-module", {"src/worker.py": None}),
    Case(
        "missing-custom-entry",
        {"pyproject.toml": '[tool.cfpy]\nentry = "src/app.py"\n'},
    ),
    Case("missing-node", env=lambda tmp: _path_with_only(tmp)),
    Case("missing-npm", env=lambda tmp: _path_with_only(tmp, "node")),
]


def run_case(case: Case) -> str:
    """`cfpy build` in a fresh project with the case's edits; its stderr, normalized."""
    with tempfile.TemporaryDirectory(prefix="cfpy-errors-") as scratch:
        tmp = Path(scratch).resolve()
        project = tmp / "my-worker"
        (project / "src").mkdir(parents=True)
        (project / "wrangler.toml").write_text(WRANGLER)
        (project / "src" / "worker.py").write_text(WORKER)
        for rel, text in case.edits.items():
            target = project / rel
            if text is None:
                target.unlink()
            else:
                target.write_text(text)
        env = dict(os.environ)
        env.pop("CFPY_DEBUG", None)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        if case.env is not None:
            env.update(case.env(tmp))
        result = subprocess.run(
            [sys.executable, "-m", "cfpy_workers.cli", "build"],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 1, f"{case.name}: exit {result.returncode}\n{result.stderr}"
        return result.stderr.replace(str(tmp), PLACEHOLDER)


def doc_blocks() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    blocks: dict[str, str] = {}
    for match in re.finditer(r"^```text ([\w-]+)\n(.*?)^```$", text, re.MULTILINE | re.DOTALL):
        name, body = match.group(1), match.group(2)
        assert name not in blocks, f"two blocks named {name} in {DOC.name}"
        blocks[name] = body
    return blocks


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip([c.name for c in CASES], pool.map(run_case, CASES), strict=True))


def test_doc_has_a_block_for_every_case_and_no_other() -> None:
    assert sorted(doc_blocks()) == sorted(c.name for c in CASES)


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_doc_shows_the_exact_message(name: str, outputs: dict[str, str]) -> None:
    got = outputs[name]
    assert "Traceback" not in got and "CF900" not in got, got
    assert re.search(r"\bCF\d{3}\b", got), got
    documented = doc_blocks().get(name)
    assert documented is not None, f"docs/errors.md has no ```text {name} block"
    assert got == documented, (
        f"docs/errors.md block {name!r} differs from what `cfpy build` prints now:\n"
        f"--- printed ---\n{got}--- documented ---\n{documented}"
    )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    with ThreadPoolExecutor(max_workers=4) as pool:
        for case, text in zip(CASES, pool.map(run_case, CASES), strict=True):
            print(f"```text {case.name}\n{text}```\n")
