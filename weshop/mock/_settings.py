"""Configuration of the mock server: :class:`MockSettings` and :class:`FaultRule`."""

from __future__ import annotations

import math
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal, get_args

__all__ = ["FAULT_KINDS", "FaultKind", "FaultRule", "MockSettings"]

FaultKind = Literal["rate_limit", "server_error", "slow", "drop", "drop_after", "run_failed"]
FAULT_KINDS: Final[frozenset[str]] = frozenset(get_args(FaultKind))

MIB: Final = 1024 * 1024


@dataclass(frozen=True)
class FaultRule:
    """One kind of misbehaviour the mock injects into matching requests.

    ``kind`` is one of:

    - ``"rate_limit"``: answer 429 with a ``Retry-After`` header (``retry_after`` seconds,
      rounded up to a whole second because the spec types the header as an integer);
    - ``"server_error"``: answer ``status`` (default 500) with the operation's error
      envelope, ``retryable: true``;
    - ``"slow"``: answer normally, after ``delay`` real seconds (not scaled by ``speed``:
      client timeouts are real time);
    - ``"drop"``: close the connection without answering, before processing anything;
    - ``"drop_after"``: process the request (e.g. start the run), then close the
      connection without answering — the lost-response case idempotency keys exist for;
    - ``"run_failed"``: the run started by this request ends ``Failed`` with an error
      (only requests that start a run match: ``createRun`` and ``executeTask``).

    ``rate`` is the probability (0..1, drawn from the seeded generator) that a matching
    request gets the fault; ``operations`` restricts the rule to those operationIds
    (``None``: every operation of the spec; file downloads only when ``"downloadFile"`` is
    named explicitly); ``count`` stops the rule after that many injections.
    """

    kind: FaultKind
    rate: float = 1.0
    operations: frozenset[str] | None = None
    count: int | None = None
    retry_after: float = 1.0
    delay: float = 1.0
    status: int = 500

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            kinds = ", ".join(sorted(FAULT_KINDS))
            raise ValueError(f"unknown fault kind {self.kind!r} (known: {kinds})")
        if not 0.0 <= self.rate <= 1.0 or math.isnan(self.rate):
            raise ValueError(f"fault rate must be within 0..1, got {self.rate!r}")
        if self.count is not None and self.count < 0:
            raise ValueError(f"fault count must not be negative, got {self.count!r}")
        if self.retry_after < 0 or self.delay < 0:
            raise ValueError("retry_after and delay must not be negative")
        if not 500 <= self.status <= 599:
            raise ValueError(f"server_error status must be a 5xx status, got {self.status!r}")
        if self.operations is not None and not isinstance(self.operations, frozenset):
            # Accept any iterable of names, but keep the dataclass hashable and immutable.
            object.__setattr__(self, "operations", frozenset(self.operations))

    @property
    def retry_after_header(self) -> str:
        """The ``Retry-After`` value: whole seconds, as the spec's integer header demands."""
        return str(math.ceil(self.retry_after))


FaultSequenceEntry = str | FaultRule | None


@dataclass(frozen=True)
class MockSettings:
    """How the mock behaves. Every field has a default, so ``MockSettings()`` is a
    working mock that accepts any non-empty API key.

    ``speed`` multiplies the run clock: at ``speed=100`` a run of 20 s takes 0.2 s.
    ``run_duration`` is the (min, max) length of a run in seconds at speed 1; each run
    draws its length from the generator seeded with ``seed``. ``api_keys`` of ``None``
    accepts any non-empty ``Authorization`` value; a set accepts only those values.

    ``faults`` are rate rules; ``fault_sequence`` is a script consumed before them: each
    request matching ``sequence_operations`` (``None``: every spec operation) takes the
    next entry — a fault kind, a :class:`FaultRule` (for its parameters), or ``None`` for
    "no fault" — and rate rules apply only once the script is used up.

    ``recordings`` is a directory of recording files to replay; ``None`` replays the
    recordings shipped with the package. ``max_body_bytes`` bounds a request body.
    ``asset_prepare_duration`` is how long (seconds at speed 1) a new "my model" or
    "my location" stays in ``prepare``. ``max_runs`` bounds how many runs (and tasks,
    and idempotency keys) the mock remembers — about 1 KiB each — so that a long-lived
    mock's memory levels off; the oldest are forgotten first. ``request_timeout`` is
    how long (real seconds) a connection may take to deliver a whole request — headers
    and body — from its first byte (or from opening the connection); past it the
    connection is closed, so half-sent requests do not hold connections open.
    """

    speed: float = 1.0
    run_duration: tuple[float, float] = (8.0, 40.0)
    seed: int = 0
    api_keys: AbstractSet[str] | None = None
    faults: Sequence[FaultRule] = field(default_factory=list)
    fault_sequence: Sequence[FaultSequenceEntry] = field(default_factory=list)
    sequence_operations: frozenset[str] | None = None
    recordings: Path | str | None = None
    max_body_bytes: int = 12 * MIB
    asset_prepare_duration: float = 30.0
    max_runs: int = 20_000
    request_timeout: float = 30.0

    def __post_init__(self) -> None:
        if not self.speed > 0 or math.isinf(self.speed):
            raise ValueError(f"speed must be a positive finite number, got {self.speed!r}")
        low, high = self.run_duration
        if not 0 <= low <= high:
            raise ValueError(
                f"run_duration must be (min, max) with 0 <= min <= max, got {low, high}"
            )
        if self.api_keys is not None and not isinstance(self.api_keys, frozenset):
            object.__setattr__(self, "api_keys", frozenset(self.api_keys))
        if self.sequence_operations is not None and not isinstance(
            self.sequence_operations, frozenset
        ):
            object.__setattr__(self, "sequence_operations", frozenset(self.sequence_operations))
        if self.max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        if self.max_runs < 1:
            raise ValueError("max_runs must be positive")
        if not self.request_timeout > 0 or math.isinf(self.request_timeout):
            raise ValueError(f"request_timeout must be positive, got {self.request_timeout!r}")
        for entry in self.fault_sequence:
            check_sequence_entry(entry)


def check_sequence_entry(entry: FaultSequenceEntry) -> None:
    """Raise ``ValueError`` unless ``entry`` is a fault kind, a FaultRule or None."""
    if entry is None or isinstance(entry, FaultRule):
        return
    if entry not in FAULT_KINDS:
        kinds = ", ".join(sorted(FAULT_KINDS))
        raise ValueError(f"unknown fault kind {entry!r} in fault_sequence (known: {kinds})")
