"""Deadlines: a request attempt bounded from connect to last byte, a wait bounded whole.

httpx's timeouts bound each network operation — one connect, one read, one write — not a
request: a server trickling one byte every 0.25 s never trips a 2 s read timeout and holds
the request for as long as it likes. Two deadlines close that gap, both carried in
context variables (the thread's, or the asyncio task's), so that the sync and async
clients share them:

* :func:`attempt_deadline` bounds one request attempt.
  :func:`weshop._deadline_backends.with_deadlines` wraps the network backend of an
  httpcore connection pool so that every connect, TLS handshake, read and write waits at
  most until the attempt's deadline (httpcore then raises its timeout, which httpx maps
  onto ``httpx.ConnectTimeout`` / ``ReadTimeout`` / ``WriteTimeout``);
* :func:`waiting_until` marks a wait's deadline (``runs.wait(timeout=)``), in the client's
  clock: the retry policy never sleeps past it and no attempt runs past it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from time import monotonic as _monotonic

import httpx

__all__ = [
    "attempt_deadline",
    "attempt_seconds",
    "bounded",
    "wait_deadline",
    "waiting_until",
]


#: The budget of the current attempt (``None`` outside attempts: downloads, other code).
_attempt: ContextVar[attempt_deadline | None] = ContextVar("weshop_attempt_budget", default=None)
#: The deadline of the current wait, in the client's clock (``None`` outside waits).
_wait: ContextVar[float | None] = ContextVar("weshop_wait_deadline", default=None)


def attempt_seconds(timeout: httpx.Timeout) -> float | None:
    """How long one attempt may take: the largest of the timeout's parts (a number given
    as ``timeout=`` sets them all), ``None`` when they are all unset."""
    parts = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return max(parts) if parts else None


class attempt_deadline:
    """Bound the network operations made inside the block to ``seconds`` in all, from
    the first of them (after waiting for a free request slot and a pooled connection).
    A class, not a generator, and its own budget: it runs on every request."""

    __slots__ = ("_token", "deadline", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = None if seconds is None else max(seconds, 0.0)
        #: Set by the attempt's first network operation (:func:`bounded`).
        self.deadline: float | None = None

    def __enter__(self) -> None:
        self._token = _attempt.set(None if self.seconds is None else self)

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
    deadline = budget.deadline
    if deadline is None:  # the attempt's first network operation starts its clock
        remaining = budget.seconds or 0.0  # never None here: such attempts set no budget
        budget.deadline = _monotonic() + remaining
    else:
        remaining = deadline - _monotonic()
    if remaining <= 0:
        raise error("the request took longer than its timeout")
    return remaining if timeout is None or remaining < timeout else timeout
