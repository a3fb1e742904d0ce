"""Retry decisions, written once and free of I/O.

The sync and async drivers ask a :class:`RetryState` what to do after each failed
attempt; it answers with a delay or raises the final error. Nothing here sleeps or
sends anything, so the policy is unit-tested with plain values.

What is retried:

* connection errors and timeouts (``httpx.TransportError``), answers 408, 429, 5xx, and
  any error envelope with ``retryable: true`` — for operations that are safe to replay
  (reads, uploads, estimates, deletes, and ``createRun``, which always carries an
  ``Idempotency-Key`` reused on every attempt);
* for operations that are *not* safe to replay (task create/execute, creating a fashion
  model or location of your own): only failures that prove the request was not acted
  upon — the connection could not be opened, 408, 429, or an envelope saying
  ``retryable: true``. A dropped connection or a bare 5xx might have been processed, so
  it is raised rather than risk doing the work (and billing) twice.

Delays: capped exponential backoff with full jitter, ``uniform(0, min(max_delay,
initial_delay * 2**retry))``; a ``Retry-After`` answer (seconds or an HTTP date) is
honoured instead, capped at ``max_retry_after``.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from ._constants import (
    AUTH_HEADER,
    DEFAULT_MAX_RETRIES,
    RETRY_AFTER_CAP,
    RETRY_INITIAL_DELAY,
    RETRY_MAX_DELAY,
)
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    RateLimitError,
    ResponseDecodingError,
)

__all__ = [
    "RetryEvent",
    "RetryPolicy",
    "RetryState",
    "connection_error",
    "parse_retry_after",
    "safe_request",
    "safe_transport_error",
]

logger = logging.getLogger("weshop")

#: Transport failures after which the request certainly never reached the service.
_NOT_SENT: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
#: Transport failures that are not worth repeating (a bug or a configuration problem).
_PERMANENT: tuple[type[httpx.TransportError], ...] = (
    httpx.UnsupportedProtocol,
    httpx.LocalProtocolError,
)
#: Statuses that say "not processed, try again" even for operations unsafe to replay.
_REJECTED_UNPROCESSED = frozenset({408, 429})


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. ``max_retries`` counts retries after the first try."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = RETRY_INITIAL_DELAY
    max_delay: float = RETRY_MAX_DELAY
    max_retry_after: float = RETRY_AFTER_CAP

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if min(self.initial_delay, self.max_delay, self.max_retry_after) < 0:
            raise ValueError("retry delays must be >= 0")

    def backoff(self, retry: int, rand: Callable[[], float] = random.random) -> float:
        """Full-jitter backoff before retry number ``retry`` (0 for the first retry)."""
        ceiling = min(self.max_delay, self.initial_delay * (2.0 ** min(retry, 62)))
        return rand() * ceiling

    def delay(
        self, retry: int, retry_after: float | None, rand: Callable[[], float] = random.random
    ) -> float:
        """The delay before retry number ``retry``: the server's ``Retry-After`` (capped)
        when it gave one, otherwise :meth:`backoff`."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        return self.backoff(retry, rand)

    def should_retry(self, failure: Exception, *, replay_safe: bool) -> bool:
        """Whether ``failure`` is worth another attempt (ignoring the retry budget)."""
        if isinstance(failure, APIError):
            if not failure.retryable:
                return False
            if replay_safe:
                return True
            # A rate limit refuses the request unprocessed, whether it came as HTTP 429 or
            # as a 200 envelope whose code says so (mapped onto RateLimitError).
            return (
                isinstance(failure, RateLimitError)
                or failure.status_code in _REJECTED_UNPROCESSED
                or failure.envelope_retryable is True
            )
        if isinstance(failure, httpx.DecodingError):
            # The answer came but its body was garbled (a proxy, a broken encoder): the
            # request was processed, so only one safe to replay is repeated.
            return replay_safe
        if isinstance(failure, httpx.TransportError):
            if isinstance(failure, _PERMANENT):
                return False
            return replay_safe or isinstance(failure, _NOT_SENT)
        return False


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date.
    ``None`` when absent or unparseable; never negative. ``now`` is wall-clock time."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN / inf
        return None
    return max(seconds, 0.0)


def retry_after_from_headers(headers: Mapping[str, str]) -> float | None:
    """The ``Retry-After`` of a response's headers, in seconds (or ``None``)."""
    value = headers.get("retry-after")
    if value is None:
        value = headers.get("Retry-After")
    return parse_retry_after(value)


def safe_request(request: httpx.Request, redact: Callable[[str], str] = str) -> httpx.Request:
    """A copy of ``request`` safe to keep in an error: method, URL and headers
    (``redact``-ed), without ``Authorization`` (the key) and without a body (an upload
    may be large)."""
    headers = [
        (name, redact(value))
        for name, value in request.headers.multi_items()
        if name.lower() != AUTH_HEADER.lower()
    ]
    return httpx.Request(request.method, redact(str(request.url)), headers=headers)


def safe_transport_error(
    failure: httpx.RequestError, redact: Callable[[str], str] = str
) -> httpx.RequestError:
    """A copy of ``failure`` that is safe to chain to an error: the same class and
    message (``redact``-ed), its ``request`` rebuilt from the method, URL and headers
    without ``Authorization`` (httpx's own holds the request as sent, key included),
    and no cause, context or traceback."""
    try:
        request: httpx.Request | None = failure.request
    except RuntimeError:  # raised without a request
        request = None
    kept = None if request is None else safe_request(request, redact)
    message = redact(str(failure))
    try:
        copy = type(failure)(message, request=kept)
    except TypeError:  # a subclass with another signature
        copy = httpx.TransportError(message, request=kept)
    return copy


def connection_error(
    operation: str, failure: httpx.RequestError, redact: Callable[[str], str] = str
) -> APIConnectionError:
    """The :class:`APIConnectionError` raised once a transport failure is final, with a
    safe copy of ``failure`` (:func:`safe_transport_error`) as its ``__cause__``: what a
    user debugging the failure needs (the httpx class, its message, method, URL and
    headers) without the key that httpx's exception holds."""
    safe = safe_transport_error(failure, redact)
    detail = str(safe) or type(safe).__name__
    try:
        request: httpx.Request | None = safe.request
    except RuntimeError:
        request = None
    error: APIConnectionError
    if isinstance(failure, httpx.TimeoutException):
        error = APITimeoutError(f"{operation}: request timed out ({detail})", request=request)
    elif isinstance(failure, httpx.DecodingError):
        error = ResponseDecodingError(
            f"{operation}: the answer's body could not be decoded ({detail})", request=request
        )
    else:
        error = APIConnectionError(
            f"{operation}: connection failed ({type(failure).__name__}: {detail})",
            request=request,
        )
    error.__cause__ = safe
    error.__suppress_context__ = True
    return error


@dataclass
class RetryState:
    """The retry bookkeeping of one logical request (all its attempts).

    :meth:`next_delay` returns how long to sleep before the next attempt, or raises the
    error to give the caller: the API error itself, or the transport failure wrapped in
    :class:`APIConnectionError` / :class:`APITimeoutError`.
    """

    policy: RetryPolicy
    operation: str
    replay_safe: bool
    rand: Callable[[], float] = random.random
    #: Called with each :class:`RetryEvent` before the delay is slept; what it raises
    #: propagates (the request is abandoned).
    on_retry: Callable[[RetryEvent], object] | None = None
    #: Redacts the key from the text of a transport failure before it is raised.
    redact: Callable[[str], str] = str
    #: The end of the wait this request is part of (``clock`` time), if any: no retry
    #: sleeps past it — the failure is raised instead.
    deadline: float | None = None
    clock: Callable[[], float] = time.monotonic
    retries: int = field(default=0, init=False)

    def next_delay(self, failure: Exception) -> float:
        delay: float | None = None
        if self.retries < self.policy.max_retries and self.policy.should_retry(
            failure, replay_safe=self.replay_safe
        ):
            retry_after = failure.retry_after if isinstance(failure, APIError) else None
            delay = self.policy.delay(self.retries, retry_after, self.rand)
            if self.deadline is not None and self.clock() + delay >= self.deadline:
                delay = None  # the retry would come after the wait is over
        if delay is None:
            if isinstance(failure, httpx.RequestError):
                # Not ``from failure``: httpx's exception holds the request as sent, with
                # the key; the error carries a safe copy as its cause instead.
                raise connection_error(self.operation, failure, self.redact)
            raise failure
        self.retries += 1
        event = RetryEvent(
            operation=self.operation,
            delay=delay,
            retry=self.retries,
            max_retries=self.policy.max_retries,
            status_code=failure.status_code if isinstance(failure, APIError) else None,
            cause=_describe(failure),
        )
        logger.info(
            "retrying %s in %.2fs (retry %d of %d) after %s",
            event.operation,
            event.delay,
            event.retry,
            event.max_retries,
            event.cause,
            extra={"retry": event},
        )
        if self.on_retry is not None:
            self.on_retry(event)
        return delay


@dataclass(frozen=True)
class RetryEvent:
    """One retry, as logged at INFO on the ``weshop`` logger (the record's ``retry``
    attribute) and given to the client's ``on_retry`` hook, so that callers can count or
    react without parsing the message."""

    operation: str
    delay: float
    retry: int
    max_retries: int
    #: The HTTP status that caused it (429, 503, ...), or None for a connection error.
    status_code: int | None
    cause: str


def _describe(failure: Exception) -> str:
    if isinstance(failure, APIError):
        parts = [str(failure.status_code)] if failure.status_code is not None else []
        if failure.code:
            parts.append(failure.code)
        return " ".join(parts) or type(failure).__name__
    return type(failure).__name__
