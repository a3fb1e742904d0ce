"""The ``httpx.Request`` of each API call, made without an ``httpx.Client``.

A generated endpoint describes its request as keyword arguments (``_get_kwargs``: method,
path, JSON body or multipart files, query, headers); :class:`ApiRequests` turns them into
the request ``httpx.Client.build_request`` and its auth would make — the base URL joined,
the client's headers merged, the timeout attached, ``Authorization`` added for the trusted
base origin only — and the client sends it straight to its transport. An
``httpx.Client`` spends about as long again on each request in machinery this client does
not use (per-request auth generators, cookie jars, redirect and event-hook handling, a
stream wrapper timing the answer): the facade's overhead over plain httpx (issue 21).

I/O-free: the sync and async clients share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx

from ._constants import AUTH_HEADER
from ._credentials import SecretKey
from ._violations import Violation
from .errors import RequestValidationError

__all__ = ["ApiRequests", "client_headers"]


def client_headers(defaults: httpx.Headers, headers: Mapping[str, str]) -> httpx.Headers:
    """The headers an ``httpx.Client(headers=headers)`` sends with every request, given
    ``defaults``, those of another client (httpx's own ``Accept``, ``Accept-Encoding``
    naming the decoders installed, ``Connection``, and a ``User-Agent``): ``headers`` merged
    over them as httpx merges them (a name given again moves to the end)."""
    merged = httpx.Headers(defaults)
    merged.update(headers)
    return merged


class ApiRequests:
    """Makes the request of each API call (see the module's doc). ``Authorization``
    goes only to the base URL's origin: a request for any other origin (never made by
    the generated endpoints, whose paths are relative) has the header removed."""

    __slots__ = ("_headers", "_key", "_origin", "_prefix", "_timeout")

    def __init__(
        self, base_url: httpx.URL, headers: httpx.Headers, timeout: httpx.Timeout, key: SecretKey
    ) -> None:
        # Joined as httpx joins a relative URL to its base_url: below the base path (a
        # fragment of the base is never sent, and must not swallow the path).
        base = str(base_url.copy_with(fragment=None))
        self._prefix = base if base.endswith("/") else base + "/"
        self._origin = (base_url.scheme, base_url.host, base_url.port)
        self._headers = headers
        self._timeout = timeout.as_dict()
        self._key = key

    def build(self, arguments: Mapping[str, Any]) -> httpx.Request:
        """The request of a generated endpoint's ``_get_kwargs()``, with the key."""
        unknown = arguments.keys() - _ARGUMENTS
        if unknown:  # a generator upgrade describing requests in a new way: say so
            raise TypeError(f"cannot send a request with {sorted(unknown)}")
        url: str = arguments["url"]
        headers = self._headers
        if given := arguments.get("headers"):
            headers = httpx.Headers(headers)
            headers.update(given)
        # The URL first, as httpx.Request makes it, so that only the body's encoding is
        # inside the ``try`` below.
        target = httpx.URL(self._prefix + url.lstrip("/") if url.startswith("/") else url)
        if (params := arguments.get("params")) is not None:
            target = target.copy_merge_params(params)
        body = arguments.get("json")
        try:
            request = httpx.Request(
                arguments["method"].upper(),
                target,
                headers=headers,
                json=body,
                files=arguments.get("files"),
                # A copy each: an injected client's hook may change its own request's.
                extensions={"timeout": dict(self._timeout)},
            )
        except (TypeError, ValueError) as exc:
            if body is None:  # not a JSON body's: a multipart file's, say
                raise
            # A value JSON cannot hold: NaN, a date, ... (in ``extra_body``, say).
            violation = Violation("body", "json", f"cannot be sent as JSON: {exc}")
            raise RequestValidationError([violation]) from None
        return self.authorize(request)

    def authorize(self, request: httpx.Request) -> httpx.Request:
        """``request`` with the key if it is for the base origin, without any
        ``Authorization`` header otherwise."""
        url = request.url
        if (url.scheme, url.host, url.port) == self._origin:
            request.headers[AUTH_HEADER] = self._key.reveal()
        else:
            request.headers.pop(AUTH_HEADER, None)
        return request

    def __repr__(self) -> str:
        scheme, host, port = self._origin
        return f"ApiRequests(origin='{scheme}://{host}{f':{port}' if port else ''}')"


#: What a generated endpoint's ``_get_kwargs()`` may hold (openapi-python-client 0.2x).
_ARGUMENTS: Final = frozenset({"method", "url", "params", "headers", "json", "files"})
