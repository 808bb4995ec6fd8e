"""asyncio.run() outside module level (issue 14): Python blocks there, JS cannot. A
coroutine that never waits for I/O or a timer runs to its end synchronously (proven by
tests/conformance/programs/501_asyncio_run_in_function.py); one that has to wait raises
RuntimeError saying so instead of returning a Promise (never a silently different value)."""

from __future__ import annotations

from pathlib import Path

from conftest import cfpy

WAITS_IN_FUNCTION = """\
import asyncio

async def waits():
    await asyncio.sleep(0.001)
    return "slept"

def later():
    return asyncio.run(waits())

try:
    print(later())
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(waits()))
"""


def test_waiting_coroutine_in_function_raises(tmp_path: Path) -> None:
    main = tmp_path / "main.py"
    main.write_text(WAITS_IN_FUNCTION)
    result = cfpy("run", str(main))
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith("RuntimeError: asyncio.run() outside module level cannot wait")
    assert second == "slept"  # at module level the same coroutine may wait
