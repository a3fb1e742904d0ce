"""Exceptions raised by the WeShop client.

Every exception the client raises on purpose derives from :class:`WeShopError`::

    WeShopError
    ├── ConfigurationError            the client cannot be set up; nothing was sent
    │   ├── MissingAPIKeyError        no usable key found (raised by the constructor)
    │   ├── CredentialsFileError      credentials.json unusable or readable by others
    │   └── UntrustedHostError        the key may not be sent to this base URL
    ├── APIError                      the service answered with an error
    │   ├── AuthenticationError       401, 403
    │   ├── NotFoundError             404
    │   ├── RateLimitError            429 (carries ``retry_after``)
    │   ├── InvalidRequestError       400, 413, 422 and any other 4xx
    │   └── ServerError               5xx
    ├── APIConnectionError            no answer: refused, dropped, reset, TLS failure
    │   ├── APITimeoutError           the request timed out
    │   └── ResponseDecodingError     an answer whose body could not be decoded (gzip...)
    ├── RequestValidationError        a request breaks a rule of the spec; nothing was sent
    │   └── ImageValidationError      a local image breaks the upload limits
    ├── RunFailedError                a run ended ``Failed`` (carries the ``run``)
    ├── RunTimeoutError               a run did not finish in time (carries the last ``run``)
    ├── PreparationFailedError        a fashion model / location of your own failed
    ├── PreparationTimeoutError       ... or was not ready in time
    ├── PresetNotFoundError           no preset (location, model, background) of that name
    ├── ClientClosedError             a request on a closed client; nothing was sent
    └── OperationUnavailableError     the generated client lacks an operation or model this
                                      method needs (the spec changed); nothing was sent

Both error envelopes of the API map onto :class:`APIError` subclasses: the agent API's
``{"success": false, "error": {"code", "message", "retryable"}}`` and the task API's
``{"success": false, "code", "msg" | "message"}``, whatever the HTTP status (a 200 that
says ``success: false`` is an error too). The HTTP status → class table is
:data:`STATUS_ERRORS` with :func:`error_class_for_status`; it exists only here.

No exception text ever contains the API key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

from ._violations import Violation

if TYPE_CHECKING:
    import httpx

    from ._models import RunBase

__all__ = [
    "STATUS_ERRORS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "ConfigurationError",
    "CredentialsFileError",
    "ImageValidationError",
    "InvalidRequestError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OperationUnavailableError",
    "PreparationFailedError",
    "PreparationTimeoutError",
    "PresetNotFoundError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseDecodingError",
    "RunFailedError",
    "RunTimeoutError",
    "ServerError",
    "UntrustedHostError",
    "WeShopError",
    "api_error_from_response",
    "error_class_for_status",
]


class WeShopError(Exception):
    """Base class of every error raised by the WeShop client."""


# --------------------------------------------------------------------------- configuration
class ConfigurationError(WeShopError):
    """The client cannot be set up as asked (no usable key, an unusable credentials file,
    a base URL the key may not go to). Raised by the constructor; nothing was sent."""


class _KeyConfigurationError(ConfigurationError):
    """The attributes :class:`APIError` gave these errors before they left its tree, so
    code reading them goes on working; no request was made, so they are all empty."""

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status_code: int | None = None
        self.retryable = False
        self.retry_after: float | None = None
        self.envelope_retryable: bool | None = None
        self.body: object = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(message={self.message!r})"


#: Why :class:`MissingAPIKeyError` was raised: no key anywhere, or a key that is empty or
#: malformed (in the argument, ``WESHOP_API_KEY`` or the credentials file).
MissingKeyReason = Literal["not_found", "empty", "malformed"]


class MissingAPIKeyError(_KeyConfigurationError):
    """No usable API key was found (argument, ``WESHOP_API_KEY``, credentials file).
    Nothing was sent.

    Attributes:
        reason: ``"not_found"`` (no key anywhere; the message says how to set one),
            ``"empty"`` or ``"malformed"`` (a key was given but cannot be one).
    """

    def __init__(
        self, message: str, *, reason: MissingKeyReason = "not_found", code: str | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.reason: MissingKeyReason = reason


class CredentialsFileError(_KeyConfigurationError):
    """The credentials file cannot be used: unreadable, not JSON, no ``api_key``, or readable
    by other users (fix with ``chmod 600``). Nothing was sent."""


class UntrustedHostError(ConfigurationError, ValueError):
    """The base URL is not a host the API key may be sent to.

    The key goes only to ``https://openapi.weshop.ai``, to loopback (``localhost``,
    127.0.0.0/8, ``::1``), or to an https host named in ``trusted_hosts=``.
    """

    def __init__(self, message: str, *, host: str) -> None:
        super().__init__(message)
        self.host = host


# --------------------------------------------------------------------------- API errors
class APIError(WeShopError):
    """The service answered with an error (an error status, or ``success: false``).

    Attributes:
        message: The service's message (or a description of the unexpected answer).
        code: The envelope's error code (``error.code`` or the task API's ``code``), if any.
        retryable: Whether repeating the request may succeed (the envelope's
            ``retryable`` flag when present, otherwise derived from the status).
        status_code: The HTTP status, or ``None`` for errors raised before any request.
        retry_after: Seconds the service asked to wait (``Retry-After``), if it did.
        body: The decoded JSON body, if it was JSON.
        response: The raw ``httpx.Response`` of the failing attempt, when there was one.
            It is a copy safe to keep: its ``request`` has no ``Authorization`` header
            (and no body), and no spelling of the key is left in its headers or content.
        request_id: The service's ``X-Request-Id`` answer header, if it sent one (quote
            it to support). The API spec declares no request id; this reads the
            conventional header.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        code: str | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
        envelope_retryable: bool | None = None,
        body: object = None,
        response: httpx.Response | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.request_id = request_id
        self.status_code = status_code
        self.code = code
        self.retryable = retryable
        self.retry_after = retry_after
        #: The raw ``retryable`` flag of the envelope (``None`` when the body had none):
        #: the service's own statement that repeating the request is safe.
        self.envelope_retryable = envelope_retryable
        self.body = body

    def __str__(self) -> str:
        details = []
        if self.status_code is not None:
            details.append(f"status {self.status_code}")
        if self.code:
            details.append(f"code {self.code}")
        if self.request_id:
            details.append(f"request id {self.request_id}")
        return f"{self.message} ({', '.join(details)})" if details else self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status_code={self.status_code!r}, "
            f"code={self.code!r}, retryable={self.retryable!r}, "
            f"request_id={self.request_id!r})"
        )


class AuthenticationError(APIError):
    """401/403: the service refused the key (wrong, revoked or not allowed to do this).

    A key that is missing or unreadable is a :class:`ConfigurationError`, raised before
    anything is sent.
    """


class NotFoundError(APIError):
    """404: no such run, task, model or location."""


class RateLimitError(APIError):
    """429: too many requests (retried automatically; raised once retries are used up)."""


class InvalidRequestError(APIError):
    """400, 413, 422 or another 4xx: the service rejected the request."""


class ServerError(APIError):
    """5xx: the service failed (retried automatically; raised once retries are used up)."""


class APIConnectionError(WeShopError):
    """The service could not be reached or the connection broke before an answer.

    Attributes:
        request: The request that failed, as a copy safe to keep: method, URL and
            headers, without ``Authorization`` (and no body).

    ``__cause__`` is a copy of the transport's exception (same ``httpx`` class, same
    message, the safe ``request``) rather than the exception itself: httpx's exception
    holds the request as sent, key included. Its traceback is not kept.
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APITimeoutError(APIConnectionError):
    """A request timed out: an attempt took longer than the client's ``timeout``
    (connect to last byte)."""


class ResponseDecodingError(APIConnectionError):
    """An answer arrived but its body could not be decoded: a broken gzip, deflate,
    brotli or zstd stream, or a ``Content-Encoding`` that does not match the body.
    Retried like a dropped connection (for requests that are safe to repeat)."""


# --------------------------------------------------------------------------- local errors
class RequestValidationError(WeShopError, ValueError):
    """A request breaks a rule of the overlaid spec; nothing was sent.

    ``violations`` lists every broken rule; each names the field (wire name, e.g.
    ``params.batchCount``) and the rule (the overlay's ``x-rule`` id or the JSON Schema
    keyword, e.g. ``maximum``).
    """

    def __init__(self, violations: Sequence[Violation], *, what: str = "request") -> None:
        self.violations: tuple[Violation, ...] = tuple(violations)
        lines = "\n".join(f"  - {violation}" for violation in self.violations)
        super().__init__(f"invalid {what}; nothing was sent:\n{lines}")

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields named by the violations."""
        return tuple(violation.field for violation in self.violations)

    @property
    def rules(self) -> tuple[str, ...]:
        """The rules named by the violations."""
        return tuple(violation.rule for violation in self.violations)


class ImageValidationError(RequestValidationError):
    """A local image breaks the documented upload limits (format, size, dimensions, aspect
    ratio) or cannot be read; nothing was uploaded."""


class RunFailedError(WeShopError):
    """A run ended with status ``Failed``; ``run`` holds it (with ``run.error``)."""

    def __init__(self, run: RunBase) -> None:
        reason = f": {run.error}" if run.error else ""
        super().__init__(f"run {run.execution_id} failed{reason}")
        self.run = run


class RunTimeoutError(WeShopError, TimeoutError):
    """A run did not finish within the timeout; ``run`` is the last state read (``None``
    only if no read succeeded). The run goes on: ``runs.wait`` again to keep waiting."""

    def __init__(self, execution_id: str, timeout: float, run: RunBase | None = None) -> None:
        last = (
            f"last status {run.status}, progress {run.progress:.0%}"
            if run is not None
            else "its status could not be read"
        )
        super().__init__(
            f"run {execution_id} did not finish within {timeout:g} s ({last}); "
            f"call runs.wait({execution_id!r}) to keep waiting"
        )
        self.execution_id = execution_id
        self.run = run
        self.timeout = timeout


class PreparationFailedError(WeShopError):
    """A fashion model or location of your own ended with status ``failed``."""

    def __init__(self, kind: str, resource: object, resource_id: int) -> None:
        super().__init__(f"{kind} {resource_id} failed to prepare")
        self.resource = resource
        self.resource_id = resource_id


class PreparationTimeoutError(WeShopError, TimeoutError):
    """A fashion model or location of your own was not ready within the timeout."""

    def __init__(self, kind: str, resource: object, resource_id: int, timeout: float) -> None:
        super().__init__(f"{kind} {resource_id} was not ready within {timeout:g} s")
        self.resource = resource
        self.resource_id = resource_id
        self.timeout = timeout


class ClientClosedError(WeShopError, RuntimeError):
    """A request was made on a client after :meth:`~weshop.WeShop.close` (or its ``with``
    block ended); nothing was sent. A ``RuntimeError`` too, as httpx's own is."""


class OperationUnavailableError(WeShopError, LookupError):
    """The generated client has no ``name`` (an operation's module or a model): the spec
    it was generated from dropped or renamed it. Only the methods that need it fail, with
    this error, before anything is sent; ``import weshop`` and every other method work.
    ``nox -s generate`` lists such names in its change report."""

    def __init__(self, name: str, *, module: str) -> None:
        super().__init__(
            f"{name} is not in the generated client ({module}): the spec it was generated"
            " from no longer has it, so the methods that need it are unavailable. See the"
            " change report of `nox -s generate` (generated/changes.md)."
        )
        self.name = name
        self.module = module


class PresetNotFoundError(WeShopError, LookupError):
    """No preset of that name in an agent's info; ``suggestions`` holds close names."""

    def __init__(self, kind: str, name: str, suggestions: Sequence[str], available: int) -> None:
        hint = (
            f"; did you mean {', '.join(repr(s) for s in suggestions)}?"
            if suggestions
            else f" ({available} available)"
        )
        super().__init__(f"no {kind} named {name!r}{hint}")
        self.kind = kind
        self.name = name
        self.suggestions = tuple(suggestions)

    def __str__(self) -> str:  # LookupError would quote the message like a KeyError
        return str(self.args[0])


# --------------------------------------------------------------------------- mapping
#: HTTP status → exception class. Statuses not listed: other 4xx → InvalidRequestError,
#: 5xx → ServerError (see :func:`error_class_for_status`).
STATUS_ERRORS: Final[Mapping[int, type[APIError]]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    404: NotFoundError,
    413: InvalidRequestError,
    422: InvalidRequestError,
    429: RateLimitError,
}
#: Statuses that are worth repeating when the body does not say otherwise.
RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

# For a 200 that says success=false, the envelope's code picks the class.
_CODE_HINTS: Final[Sequence[tuple[tuple[str, ...], int]]] = (
    (("UNAUTHORI", "FORBIDDEN", "API_KEY", "APIKEY", "AUTH", "PERMISSION"), 401),
    (("NOT_FOUND", "NOTFOUND"), 404),
    (("RATE_LIMIT", "RATELIMIT", "TOO_MANY"), 429),
    (("INTERNAL", "SERVER_ERROR", "UNAVAILABLE"), 500),
)


def error_class_for_status(status_code: int) -> type[APIError]:
    """The exception class for an HTTP error status (the one status → class mapping)."""
    mapped = STATUS_ERRORS.get(status_code)
    if mapped is not None:
        return mapped
    if status_code >= 500:
        return ServerError
    if status_code >= 400:
        return InvalidRequestError
    return APIError


def _status_from_code(code: str | None, retryable: bool | None) -> int | None:
    """An HTTP status implied by an envelope code, for errors sent with status 200."""
    if code is None:
        return 500 if retryable else None
    if code.isdigit() and 400 <= int(code) < 600:
        return int(code)
    upper = code.upper()
    for needles, status in _CODE_HINTS:
        if any(needle in upper for needle in needles):
            return status
    return 500 if retryable else 400


def api_error_from_response(
    status_code: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    operation: str = "request",
    retry_after: float | None = None,
    redact: Callable[[Any], Any] = lambda value: value,
    response: httpx.Response | None = None,
) -> APIError:
    """Map an error answer (either envelope style, any status) onto the exception tree.

    ``response`` (the raw answer, already made safe to keep) is attached to the error;
    ``X-Request-Id`` in ``headers`` becomes its ``request_id``.

    ``redact`` scrubs secrets from the decoded body (every string in it) before any of it
    enters the exception — after decoding, so that JSON-escaped spellings are caught too.
    """
    body: Any = None
    try:
        body = redact(json.loads(content.decode("utf-8"))) if content else None
    except (ValueError, RecursionError):  # not UTF-8, not JSON, or nested too deeply
        body = None
    code: str | None = None
    message: str | None = None
    flag: bool | None = None
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping):  # agent API: {"success": false, "error": {...}}
            code = _text(error.get("code"))
            message = _text(error.get("message"))
            flag = error.get("retryable") if isinstance(error.get("retryable"), bool) else None
        else:  # task API: {"success": false, "code": ..., "msg" | "message": ...}
            code = _text(body.get("code"))
            message = _text(body.get("msg")) or _text(body.get("message"))
            flag = body.get("retryable") if isinstance(body.get("retryable"), bool) else None
    effective = status_code
    if 200 <= status_code < 300:
        if isinstance(body, Mapping) and body.get("success") is False:
            effective = _status_from_code(code, flag) or 400
        else:
            message = message or "unexpected answer (not a valid success envelope)"
            code = code or "unexpected_response"
    if not message:
        snippet = redact(content.decode("utf-8", "replace"))[:200].strip()
        message = f"HTTP {status_code}" + (f": {snippet}" if snippet else "")
    cls = error_class_for_status(effective)
    retryable = flag if flag is not None else effective in RETRYABLE_STATUSES
    if effective in (408, 429):
        retryable = True
    return cls(
        f"{operation}: {redact(message)}",
        status_code=status_code,
        code=redact(code) if code else None,
        retryable=retryable,
        retry_after=retry_after,
        envelope_retryable=flag,
        body=body,
        response=response,
        request_id=_request_id(headers, redact),
    )


#: The answer header naming the request (the spec declares none; this is the convention).
REQUEST_ID_HEADER: Final = "x-request-id"


def _request_id(headers: Mapping[str, str], redact: Callable[[Any], Any]) -> str | None:
    # httpx.Headers is case-insensitive; a plain mapping may not be.
    value = headers.get(REQUEST_ID_HEADER)
    if value is None:
        value = next((v for k, v in headers.items() if k.lower() == REQUEST_ID_HEADER), None)
    text = str(redact(value)).strip() if value is not None else ""
    return text[:200] or None


def _text(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        text = str(value)
        return text or None
    return None
