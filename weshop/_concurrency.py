"""The few places where sync and async code differ in more than ``await``.

The async client and its resources (``weshop/_async/``) are the one hand-written copy;
``codegen/unasync.py`` writes the sync copy (``weshop/_sync/``) by renaming ``AsyncX`` to
``X`` and ``aname`` to ``name`` — these pairs are what the renamed names mean (as in
httpcore's ``_synchronization.py``). Async runs concurrently what sync runs in order, and
hands blocking work (hashing files, writing the upload cache) to a thread so the event
loop keeps serving other tasks.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:
    # Imported where used: asyncio takes ~10 ms to import, which the sync client (and
    # `import weshop`) need not pay.
    import asyncio

__all__ = [
    "AsyncKeyedLocks",
    "AsyncSemaphore",
    "KeyedLocks",
    "Semaphore",
    "agather",
    "arun_blocking",
    "asleep_seconds",
    "gather",
    "run_blocking",
    "sleep_seconds",
]

P = ParamSpec("P")
T = TypeVar("T")


async def agather(*awaitables: Awaitable[T]) -> list[T]:
    """Run the awaitables concurrently; their results in order."""
    import asyncio

    return list(await asyncio.gather(*awaitables))


def gather(*results: T) -> list[T]:
    """The sync ``agather``: the calls already ran, one after the other, as arguments."""
    return list(results)


async def arun_blocking(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run blocking ``function`` in a worker thread, keeping the event loop free."""
    import asyncio

    return await asyncio.to_thread(function, *args, **kwargs)


def run_blocking(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """The sync ``arun_blocking``: just call it."""
    return function(*args, **kwargs)


async def asleep_seconds(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def sleep_seconds(seconds: float) -> None:
    time.sleep(seconds)


class AsyncSemaphore:
    """At most ``limit`` holders at once (``async with``)."""

    def __init__(self, limit: int) -> None:
        import asyncio

        self._semaphore = asyncio.Semaphore(limit)

    async def __aenter__(self) -> None:
        await self._semaphore.acquire()

    async def __aexit__(self, *exc_info: object) -> None:
        self._semaphore.release()


class Semaphore:
    """At most ``limit`` threads at once (``with``). Tokens in a ``queue.SimpleQueue``:
    taking and returning one is a C call each, where ``threading.Semaphore`` runs a
    Python-level condition on every request."""

    def __init__(self, limit: int) -> None:
        self._tokens: queue.SimpleQueue[None] = queue.SimpleQueue()
        for _ in range(limit):
            self._tokens.put(None)

    def __enter__(self) -> None:
        self._tokens.get()

    def __exit__(self, *exc_info: object) -> None:
        self._tokens.put(None)


class AsyncKeyedLocks:
    """One lock per key, held while anyone waits for or holds it, then dropped: as many
    locks as keys in use, not as keys ever seen."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    def __len__(self) -> int:
        return len(self._locks)

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        import asyncio

        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            _release(self._locks, key)


class KeyedLocks:
    """One lock per key (thread-safe), held while anyone waits for or holds it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[threading.Lock, int]] = {}
        self._guard = threading.Lock()

    def __len__(self) -> int:
        return len(self._locks)

    @contextlib.contextmanager
    def hold(self, key: str) -> Iterator[None]:
        with self._guard:
            lock, users = self._locks.get(key) or (threading.Lock(), 0)
            self._locks[key] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                _release(self._locks, key)


def _release(locks: dict[str, tuple[T, int]], key: str) -> None:
    lock, users = locks[key]
    if users == 1:
        del locks[key]
    else:
        locks[key] = (lock, users - 1)
