"""Deadlines: a request attempt bounded from connect to last byte, a wait bounded whole.

httpx's timeouts bound each network operation — one connect, one read, one write — not a
request: a server trickling one byte every 0.25 s never trips a 2 s read timeout and holds
the request for as long as it likes. Two deadlines close that gap, both carried in
context variables (the thread's, or the asyncio task's), so that the sync and async
clients share them:

* :func:`attempt_deadline` bounds one request attempt. :func:`with_deadlines` wraps the
  network backend of an httpcore connection pool so that every connect, TLS handshake,
  read and write waits at most until the attempt's deadline (httpcore then raises its
  timeout, which httpx maps onto ``httpx.ConnectTimeout`` / ``ReadTimeout`` /
  ``WriteTimeout``);
* :func:`waiting_until` marks a wait's deadline (``runs.wait(timeout=)``), in the client's
  clock: the retry policy never sleeps past it and no attempt runs past it.
"""

from __future__ import annotations

import contextlib
import logging
import time
import typing
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Final

import httpx

__all__ = [
    "attempt_deadline",
    "attempt_seconds",
    "bounded",
    "wait_deadline",
    "waiting_until",
    "with_deadlines",
]

logger = logging.getLogger("weshop")


class _Budget:
    """The time one attempt may take; its clock starts with its first network operation
    (after waiting for a free request slot and a pooled connection)."""

    __slots__ = ("deadline", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = max(seconds, 0.0)
        self.deadline: float | None = None


#: The budget of the current attempt (``None`` outside attempts: downloads, other code).
_attempt: ContextVar[_Budget | None] = ContextVar("weshop_attempt_budget", default=None)
#: The deadline of the current wait, in the client's clock (``None`` outside waits).
_wait: ContextVar[float | None] = ContextVar("weshop_wait_deadline", default=None)


def attempt_seconds(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take: the largest of the timeout's parts (a number given
    as ``timeout=`` sets them all), ``None`` when they are all unset."""
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


class attempt_deadline:
    """Bound the network operations made inside the block to ``seconds`` in all, from
    the first of them. (A class, not a generator: it runs on every request.)"""

    __slots__ = ("_budget", "_token")

    def __init__(self, seconds: float | None) -> None:
        self._budget = None if seconds is None else _Budget(seconds)

    def __enter__(self) -> None:
        self._token = _attempt.set(self._budget)

    def __exit__(self, *exc_info: object) -> None:
        _attempt.reset(self._token)


@contextlib.contextmanager
def waiting_until(deadline: float | None) -> Iterator[None]:
    """Mark the block as part of a wait that ends at ``deadline`` (the client's clock)."""
    token = _wait.set(deadline)
    try:
        yield
    finally:
        _wait.reset(token)


def wait_deadline() -> float | None:
    """The deadline of the wait the caller is part of (``None`` outside waits)."""
    return _wait.get()


def bounded(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut to what is left of the current attempt's deadline (its clock starts
    here on the attempt's first network operation); ``error`` once none is left."""
    budget = _attempt.get()
    if budget is None:
        return timeout
    now = time.monotonic()
    deadline = budget.deadline
    if deadline is None:  # the attempt's first network operation starts its clock
        deadline = budget.deadline = now + budget.seconds
    remaining = deadline - now
    if remaining <= 0:
        raise error("the request took longer than its timeout")
    return remaining if timeout is None else min(timeout, remaining)


_T = typing.TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)
#: Where httpx keeps the pool and httpcore the pool's backend (not public API: checked).
_POOL: Final = "_pool"
_BACKEND: Final = "_network_backend"


def with_deadlines(transport: _T) -> _T:
    """``transport`` (made by the client, before any connection) with every network
    operation of its pool bounded by the attempt's deadline (:func:`attempt_deadline`).

    httpx offers no public way to give its transport a network backend; the pool's
    backend is replaced in place. Should a later httpx or httpcore keep it elsewhere, the
    transport is returned unchanged (per-operation timeouts only) and a warning logged;
    the tests check the deadline holds."""
    import httpcore  # here, not at import: httpcore (and h11) load with the first pool

    from ._deadline_backends import AsyncBackend, Backend

    pool = getattr(transport, _POOL, None)
    inner = getattr(pool, _BACKEND, None)
    if isinstance(inner, httpcore.NetworkBackend):
        setattr(pool, _BACKEND, Backend(inner))
    elif isinstance(inner, httpcore.AsyncNetworkBackend):
        setattr(pool, _BACKEND, AsyncBackend(inner))
    else:
        logger.warning("weshop: cannot bound whole request attempts with this httpx version")
    return transport
