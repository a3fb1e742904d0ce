"""Adaptive polling, written once and free of I/O.

A :class:`Poller` decides how long to sleep before the next status request. It never
sleeps itself and reads time only through the clock it is given, so the sync and async
``wait`` loops share it and tests drive it with a fake clock.

The schedule:

* **No progress reported yet** (queued, or an agent that reports none): start quick
  (``initial_interval``) and back off geometrically (``growth``) with jitter up to
  ``max_interval``.
* **First progress reported**: the work started after the last read without progress,
  so with linear progress it ends no later than a computable moment; read again at the
  latest halfway there (sooner if the backoff says so) to learn the rate.
* **Progress rate known** (two samples or more): predict the finish from the rate (first
  sample to last) and aim a little (``lead``) after it — in one jump when the finish is
  within ``max_interval``, otherwise in ``max_interval`` steps that refine the estimate.
* **Predicted finish passed** (the estimate was early): poll every
  ``overdue_interval``, growing by ``overdue_growth`` per poll up to ``max_interval``.

Every delay is clipped to the deadline, so a timeout is noticed on time.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from ._constants import (
    POLL_GROWTH,
    POLL_INITIAL_INTERVAL,
    POLL_JITTER,
    POLL_LEAD,
    POLL_MAX_INTERVAL,
    POLL_OVERDUE_GROWTH,
    POLL_OVERDUE_INTERVAL,
)

__all__ = ["PollPolicy", "Poller"]


@dataclass(frozen=True)
class PollPolicy:
    """Settings of adaptive polling (seconds). ``PollPolicy.immediate()`` never waits (tests)."""

    initial_interval: float = POLL_INITIAL_INTERVAL
    max_interval: float = POLL_MAX_INTERVAL
    growth: float = POLL_GROWTH
    jitter: float = POLL_JITTER
    lead: float = POLL_LEAD
    overdue_interval: float = POLL_OVERDUE_INTERVAL
    overdue_growth: float = POLL_OVERDUE_GROWTH

    def __post_init__(self) -> None:
        if min(self.initial_interval, self.max_interval, self.lead, self.overdue_interval) < 0:
            raise ValueError("poll intervals must be >= 0")
        if self.growth < 1 or self.overdue_growth < 1:
            raise ValueError("growth factors must be >= 1")
        if not 0 <= self.jitter < 1:
            raise ValueError("jitter must be in [0, 1)")

    @classmethod
    def immediate(cls) -> PollPolicy:
        """Poll back to back (for tests against a fast mock)."""
        return cls(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0)

    def start(
        self, now: float, timeout: float | None, rand: Callable[[], float] = random.random
    ) -> Poller:
        """A poller for one wait that starts at monotonic time ``now``."""
        deadline = None if timeout is None else now + timeout
        return Poller(self, deadline=deadline, rand=rand)


@dataclass
class Poller:
    """The state of one wait: progress samples and the backoff step.

    Call :meth:`next_delay` after each status read that did not end the wait; call
    :meth:`expired` to learn whether the deadline has passed.
    """

    policy: PollPolicy
    deadline: float | None
    rand: Callable[[], float] = random.random
    polls: int = field(default=0, init=False)
    overdue_polls: int = field(default=0, init=False)
    #: (time, progress) of reads that reported progress > 0.
    _samples: list[tuple[float, float]] = field(default_factory=list, init=False)
    #: The last read, before any progress, that reported none (the work had not started).
    _last_zero: float | None = field(default=None, init=False)

    def expired(self, now: float) -> bool:
        return self.deadline is not None and now >= self.deadline

    def predicted_finish(self) -> float | None:
        """The monotonic time the work is predicted to finish, from two or more progress
        samples (``None`` without a usable rate)."""
        if not self._samples:
            return None
        t_last, p_last = self._samples[-1]
        if p_last >= 1.0:
            return t_last
        t_first, p_first = self._samples[0]
        if len(self._samples) < 2 or p_last <= p_first or t_last <= t_first:
            return None
        rate = (p_last - p_first) / (t_last - t_first)
        return t_last + (1.0 - p_last) / rate

    def latest_finish(self) -> float | None:
        """With a single progress sample: the latest the work can finish if it started
        right after the last read that reported no progress (progress grows linearly)."""
        if len(self._samples) != 1 or self._last_zero is None:
            return None
        t_first, p_first = self._samples[0]
        if t_first <= self._last_zero:
            return None
        return t_first + (1.0 - p_first) * (t_first - self._last_zero) / p_first

    def observe(self, now: float, progress: float | None) -> None:
        """Record a status read at ``now`` with the progress it reported (0..1; ``None``
        when nothing was reported, e.g. while queued)."""
        if progress is None or progress <= 0.0:
            if not self._samples:
                self._last_zero = now
            return
        progress = min(progress, 1.0)
        if self._samples and progress < self._samples[-1][1]:
            # Progress went backwards (e.g. a retried step): start estimating afresh.
            self._samples.clear()
            self._last_zero = now
        self._samples.append((now, progress))

    def next_delay(self, now: float, progress: float | None = None) -> float:
        """Record a read at ``now`` (with its progress) and return how long to sleep."""
        self.observe(now, progress)
        policy = self.policy
        self.polls += 1
        backoff = self._jittered(self._backoff(self.polls - 1, policy.initial_interval))
        finish = self.predicted_finish()
        latest = self.latest_finish()
        if finish is not None:
            remaining = finish - now
            if remaining > policy.max_interval:
                delay = self._jittered(policy.max_interval)
            elif remaining > 0:
                delay = remaining + policy.lead
                self.overdue_polls = 0
            else:
                delay = min(
                    policy.max_interval,
                    policy.overdue_interval * policy.overdue_growth ** min(self.overdue_polls, 64),
                )
                self.overdue_polls += 1
        elif latest is not None:
            # One sample: read again well before the latest possible finish, to get a rate.
            delay = min(backoff, max((latest - now) / 2.0, policy.initial_interval))
        else:
            delay = backoff
        if self.deadline is not None:
            delay = min(delay, max(self.deadline - now, 0.0))
        return max(delay, 0.0)

    def _backoff(self, step: int, base: float) -> float:
        return min(self.policy.max_interval, base * self.policy.growth ** min(step, 64))

    def _jittered(self, delay: float) -> float:
        spread = self.policy.jitter
        return delay * (1.0 - spread + 2.0 * spread * self.rand()) if spread else delay
