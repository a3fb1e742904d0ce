"""Deciding which fault (if any) a request gets: scripted entries first, then rate rules;
and injecting those that strike before the request is read."""

from __future__ import annotations

import asyncio
import random
import threading
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ._asgi import Drop
from ._envelopes import ApiError
from ._settings import FaultRule, FaultSequenceEntry, check_sequence_entry

__all__ = ["DOWNLOAD_OPERATION", "RUN_CREATING_OPERATIONS", "FaultInjector", "inject_early_fault"]

# The operations whose request starts a run: the only ones a "run_failed" fault matches.
RUN_CREATING_OPERATIONS: Final = frozenset({"createRun", "executeTask"})
# File downloads are not spec operations; rules without an explicit list leave them alone
# (they stand for a public CDN, a different service from the API).
DOWNLOAD_OPERATION: Final = "downloadFile"


@dataclass
class _RuleState:
    rule: FaultRule
    injected: int = 0

    def exhausted(self) -> bool:
        return self.rule.count is not None and self.injected >= self.rule.count


class FaultInjector:
    """Holds the fault configuration and picks a fault per request (thread-safe).

    Requests are handled on the server's event loop while tests call :meth:`configure`
    from their own thread, hence the lock.
    """

    def __init__(
        self,
        faults: Sequence[FaultRule],
        sequence: Sequence[FaultSequenceEntry],
        sequence_operations: frozenset[str] | None,
        seed: int,
    ) -> None:
        self._lock = threading.Lock()
        # A generator of its own, so that fault draws do not shift run durations.
        self._random = random.Random(f"faults:{seed}")
        self._rules: list[_RuleState] = []
        self._sequence: deque[FaultSequenceEntry] = deque()
        self._sequence_operations: frozenset[str] | None = None
        self.configure(faults, sequence, sequence_operations)

    def configure(
        self,
        faults: Sequence[FaultRule],
        sequence: Sequence[FaultSequenceEntry],
        sequence_operations: frozenset[str] | None,
    ) -> None:
        """Replace the rules and the script (counts start again from zero)."""
        for entry in sequence:
            check_sequence_entry(entry)
        with self._lock:
            self._rules = [_RuleState(rule) for rule in faults]
            self._sequence = deque(sequence)
            self._sequence_operations = sequence_operations

    def pick(self, operation_id: str) -> FaultRule | None:
        """The fault for one request to ``operation_id``, or None."""
        creates_run = operation_id in RUN_CREATING_OPERATIONS
        with self._lock:
            if self._sequence and self._sequence_matches(operation_id):
                # A scripted entry decides this request outright, even when it says "no
                # fault": scripts must be deterministic whatever rate rules also exist.
                entry = self._sequence.popleft()
                rule = _as_rule(entry)
                if rule is not None and (rule.kind != "run_failed" or creates_run):
                    return rule
                return None
            for state in self._rules:
                if state.exhausted() or not _rule_matches(state.rule, operation_id):
                    continue
                if state.rule.kind == "run_failed" and not creates_run:
                    continue
                if state.rule.rate < 1.0 and self._random.random() >= state.rule.rate:
                    continue
                state.injected += 1
                return state.rule
            return None

    def _sequence_matches(self, operation_id: str) -> bool:
        if self._sequence_operations is None:
            return operation_id != DOWNLOAD_OPERATION
        return operation_id in self._sequence_operations


def _rule_matches(rule: FaultRule, operation_id: str) -> bool:
    if rule.operations is None:
        return operation_id != DOWNLOAD_OPERATION
    return operation_id in rule.operations


def _as_rule(entry: FaultSequenceEntry) -> FaultRule | None:
    if entry is None or isinstance(entry, FaultRule):
        return entry
    return FaultRule(kind=entry)  # type: ignore[arg-type]  # checked by check_sequence_entry


async def inject_early_fault(fault: FaultRule) -> None:
    """Strike before the request is read: raise :class:`Drop` (``drop``) or an
    :class:`ApiError` (``rate_limit``, ``server_error``), or sleep (``slow``). Other kinds
    strike later (``drop_after``, ``run_failed``)."""
    if fault.kind == "drop":
        raise Drop
    if fault.kind == "rate_limit":
        raise ApiError(
            429,
            "too many requests (injected by the mock's rate_limit fault)",
            headers={"Retry-After": fault.retry_after_header},
        )
    if fault.kind == "server_error":
        raise ApiError(
            fault.status,
            "the service failed (injected by the mock's server_error fault)",
            code="INTERNAL_ERROR",
            retryable=True,
            exact_status=True,
        )
    if fault.kind == "slow":
        await asyncio.sleep(fault.delay)
