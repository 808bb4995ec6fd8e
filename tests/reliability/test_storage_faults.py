"""KV and Durable Object storage payloads, and a failing alarm, in workerd.

The worker is tests/reliability/workers/storage (compiled by `cfpy build` into a temp copy):
values with unicode (astral characters, NUL, U+2028, combining marks), arbitrary binary
bytes and 1 MB+ payloads must round-trip unchanged through KV and through Durable Object
storage, including a nested value holding every storable type; an alarm() that raises is
retried by the runtime until it completes.  One server for the module.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from support.project import build, serve  # noqa: E402
from support.workerd import WorkerHandle  # noqa: E402

WORKER = Path(__file__).parent / "workers" / "storage"
MB = 1024 * 1024


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    project = tmp_path_factory.mktemp("storage") / "storage"
    shutil.copytree(WORKER, project, ignore=shutil.ignore_patterns("build", ".cfpy"))
    build(project)
    with serve(project) as handle:
        yield handle


def raw(
    worker: WorkerHandle, path: str, method: str = "GET", data: bytes | None = None
) -> tuple[int, bytes]:
    request = urllib.request.Request(worker.url + path, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _text_payloads() -> dict[str, str]:
    rng = random.Random(7)
    alphabet = "aé中😀\U0010ffff\x00\u2028\u2029\ufeff\u0301\"'\\</script>\r\n\t"
    big = "".join(rng.choice(alphabet) for _ in range(700_000))
    assert len(big.encode()) > MB
    return {
        "empty": "",
        "unicode": "héllo 😀 中文 \u2028\u2029 \x00 e\u0301 \U0010ffff \"'\\ </script>",
        "big": big,
    }


def _bytes_payloads() -> dict[str, bytes]:
    rng = random.Random(11)
    return {
        "all-bytes": bytes(range(256)) * 3,
        "invalid-utf8": b"\xff\xfe\xed\xa0\x80\xc0\x80 \x00",
        "big": rng.randbytes(MB + 12345),
    }


TEXTS = _text_payloads()
BYTES = _bytes_payloads()


@pytest.mark.parametrize("store", ["kv", "do"])
@pytest.mark.parametrize("name", sorted(TEXTS))
def test_text_round_trips(worker: WorkerHandle, store: str, name: str) -> None:
    text = TEXTS[name]
    path = f"/kv/t-{name}?kind=text" if store == "kv" else f"/do/obj/value/t-{name}?kind=text"
    assert raw(worker, path, "PUT", text.encode()) == (200, b"stored")
    status, body = raw(worker, path)
    assert status == 200
    assert body.decode("utf-8") == text


@pytest.mark.parametrize("store", ["kv", "do"])
@pytest.mark.parametrize("name", sorted(BYTES))
def test_bytes_round_trip(worker: WorkerHandle, store: str, name: str) -> None:
    data = BYTES[name]
    path = f"/kv/b-{name}?kind=bytes" if store == "kv" else f"/do/obj/value/b-{name}?kind=bytes"
    assert raw(worker, path, "PUT", data) == (200, b"stored")
    status, body = raw(worker, path)
    assert status == 200, body[:200]
    assert body == data


def test_kv_json_value_round_trips(worker: WorkerHandle) -> None:
    text = TEXTS["unicode"]
    assert raw(worker, "/kv/j?kind=json", "PUT", text.encode()) == (200, b"stored")
    status, body = raw(worker, "/kv/j?kind=json")
    assert status == 200
    assert json.loads(body) == {"text": text, "list": [1, "é", None]}


@pytest.mark.parametrize("name", ["unicode", "medium"])
def test_do_nested_value_round_trips(worker: WorkerHandle, name: str) -> None:
    """The nested value holds the text four times and its UTF-8 twice: "medium" makes it
    about 1.5 MB (a SQLite-backed object's value limit is 2 MB; workerd says SQLITE_TOOBIG
    above that)."""
    text = TEXTS["big"][:150_000] if name == "medium" else TEXTS[name]
    path = f"/do/obj/value/n-{name}?kind=nested"
    assert raw(worker, path, "PUT", text.encode()) == (200, b"stored")
    status, body = raw(worker, path)
    assert status == 200
    assert json.loads(body) == {"same": True, "text": text, "type": "dict"}


def test_values_survive_a_restart(worker: WorkerHandle) -> None:
    data = BYTES["all-bytes"]
    text = TEXTS["unicode"]
    assert raw(worker, "/kv/persist?kind=bytes", "PUT", data)[0] == 200
    assert raw(worker, "/do/persist/value/x?kind=text", "PUT", text.encode())[0] == 200
    worker.restart()
    assert raw(worker, "/kv/persist?kind=bytes") == (200, data)
    assert raw(worker, "/do/persist/value/x?kind=text") == (200, text.encode())


def test_alarm_that_raises_is_retried_until_it_completes(worker: WorkerHandle) -> None:
    assert raw(worker, "/do/alarm-obj/alarm?fail=1", "POST") == (200, b"alarm set")
    deadline = time.monotonic() + 45
    state = {}
    while time.monotonic() < deadline:
        state = json.loads(raw(worker, "/do/alarm-obj/alarm")[1])
        if state["done"]:
            break
        time.sleep(0.2)
    assert state == {"attempts": 2, "done": True}
    assert any("RuntimeError: alarm attempt 1 fails on purpose" in line for line in worker.output)
