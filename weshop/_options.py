"""Per-call request options (Stainless style), the client's identity and its log level.

Every public method takes the options as keywords, declared once here as TypedDicts
(``**options: Unpack[RequestOptions]``): ``timeout`` (per HTTP request), ``max_retries``,
``extra_headers``, ``extra_query`` and, on methods that send a JSON body, ``extra_body``.
Waiting methods (``runs.wait``, ``create_and_wait``, the agents with ``wait=True``) keep
``timeout`` for how long they wait; there the per-request timeout is ``request_timeout``.

The options of a call hold for every request the call makes (uploads, retries, polls):
the method enters :func:`call_options`, and the client's transport applies
:func:`current_options` to each request it sends. Nothing here does I/O.

Key safety: ``Authorization`` can be set by no option (nor by ``default_headers=``): an
attempt is a :class:`~weshop.ConfigurationError` before anything is sent, never a silent
replacement; ``Idempotency-Key`` neither (it is ``idempotency_key=``, the same on every
retry). No option changes where a request goes: query parameters and headers only.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from contextvars import ContextVar, Token
from dataclasses import dataclass
from typing import Any, Final, TypedDict

import httpx

from ._constants import AUTH_HEADER, IDEMPOTENCY_HEADER
from ._version import __version__
from .errors import ConfigurationError

__all__ = [
    "BodyRequestOptions",
    "CallOptions",
    "PollRequestOptions",
    "RequestOptions",
    "call_options",
    "checked_headers",
    "current_options",
    "setup_logging",
    "user_agent",
]

#: Query values ``extra_query`` takes (a sequence repeats the parameter).
QueryValue = str | int | float | bool | list[str | int | float | bool]

#: Headers no option may set: the key, and the key that makes a run billed once.
RESERVED_HEADERS: Final = {
    AUTH_HEADER.lower(): "the API key is set by the client (api_key=, WESHOP_API_KEY)",
    IDEMPOTENCY_HEADER.lower(): "pass idempotency_key= (it is reused on every retry)",
}

LOG_ENV: Final = "WESHOP_LOG"


class _SharedOptions(TypedDict, total=False):
    #: Retries per request after the first attempt (0 disables), for this call.
    max_retries: int
    #: Headers added to every request of this call (not ``Authorization``).
    extra_headers: Mapping[str, str]
    #: Query parameters added to every request of this call.
    extra_query: Mapping[str, QueryValue]


class RequestOptions(_SharedOptions, total=False):
    """Per-call options of a method that sends one request (and its retries)."""

    #: Per HTTP request, seconds or an ``httpx.Timeout`` (instead of the client's).
    timeout: float | httpx.Timeout


class BodyRequestOptions(RequestOptions, total=False):
    """:class:`RequestOptions` of a method sending a JSON body."""

    #: Fields merged into the body (an object into an object, one level deep), validated
    #: with it: what the spec gained before this client did.
    extra_body: Mapping[str, Any]


class PollRequestOptions(_SharedOptions, total=False):
    """Per-call options of a method that waits (its ``timeout`` is the wait's)."""

    #: Per HTTP request (each poll), seconds or an ``httpx.Timeout``.
    request_timeout: float | httpx.Timeout


_KNOWN = frozenset(
    {"timeout", "request_timeout", "max_retries", "extra_headers", "extra_query", "extra_body"}
)


def checked_headers(headers: Mapping[str, str] | None, *, what: str) -> tuple[tuple[str, str], ...]:
    """``headers`` as pairs, refusing the reserved ones and values that are not text."""
    pairs: list[tuple[str, str]] = []
    for name, value in (headers or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"{what}: header names and values must be strings")
        reason = RESERVED_HEADERS.get(name.strip().lower())
        if reason is not None:
            raise ConfigurationError(f"{what} cannot set {name!r}: {reason}; nothing was sent")
        pairs.append((name, value))
    return tuple(pairs)


@dataclass(frozen=True)
class CallOptions:
    """The checked options of one call (``None``/empty: the client's own)."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    query: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def parse(cls, options: Mapping[str, Any]) -> CallOptions:
        unknown = set(options) - _KNOWN
        if unknown:
            raise TypeError(f"unexpected keyword argument {sorted(unknown)[0]!r}")
        timeout = options.get("timeout", options.get("request_timeout"))
        max_retries = options.get("max_retries")
        if max_retries is not None and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ConfigurationError("max_retries must be an int of at least 0")
        query = options.get("extra_query") or {}
        if not isinstance(query, Mapping):
            raise ConfigurationError("extra_query must be a mapping of names to values")
        return cls(
            timeout=None
            if timeout is None
            else timeout
            if isinstance(timeout, httpx.Timeout)
            else httpx.Timeout(timeout),
            max_retries=max_retries,
            headers=checked_headers(options.get("extra_headers"), what="extra_headers"),
            query=tuple(query.items()),
        )

    def over(self, outer: CallOptions) -> CallOptions:
        """These options on top of an enclosing call's (a method calling another)."""
        return CallOptions(
            timeout=self.timeout if self.timeout is not None else outer.timeout,
            max_retries=self.max_retries if self.max_retries is not None else outer.max_retries,
            headers=outer.headers + self.headers,
            query=outer.query + self.query,
        )

    def apply(self, request: httpx.Request) -> None:
        """Add the headers and query parameters to ``request``; set its timeout."""
        for name, value in self.headers:
            request.headers[name] = value
        if self.query:
            request.url = request.url.copy_merge_params(dict(self.query))
        if self.timeout is not None:
            request.extensions = {**request.extensions, "timeout": self.timeout.as_dict()}


_NO_OPTIONS: Final = CallOptions()
_current: ContextVar[CallOptions] = ContextVar("weshop_call_options", default=_NO_OPTIONS)


def current_options() -> CallOptions:
    """The options of the call being made (in this task/thread)."""
    return _current.get()


class call_options:
    """Make ``options`` (checked) those of every request sent inside the block. (A class,
    not a generator: every request method enters one, most with no options at all.)"""

    __slots__ = ("_checked", "_token")

    def __init__(self, options: Mapping[str, Any]) -> None:
        # Checked when made, as the generator did when entered: before anything is sent.
        self._checked = CallOptions.parse(options).over(_current.get()) if options else None
        self._token: Token[CallOptions] | None = None

    def __enter__(self) -> CallOptions:
        if self._checked is None:  # the common case: nothing to check, nothing to set
            return _current.get()
        self._token = _current.set(self._checked)
        return self._checked

    def __exit__(self, *exc_info: object) -> None:
        if self._token is not None:
            _current.reset(self._token)


# --------------------------------------------------------------------------- identity
def user_agent() -> str:
    """``weshop-python/<version> (Python/3.11.7; httpx/0.28.1; Linux)``."""
    global _user_agent
    if _user_agent is None:
        _user_agent = (
            f"weshop-python/{__version__} (Python/{_python_version()}; "
            f"httpx/{httpx.__version__}; {_system() or 'unknown'})"
        )
    return _user_agent


_user_agent: str | None = None


def _python_version() -> str:
    """``platform.python_version()`` without importing :mod:`platform` (a cold-start
    cost): CPython's version is the first word of ``sys.version``."""
    if sys.implementation.name == "cpython":
        return sys.version.split()[0]
    import platform

    return platform.python_version()


def _system() -> str:
    """``platform.system()``: ``os.uname()``'s system name where there is one (POSIX);
    :mod:`platform` is imported only elsewhere (Windows), where it works the name out."""
    if hasattr(os, "uname"):
        return os.uname().sysname
    import platform

    return platform.system()


def setup_logging(environ: Mapping[str, str] | None = None) -> None:
    """``WESHOP_LOG=debug|info`` sets the ``weshop`` logger's level and gives it a
    handler on stderr (like ``OPENAI_LOG``); unset or anything else leaves logging alone."""
    level = (os.environ if environ is None else environ).get(LOG_ENV, "").strip().lower()
    if level not in ("debug", "info"):
        return
    logger = logging.getLogger("weshop")
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not any(getattr(h, "_weshop_env", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s")
        )
        handler._weshop_env = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
