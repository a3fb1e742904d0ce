"""Waiting for a run (or a custom fashion model / location being prepared), free of I/O:
:class:`Waiter` decides after each read whether it is done, failed, timed out, or when
to read again; the client only reads and sleeps (``AsyncClientAPI.wait_for``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

from ._polling import Poller
from ._raw_answers import UNEXPECTED_RESPONSE
from .errors import APIConnectionError, APIError

if TYPE_CHECKING:
    from ._models import RunBase

logger = logging.getLogger("weshop")
_T = TypeVar("_T")


Phase = Literal["done", "failed", "pending"]


def _transient(failure: Exception) -> bool:
    return isinstance(failure, APIConnectionError) or (
        isinstance(failure, APIError) and (failure.retryable or failure.code == UNEXPECTED_RESPONSE)
    )


@dataclass
class Waiter(Generic[_T]):
    """One wait for a run (or a model/location being prepared), free of I/O.

    After each read — the item, or the error the read raised — :meth:`step` returns the
    item when done, or the delay before the next read; it raises on failure, timeout, or
    a lasting error. Transient errors (retryable, connection) that outlive the request's
    own retries are tolerated until the deadline.
    """

    poller: Poller
    timeout: float
    clock: Callable[[], float]
    phase: Callable[[_T], Phase]
    progress: Callable[[_T], float | None]
    failed: Callable[[_T], Exception]
    timed_out: Callable[[_T | None], Exception]
    on_progress: Callable[[_T], object] | None = None
    last: _T | None = field(default=None, init=False)
    reads: int = field(default=0, init=False)
    #: The error of the last read, when it failed (the cause of a timeout).
    failure: Exception | None = field(default=None, init=False)

    def before_read(self) -> None:
        """Raise the timeout instead of a read that would start after the deadline (a
        wait reads at least once, however short its timeout)."""
        if self.reads and self.poller.expired(self.clock()):
            error = self.timed_out(self.last)
            if self.failure is not None:
                raise error from self.failure
            raise error

    def first_delay(self) -> float:
        """The wait before the first read of something just submitted (it cannot be done
        yet; the read that would tell so is saved)."""
        return self.poller.next_delay(self.clock(), None)

    def step(self, outcome: _T | Exception) -> _T | float:
        now = self.clock()
        self.reads += 1
        progress: float | None = None
        self.failure = outcome if isinstance(outcome, Exception) else None
        if isinstance(outcome, Exception):
            if not _transient(outcome):
                raise outcome
            if self.poller.expired(now):
                raise self.timed_out(self.last) from outcome
            logger.warning("polling failed, will poll again: %s", outcome)
        else:
            self.last = outcome
            if self.on_progress is not None:
                self.on_progress(outcome)
            phase = self.phase(outcome)
            if phase == "done":
                return outcome
            if phase == "failed":
                raise self.failed(outcome)
            progress = self.progress(outcome)
        if self.poller.expired(now):
            raise self.timed_out(self.last)
        # Always a float: callers tell "sleep this long" from "done" by that type.
        return float(self.poller.next_delay(now, progress))


def run_phase(run: RunBase) -> Phase:
    return "done" if run.succeeded else "failed" if run.failed else "pending"


def preparation_phase(status: str) -> Phase:
    return "done" if status == "complete" else "failed" if status == "failed" else "pending"


def reported_progress(run: RunBase) -> float | None:
    # The run ends with its slowest output: predict from the least progressed one.
    return run.slowest_progress


def no_progress(_: object) -> float | None:
    return None
