"""The network backends that bound every operation of an httpcore pool by the attempt's
deadline, and :func:`with_deadlines`, which installs them in a transport. Apart from
:mod:`weshop._deadlines` (the deadlines themselves) so that httpcore (and h11) load with
the first connection pool, not with ``import weshop``."""

from __future__ import annotations

import logging
import typing
from collections.abc import Iterable
from typing import Any, Final

import httpcore
import httpx

from ._deadlines import bounded as _bounded

__all__ = ["AsyncBackend", "Backend", "with_deadlines"]

logger = logging.getLogger("weshop")


# --------------------------------------------------------------------------- sync
class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# --------------------------------------------------------------------------- async
class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = await self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


_T = typing.TypeVar("_T", httpx.HTTPTransport, httpx.AsyncHTTPTransport)
#: Where httpx keeps the pool and httpcore the pool's backend (not public API: checked).
_POOL: Final = "_pool"
_BACKEND: Final = "_network_backend"


def with_deadlines(transport: _T) -> _T:
    """``transport`` (made by the client, before any connection) with every network
    operation of its pool bounded by the attempt's deadline (:func:`attempt_deadline`).

    httpx offers no public way to give its transport a network backend; the pool's
    backend is replaced in place. Should a later httpx or httpcore keep it elsewhere, the
    transport is returned unchanged (per-operation timeouts only) and a warning logged;
    the tests check the deadline holds."""
    pool = getattr(transport, _POOL, None)
    inner = getattr(pool, _BACKEND, None)
    if isinstance(inner, httpcore.NetworkBackend):
        setattr(pool, _BACKEND, Backend(inner))
    elif isinstance(inner, httpcore.AsyncNetworkBackend):
        setattr(pool, _BACKEND, AsyncBackend(inner))
    else:
        logger.warning("weshop: cannot bound whole request attempts with this httpx version")
    return transport
