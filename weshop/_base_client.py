"""What the sync and async clients share: their configuration and how an answer reads.

:class:`BaseClient` resolves the configuration (key, base URL, trust, policies), keeps the
retry and polling policies and the upload cache, and turns an answer into its success
model or the typed error it amounts to. :class:`~weshop.WeShop` and
:class:`~weshop.AsyncWeShop` add only I/O — httpx style. Request building lives with each
resource (:mod:`weshop._requests`), waiting in :mod:`weshop._waiting`, drafts in
:mod:`weshop._drafts`.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import httpx

from ._constants import BASE_URL_ENV, DEFAULT_BASE_URL, UPLOAD_CACHE_FILE
from ._credentials import guard_logs, resolve_api_key
from ._deadlines import attempt_seconds, wait_deadline
from ._key_safety import trusted_base_url
from ._operation import Envelope, Operation
from ._options import current_options
from ._polling import PollPolicy
from ._raw_answers import UNEXPECTED_RESPONSE, Captured, captured_response, kept_response
from ._retry import RetryEvent, RetryPolicy, RetryState, retry_after_from_headers
from ._uploads import PreparedImage, UploadCache
from .errors import (
    APIError,
    NotFoundError,
    PreparationFailedError,
    PreparationTimeoutError,
    RunFailedError,
    RunTimeoutError,
    api_error_from_response,
)

if TYPE_CHECKING:
    from weshop_openapi.models import Execution, RunData
    from weshop_openapi.types import Response

    from ._models import CustomFashionModel, CustomLocation, RunBase
    from ._waiting import Phase, Waiter

# Kept importable here for the modules that import them from here today (``weshop.cli``,
# ``benchmarks/startup.py``); their homes are ``weshop._requests.runs`` and ``weshop._drafts``.
from ._drafts import validate
from ._requests.runs import sent_params

__all__ = ["BaseClient", "resolve_base_url", "sent_params", "validate"]

logger = logging.getLogger("weshop")

P = ParamSpec("P")
T = TypeVar("T")
_T = TypeVar("_T")
S = TypeVar("S", bound=Envelope)
# Strings: ``_models`` (the result classes) is loaded with the first answer, not by
# ``import weshop`` (cold start, issue 21).
RunT = TypeVar("RunT", bound="RunBase")
PreparedT = TypeVar("PreparedT", "CustomFashionModel", "CustomLocation")


# --------------------------------------------------------------------------- the base
def resolve_base_url(base_url: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The base URL: the argument, ``WESHOP_BASE_URL``, or production."""
    env = os.environ if environ is None else environ
    chosen = base_url or env.get(BASE_URL_ENV, "").strip() or DEFAULT_BASE_URL
    return chosen.rstrip("/")


def _cache_path(upload_cache: bool | str | os.PathLike[str]) -> Path | None:
    if upload_cache is True:
        return UPLOAD_CACHE_FILE.expanduser()
    if upload_cache is False:
        return None
    return Path(upload_cache).expanduser()


class BaseClient:
    """Configuration and the I/O-free half of :class:`~weshop.WeShop` / ``AsyncWeShop``."""

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int | None,
        trusted_hosts: Iterable[str],
        poll: PollPolicy | None,
        retry: RetryPolicy | None,
        upload_cache: bool | str | os.PathLike[str] | UploadCache,
        clock: Callable[[], float] | None,
        on_retry: Callable[[RetryEvent], object] | None = None,
    ) -> None:
        self._on_retry = on_retry
        self._trusted_hosts = tuple(trusted_hosts)
        # The base URL is checked before the key is even looked up: nothing is ever sent
        # (or read from disk) for a host the key may not go to.
        self._base_url = trusted_base_url(resolve_base_url(base_url), self._trusted_hosts)
        self._api_key = resolve_api_key(api_key)
        guard_logs(self._api_key)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._attempt_seconds = attempt_seconds(self._timeout)
        policy = retry or RetryPolicy()
        self._retry = policy if max_retries is None else replace(policy, max_retries=max_retries)
        self._poll = poll or PollPolicy()
        self._upload_cache = (
            upload_cache
            if isinstance(upload_cache, UploadCache)
            else (UploadCache(path) if (path := _cache_path(upload_cache)) else None)
        )
        self._clock = clock or time.monotonic

    # ---------------------------------------------------------------- configuration
    @property
    def base_url(self) -> str:
        return str(self._base_url)

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._retry.max_retries

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    @property
    def poll_policy(self) -> PollPolicy:
        return self._poll

    @property
    def trusted_hosts(self) -> tuple[str, ...]:
        return self._trusted_hosts

    @property
    def upload_cache(self) -> UploadCache | None:
        return self._upload_cache

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"max_retries={self.max_retries}, timeout={self._timeout.read!r})"
        )

    def _copy_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self._timeout,
            "trusted_hosts": self._trusted_hosts,
            "poll": self._poll,
            "retry": self._retry,
            "upload_cache": self._upload_cache if self._upload_cache is not None else False,
            "on_retry": self._on_retry,
        }

    # ---------------------------------------------------------------- answers
    @property
    def on_retry(self) -> Callable[[RetryEvent], object] | None:
        """The hook called with each :class:`~weshop.RetryEvent` (or ``None``)."""
        return self._on_retry

    def _retry_state(
        self, op: Operation[Any, Any, Any] | str, *, replay_safe: bool = True
    ) -> RetryState:
        """The retry bookkeeping of one request: of ``op``, or of a named plain request."""
        policy = self._retry
        if (per_call := current_options().max_retries) is not None:
            policy = replace(policy, max_retries=per_call)  # the call's max_retries=
        name, safe = (op, replay_safe) if isinstance(op, str) else (op.name, op.replay_safe)
        return RetryState(
            policy,
            name,
            safe,
            on_retry=self._on_retry,
            redact=self._api_key.redact,
            deadline=wait_deadline(),
            clock=self._clock,
        )

    def _attempt_budget(self) -> float | None:
        """How long the next request attempt may take, connect to last byte: the call's
        ``timeout=`` or else the client's, and within a wait no longer than the wait has
        left. (A wait's first read, when the wait has no time at all, gets the timeout.)"""
        per_call = current_options().timeout
        seconds = self._attempt_seconds if per_call is None else attempt_seconds(per_call)
        deadline = wait_deadline()
        if deadline is None:
            return seconds
        remaining = deadline - self._clock()
        if remaining <= 0:
            return seconds
        return remaining if seconds is None else min(seconds, remaining)

    def _api_error(self, op_name: str, response: httpx.Response | Response[Any]) -> APIError:
        headers = response.headers
        # The generated Response has no raw answer; the capture hook of this attempt has it.
        raw = response if isinstance(response, httpx.Response) else captured_response()
        return api_error_from_response(
            int(response.status_code),
            headers,
            response.content,
            operation=op_name,
            retry_after=retry_after_from_headers(headers),
            redact=self._api_key.redact_tree,
            response=None if raw is None else kept_response(raw, self._api_key),
        )

    def _interpret(self, op: Operation[P, T, S], response: Response[T]) -> S | APIError:
        """The success model of an answer, or the :class:`APIError` it amounts to."""
        status = int(response.status_code)
        logger.debug("%s -> HTTP %d", op.name, status)
        parsed = response.parsed
        if 200 <= status < 300 and isinstance(parsed, op.success) and parsed.success is True:
            return parsed
        return self._api_error(op.name, response)

    def _unparseable(self, op: Operation[Any, Any, Any], captured: Captured) -> APIError:
        """The error for an answer the generated parser could not read."""
        if captured.response is None:
            return APIError(f"{op.name}: the answer could not be read", code=UNEXPECTED_RESPONSE)
        return self._api_error(op.name, captured.response)

    # ---------------------------------------------------------------- building
    def _execution(self, data: RunData, execution_id: str, op_name: str) -> Execution:
        """The execution ``execution_id`` of a run answer, or :class:`NotFoundError`."""
        from ._models import find_execution

        found = find_execution(data, execution_id)
        if found is None:
            raise NotFoundError(
                f"{op_name}: the answer holds no execution {execution_id!r}", status_code=200
            )
        return found

    def _cached_upload(self, image: PreparedImage) -> str | None:
        if self._upload_cache is None:
            return None
        url = self._upload_cache.get(self.base_url, image.sha256)
        if url is not None:
            logger.debug("upload of %s skipped: same content uploaded before", image.filename)
        return url

    def _remember_upload(self, image: PreparedImage, url: str) -> None:
        if self._upload_cache is not None:
            self._upload_cache.put(self.base_url, image.sha256, url)

    def _waiter(
        self,
        timeout: float,
        *,
        phase: Callable[[_T], Phase],
        progress: Callable[[_T], float | None],
        failed: Callable[[_T], Exception],
        timed_out: Callable[[_T | None], Exception],
        on_progress: Callable[[_T], object] | None,
    ) -> Waiter[_T]:
        from ._waiting import Waiter  # with the first wait, not at import (cold start)

        poller = self._poll.start(self._clock(), timeout)
        return Waiter(poller, timeout, self._clock, phase, progress, failed, timed_out, on_progress)

    def _run_waiter(
        self, execution_id: str, timeout: float, on_progress: Callable[[RunT], object] | None
    ) -> Waiter[RunT]:
        from ._waiting import reported_progress, run_phase

        def timed_out(last: RunT | None) -> Exception:
            return RunTimeoutError(execution_id, timeout, last)

        return self._waiter(
            timeout,
            phase=run_phase,
            progress=reported_progress,
            failed=RunFailedError,
            timed_out=timed_out,
            on_progress=on_progress,
        )

    def _preparation_waiter(
        self, kind: type[PreparedT], resource_id: int, timeout: float
    ) -> Waiter[PreparedT]:
        from ._models import CustomFashionModel
        from ._waiting import no_progress, preparation_phase

        name = "fashion model" if kind is CustomFashionModel else "location"

        def failed(item: PreparedT) -> Exception:
            return PreparationFailedError(name, item, resource_id)

        def timed_out(last: PreparedT | None) -> Exception:
            return PreparationTimeoutError(name, last, resource_id, timeout)

        def phase(item: PreparedT) -> Phase:
            return preparation_phase(item.status)

        return self._waiter(
            timeout,
            phase=phase,
            progress=no_progress,
            failed=failed,
            timed_out=timed_out,
            on_progress=None,
        )
