"""Where the API key may go.

:func:`trusted_base_url` refuses a base URL the key may not be sent to;
:class:`~weshop._api_requests.ApiRequests` adds the ``Authorization`` header per request,
only for the trusted base origin;
:func:`is_loopback` is the one loopback test of the client, the mock server (which binds
to loopback unless told otherwise) and the CLI.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from typing import Any

import httpx

from ._constants import LOOPBACK_NAMES, OFFICIAL_HOST
from ._credentials import SecretKey
from .errors import UntrustedHostError

__all__ = [
    "is_loopback",
    "redacted_response",
    "scrubbed_response",
    "trusted_base_url",
]


def is_loopback(host: str) -> bool:
    """Whether ``host`` (lower case; an IPv6 address with or without brackets) is a
    loopback name or address (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_of(entry: str) -> str:
    text = entry.strip().lower()
    if "://" in text:
        return httpx.URL(text).host
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text.strip("[]")


def trusted_base_url(base_url: str, trusted_hosts: Iterable[str] = ()) -> httpx.URL:
    """The base URL, if the API key may be sent there; otherwise :class:`UntrustedHostError`.

    Allowed: ``https://openapi.weshop.ai``; loopback (``localhost``, 127.0.0.0/8, ``::1``)
    over http or https; an https host listed in ``trusted_hosts``.
    """
    try:
        url = httpx.URL(base_url)
        host = url.host.lower()
    except (httpx.InvalidURL, ValueError) as exc:
        # ValueError: idna.IDNAError (a UnicodeError) for a host such as "xn--".
        raise UntrustedHostError(
            f"the base URL {base_url!r} is not a valid URL ({exc})", host=""
        ) from None
    if url.scheme not in ("http", "https") or not host:
        raise UntrustedHostError(
            f"the base URL must be an absolute http(s) URL, not {base_url!r}", host=host
        )
    if url.userinfo:
        raise UntrustedHostError("the base URL must not carry credentials", host=host)
    try:
        named = {_host_of(entry) for entry in trusted_hosts}
    except (httpx.InvalidURL, ValueError) as exc:
        raise UntrustedHostError(f"a trusted host is not a valid host ({exc})", host=host) from None
    if is_loopback(host):
        return url
    trusted = host == OFFICIAL_HOST or host in named
    if trusted and url.scheme == "https":
        return url
    if trusted:
        raise UntrustedHostError(
            f"refusing to send the API key to {host} over plain http; use https", host=host
        )
    raise UntrustedHostError(
        f"refusing to send the API key to {host}: the key goes only to {OFFICIAL_HOST} "
        "(https) or to loopback. If you really operate this host, pass "
        f"trusted_hosts=[{host!r}].",
        host=host,
    )


def scrubbed_response(
    request: httpx.Request, response: httpx.Response, content: bytes, key: SecretKey
) -> httpx.Response:
    """``response`` (already read) with the key redacted from its headers and body — or
    itself when it holds no spelling of the key. A server that echoes the key (as a header,
    an executionId, ...) must not carry it into runs, reprs, log lines or file names."""
    raw_headers = b"\n".join(map(b": ".join, response.headers.raw))
    # ASCII header bytes read the same as the decoded values the slow path redacts: one
    # scan of headers and body together (a hit across the seam only costs the slow
    # path), and nearly every answer ends here.
    scanned = raw_headers + b"\n\n" + content
    if raw_headers.isascii() and key.redact_bytes(scanned) is scanned:
        return response
    return redacted_response(
        response, content, key, request=request, extensions=response.extensions
    )


def redacted_response(
    response: httpx.Response,
    content: bytes,
    key: SecretKey,
    *,
    request: httpx.Request | None,
    extensions: dict[str, Any] | None = None,
) -> httpx.Response:
    """A copy of ``response`` with ``content`` as its body and every spelling of the key
    redacted from its headers and body, sent for ``request``."""
    # The body is decoded already: its old length and encoding no longer apply.
    headers = [
        (name, key.redact(value))
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-length", "content-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=key.redact_bytes(content),
        request=request,
        extensions=extensions,
    )
