"""Load and faults in workerd, on the compiled `views` example (a Durable Object counter).

* 1,000 concurrent requests to one Durable Object: every request is answered, each count
  1..1000 is given out exactly once, and the stored count is exact afterwards;
* SIGKILL of the server (workerd and the node process that runs Miniflare — no graceful
  shutdown) in the middle of a stream of writes, then a start on the same state dir: no
  acknowledged write is lost (stored count >= acknowledged increments, and not more than
  were sent), and the object keeps counting from there.

One server for the module (restarted in place by the kill test). Localhost only.
Storage payloads and alarms: see test_storage_faults.py.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from reliability_support import EXAMPLES  # noqa: E402
from support.project import build, serve  # noqa: E402
from support.workerd import WorkerHandle, http_request  # noqa: E402

COUNT_RE = re.compile(r"^This Durable Object has been requested (\d+) times!$")
REQUESTS = 1000
THREADS = 64


@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerHandle]:
    project = tmp_path_factory.mktemp("load") / "views"
    shutil.copytree(EXAMPLES / "views", project, ignore=shutil.ignore_patterns("build", ".cfpy"))
    build(project)
    with serve(project) as handle:
        yield handle


def count_of(body: str) -> int:
    match = COUNT_RE.match(body)
    assert match, body
    return int(match.group(1))


def test_thousand_concurrent_requests_count_exactly(worker: WorkerHandle) -> None:
    url = worker.url + "/hot"

    def one(_: int) -> tuple[int, str]:
        response = http_request(url)
        return response.status, response.body

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        answers = list(pool.map(one, range(REQUESTS)))
    assert Counter(status for status, _ in answers) == {200: REQUESTS}
    counts = sorted(count_of(body) for _, body in answers)
    assert counts == list(range(1, REQUESTS + 1)), "a count was given out twice or skipped"
    assert count_of(worker.get("/hot").body) == REQUESTS + 1
    # other objects are untouched
    assert count_of(worker.get("/cold").body) == 1


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry))
    return found


def _sigkill_server(worker: WorkerHandle) -> list[int]:
    """SIGKILL workerd (the process holding the storage) and the node process above it."""
    assert worker.server is not None
    node = worker.server.process.pid
    killed = _children(node)
    assert killed, "no workerd process under the dev server"
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    os.kill(node, signal.SIGKILL)
    worker.server.process.wait(timeout=30)
    return killed


@pytest.mark.parametrize("when", ["under load", "idle"])
def test_sigkill_loses_no_acknowledged_write(worker: WorkerHandle, when: str) -> None:
    path = f"/killed-{when.replace(' ', '-')}"
    start = count_of(worker.get(path).body)
    url = worker.url + path
    acked: list[int] = []
    attempted = [0]
    lock = threading.Lock()
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            with lock:
                attempted[0] += 1
            try:
                response = http_request(url, timeout=10)
            except OSError:
                return  # the server is gone
            if response.status != 200:
                return
            with lock:
                acked.append(count_of(response.body))

    if when == "idle":
        for _ in range(25):
            acked.append(count_of(worker.get(path).body))
            attempted[0] += 1
        _sigkill_server(worker)
    else:
        threads = [threading.Thread(target=writer) for _ in range(16)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while len(acked) < 200 and time.monotonic() < deadline:
            time.sleep(0.01)
        _sigkill_server(worker)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert len(acked) >= 25, "too few writes before the kill"
    assert len(set(acked)) == len(acked), "two writes were acknowledged with the same count"

    worker.restart()  # the same state dir
    stored = count_of(worker.get(path).body) - 1  # this read counted too
    assert stored >= start + len(acked), (
        f"acknowledged writes lost: {len(acked)} acknowledged after {start}, {stored} stored"
    )
    assert stored <= start + attempted[0], "more writes stored than were sent"
    assert max(acked) <= stored
    assert count_of(worker.get(path).body) == stored + 2
