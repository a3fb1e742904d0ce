"""Completion callbacks: POST the run payload to ``callbackUrl`` when a run finishes.

Runs complete lazily (their state is computed when read), so nothing would notice a
completion by itself. A single scheduler task on the server's event loop keeps a heap of
the completion times of the runs that asked for a callback, sleeps until the next one,
and delivers it: up to 3 attempts (the first and two retries, as the v1 API reference
says), stopping as soon as the receiver answers ``SUCCESS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import urllib.parse
from collections.abc import Callable
from typing import Final

import httpx

from .._key_safety import is_loopback
from ._state import MockState, Run

__all__ = ["CALLBACK_ATTEMPTS", "CallbackScheduler", "is_loopback_url"]

CALLBACK_ATTEMPTS: Final = 3
# Pause between attempts, in mock seconds (scaled by speed like every other duration).
RETRY_DELAY: Final = 5.0
ATTEMPT_TIMEOUT: Final = 10.0
_log = logging.getLogger("weshop.mock")


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` points at this machine (127.0.0.0/8, ::1 or ``localhost``).

    Names other than ``localhost`` are refused without resolving them: the mock must
    never call out, and a DNS answer could point anywhere.
    """
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return False
    return host is not None and is_loopback(host.lower())


class CallbackScheduler:
    """Delivers callbacks when their runs complete (lives on the server's event loop)."""

    def __init__(self, state: MockState, render: Callable[[Run, str], bytes]) -> None:
        self._state = state
        self._render = render
        self._heap: list[tuple[float, int, str, str]] = []
        self._order = itertools.count()
        self._wakeup: asyncio.Event | None = None
        self._client: httpx.AsyncClient | None = None
        self._deliveries: set[asyncio.Task[None]] = set()

    def schedule(self, run: Run, base: str) -> None:
        """Call ``run.callback_url`` when ``run`` completes (``base`` builds its URLs)."""
        due = run.created + run.duration / self._state.speed
        heapq.heappush(self._heap, (due, next(self._order), run.execution_id, base))
        if self._wakeup is not None:
            self._wakeup.set()

    async def run_forever(self) -> None:
        """The scheduler loop; cancel it to stop."""
        self._wakeup = asyncio.Event()
        # trust_env=False: callbacks go to loopback only and must never take a proxy.
        self._client = httpx.AsyncClient(
            trust_env=False, timeout=ATTEMPT_TIMEOUT, follow_redirects=False
        )
        try:
            while True:
                self._wakeup.clear()
                now = self._state.now()
                while self._heap and self._heap[0][0] <= now:
                    _, _, execution_id, base = heapq.heappop(self._heap)
                    task = asyncio.create_task(self._deliver(execution_id, base))
                    self._deliveries.add(task)
                    task.add_done_callback(self._deliveries.discard)
                timeout = self._heap[0][0] - now if self._heap else None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wakeup.wait(), timeout)
        finally:
            for task in list(self._deliveries):
                task.cancel()
            await self._client.aclose()

    async def _deliver(self, execution_id: str, base: str) -> None:
        assert self._client is not None
        for attempt in range(CALLBACK_ATTEMPTS):
            run = self._state.runs.get(execution_id)
            if run is None or run.callback_url is None:
                return  # deleted with its task meanwhile
            self._state.stats.callback_attempts += 1
            try:
                response = await self._client.post(
                    run.callback_url,
                    content=self._render(run, base),
                    headers={"Content-Type": "application/json"},
                )
                if response.text.strip() == "SUCCESS":
                    self._state.stats.callbacks_delivered += 1
                    return
            except httpx.HTTPError as exc:
                _log.info("callback attempt %d for %s failed: %s", attempt + 1, execution_id, exc)
            if attempt + 1 < CALLBACK_ATTEMPTS:
                await asyncio.sleep(RETRY_DELAY / self._state.speed)
