"""The raw answer of each request attempt, kept aside for the errors built from it.

The generated client returns a parsed model and drops the raw answer; when its parser
fails, or an error must keep the answer, the transport's capture (:class:`Captured`) has
it. :func:`kept_response` is the copy an exception may hold (no key, no request body).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from typing import Final

import httpx

from ._credentials import SecretKey
from ._key_safety import redacted_response
from ._retry import safe_request
from .errors import REQUEST_ID_HEADER

#: Exceptions the generated functions raise when an answer does not parse (a 200 that
#: says success=false, an unexpected shape, a status HTTPStatus does not know, JSON nested
#: deeper than the parser recurses, a number too large for its field...).
PARSE_ERRORS: Final = (
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)


class Captured:
    """The raw answer of the current attempt, kept for when the generated parser fails:
    ``with Captured() as captured:`` collects the answer of the request made inside the
    block (this task/thread)."""

    __slots__ = ("_token", "response")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def __enter__(self) -> Captured:
        self._token = _captured.set(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        _captured.reset(self._token)


_captured: ContextVar[Captured | None] = ContextVar("weshop_captured", default=None)


def capture_response(response: httpx.Response) -> None:
    """Keep ``response`` as the raw answer of the current attempt (if one is collecting)."""
    captured = _captured.get()
    if captured is not None:
        captured.response = response


_request_id: ContextVar[str | None] = ContextVar("weshop_request_id", default=None)


def note_request_id(headers: Mapping[str, str]) -> None:
    """Keep the ``X-Request-Id`` of the answer just read (this task/thread), for the
    result built from it."""
    _request_id.set(headers.get(REQUEST_ID_HEADER))


def answered_request_id() -> str | None:
    """The ``X-Request-Id`` of the last answer read in this task/thread, if it had one."""
    return _request_id.get()


def captured_response() -> httpx.Response | None:
    captured = _captured.get()
    return None if captured is None else captured.response


def kept_response(raw: httpx.Response, key: SecretKey) -> httpx.Response:
    """A copy of an (already read) answer that an exception may keep.

    Its ``request`` is rebuilt from the method, URL and headers alone: no
    ``Authorization`` header (the key), no body (an upload may be large), and no other
    spelling of the key in a header value or the URL. The answer's own headers and
    content are redacted too (API answers are already, downloads never saw the key; this
    costs one scan on the error path).
    """
    try:
        request: httpx.Request | None = raw.request
    except RuntimeError:  # an answer built without a request
        request = None
    kept_request = None if request is None else safe_request(request, key.redact)
    try:
        content = raw.content
    except httpx.ResponseNotRead:
        content = b""
    return redacted_response(raw, content, key, request=kept_request)


#: The code of an answer that is no envelope at all (an HTML page of a proxy, a body cut
#: short): while polling, a glitch on the way to be ridden out, not the run's state.
UNEXPECTED_RESPONSE: Final = "unexpected_response"
