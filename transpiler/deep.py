"""Run the compiler with room for deeply nested programs.

The compiler's tree walks recurse once per nesting level, and libcst nests more than
CPython's AST does (an `elif` chain is a chain of `If` nodes, `a and b and c` a chain of
binary operations), so a program CPython compiles (hundreds of `elif`s, a 400-term `and`)
overflows Python's default recursion limit of 1000. ``call_deep`` runs the compiler in a
thread with a large stack and a high recursion limit instead. Programs CPython itself
refuses as too deep are refused before that, by the syntax check (parse/).
"""

from __future__ import annotations

import ctypes
import functools
import sys
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")

# Only touched pages of the stack are committed; 1 GiB leaves room for the recursion limit.
STACK_BYTES = 1 << 30
RECURSION_LIMIT = 200_000

_lock = threading.Lock()  # guards the process-wide settings below
_deep_threads: set[int] = set()  # compiler threads running
_active = 0  # call_deep calls in progress
_saved_limit = 0


def call_deep(action: Callable[[], T]) -> T:
    """``action()`` run in a thread with a large stack and a high recursion limit; its
    result is returned and its exception re-raised. An exception raised in the calling
    thread while it waits (Ctrl-C, a SIGALRM timeout) is raised in the compiler thread
    too, which then stops, and is re-raised here."""
    if threading.get_ident() in _deep_threads:
        return action()
    outcome: dict[str, object] = {}

    def run() -> None:
        _deep_threads.add(threading.get_ident())
        try:
            outcome["value"] = action()
        except BaseException as err:  # noqa: BLE001 - handed over to the caller
            outcome["error"] = err
        finally:
            _deep_threads.discard(threading.get_ident())

    _raise_limit()
    try:
        worker = threading.Thread(target=run, name="cfpy-compiler", daemon=True)
        with _lock:  # stack_size() is process-wide
            previous_stack = threading.stack_size(STACK_BYTES)
            try:
                worker.start()
            finally:
                threading.stack_size(previous_stack)
        _join(worker)
    finally:
        _restore_limit()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _raise_limit() -> None:
    global _active, _saved_limit
    with _lock:
        if _active == 0:
            _saved_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(max(_saved_limit, RECURSION_LIMIT))
        _active += 1


def _restore_limit() -> None:
    """Back to the caller's limit once no compiler thread needs the high one (a deep
    recursion elsewhere then stops with RecursionError before it overflows its stack)."""
    global _active
    with _lock:
        _active -= 1
        if _active == 0:
            sys.setrecursionlimit(_saved_limit)


def deep(function: Callable[P, T]) -> Callable[P, T]:
    """Decorator: every call of ``function`` runs through ``call_deep``."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        return call_deep(lambda: function(*args, **kwargs))

    return wrapper


def _join(worker: threading.Thread) -> None:
    try:
        worker.join()
    except BaseException as err:
        # Stop the compiler thread with the same exception, then let it propagate here.
        if worker.ident is not None:
            ctypes.pythonapi.PyThreadState_SetAsyncExc(
                ctypes.c_ulong(worker.ident), ctypes.py_object(type(err))
            )
        worker.join()
        raise
