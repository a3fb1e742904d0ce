"""``AsyncWeShop``: the I/O half of the client.

``weshop/_async/client.py`` is the one hand-written copy; ``weshop/_sync/client.py`` is
generated from it by ``codegen/unasync.py`` (``await`` dropped, each async name read as
its sync twin). Everything that decides — configuration, reading answers, retry and
polling policy — is in :class:`~weshop._base_client.BaseClient` and the modules it uses;
request bodies and their validation are in each resource's :mod:`weshop._requests`.
This module only does I/O: call a generated endpoint function through
:meth:`AsyncClientAPI.request`, sleep, upload and download.

Connections: without ``http_client=`` a client owns an ``httpx.AsyncHTTPTransport`` (one
connection pool) and closes it. With ``http_client=`` requests go out through that client
(its pool, proxies, TLS settings and hooks) but never with its ``auth``, and it is not
closed. Copies made with :meth:`AsyncWeShop.with_options` share the pool of the original.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar

import httpx

from .._api_requests import ApiRequests, client_headers
from .._base_client import BaseClient
from .._concurrency import AsyncSemaphore, asleep_seconds
from .._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_CONCURRENT_REQUESTS,
    DEFAULT_TIMEOUT,
)
from .._credentials import SecretKey
from .._documented_agents import AsyncDocumentedAgents
from .._key_safety import scrubbed_response
from .._options import checked_headers, current_options, user_agent
from .._polling import PollPolicy
from .._raw_answers import (
    capture_response,
)
from .._retry import RetryEvent, RetryPolicy
from .._uploads import UploadCache
from ._api import AsyncClientAPI
from .runs import AsyncRuns

if TYPE_CHECKING:
    from .._typed_agents import AsyncCatalogAgents
    from .agents import AsyncAgents
    from .assets import AsyncAssets
    from .fashion_models import AsyncFashionModels
    from .locations import AsyncLocations
    from .tasks import AsyncTasks

__all__ = ["AsyncClientAPI", "AsyncWeShop"]

logger = logging.getLogger("weshop")
_httpx_logger = logging.getLogger("httpx")

P = ParamSpec("P")
W = TypeVar("W")  # what a wait returns: a run, a model, a location


# --------------------------------------------------------------------------- transports
class _AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through an injected ``httpx.AsyncClient`` without its auth; never closes it."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = await self._client.send(request, stream=True, auth=None, follow_redirects=False)
        return httpx.Response(
            sent.status_code, headers=sent.headers, stream=sent.stream, extensions=sent.extensions
        )


class _AsyncPool(httpx.AsyncBaseTransport):
    """The client's own connection pool, made at the first request: making it loads the
    certificate store (an SSL context), which a client that never sends — a request
    refused locally, a command line printing help — need not pay for."""

    def __init__(self) -> None:
        self._made: httpx.AsyncBaseTransport | None = None
        self._making = threading.Lock()  # two threads' first requests make one pool

    def _pool(self) -> httpx.AsyncBaseTransport:
        if self._made is None:
            with self._making:
                if self._made is None:
                    # Deliberately here: httpcore (and h11) load with the first pool.
                    from .._deadline_backends import with_deadlines

                    self._made = with_deadlines(
                        httpx.AsyncHTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
                    )
        return self._made

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pool().handle_async_request(request)

    async def aclose(self) -> None:
        if self._made is not None:
            await self._made.aclose()


class _AsyncShared(httpx.AsyncBaseTransport):
    """A view of the connection's transport whose ``close`` leaves it open."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)


class _AsyncScrubbing(httpx.AsyncBaseTransport):
    """API answers with the key redacted (:func:`~weshop._key_safety.scrubbed_response`),
    each kept as the raw answer of its attempt (:class:`~weshop._raw_answers.Captured`);
    downloads do not pass here (they never carry the key and may be large). It is never
    closed: the connection's transport is closed by the client that owns it (copies
    share it)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, key: SecretKey) -> None:
        self._inner = inner
        self._key = key

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        current_options().apply(request)  # the call's extra headers, query and timeout
        try:
            response = await self._inner.handle_async_request(request)
            try:
                content = await response.aread()
            finally:
                await response.aclose()
        except httpx.RequestError as exc:
            exc.request = request  # as httpx's client does: the error names its request
            raise
        answer = scrubbed_response(request, response, content, self._key)
        answer.request = request
        capture_response(answer)  # the raw answer, for when the generated parser fails
        if _httpx_logger.isEnabledFor(logging.INFO):  # the line httpx's own client logs
            _httpx_logger.info(
                'HTTP Request: %s %s "%s %d %s"',
                request.method,
                request.url,
                answer.http_version,
                answer.status_code,
                answer.reason_phrase,
            )
        return answer


@dataclass
class _AsyncConnection:
    """The connection pool a client and its ``with_options`` copies share."""

    transport: httpx.AsyncBaseTransport
    owned: bool
    #: Shared by with_options() copies: the cap is per connection pool, not per copy.
    in_flight: AsyncSemaphore


# --------------------------------------------------------------------------- the client
class AsyncWeShop(BaseClient, AsyncDocumentedAgents):
    """The WeShop AI client (asyncio).

    ``AsyncWeShop()`` reads the key from ``WESHOP_API_KEY`` or
    ``~/.config/weshop/credentials.json`` and the base URL from ``WESHOP_BASE_URL``
    (default ``https://openapi.weshop.ai/openapi``). Use it as a context manager, or call
    :meth:`close`.

    Resources: ``runs``, ``catalog``, ``assets``, ``agents``, ``tasks``,
    ``fashion_models``, ``locations``; the six agents: :meth:`aimodel`, :meth:`aiproduct`,
    :meth:`aipose`, :meth:`expand_image`, :meth:`remove_background`,
    :meth:`virtual_try_on`.

    Args:
        api_key: The key; defaults to ``WESHOP_API_KEY``, then the credentials file.
        base_url: Defaults to ``WESHOP_BASE_URL``, then production. The key is sent only
            to ``openapi.weshop.ai`` (https), loopback, or ``trusted_hosts`` (https).
        timeout: Seconds or an ``httpx.Timeout``: each connect, read and write, and one
            request attempt as a whole, connect to last byte (the largest part of an
            ``httpx.Timeout``; with ``http_client=``, httpx's per-operation timeouts only).
        max_retries: Retries per request after the first attempt (0 disables); default
            ``retry.max_retries``, i.e. 5 (``DEFAULT_MAX_RETRIES``).
        http_client: An ``httpx.AsyncClient`` to send through (not closed by this client).
        trusted_hosts: Further https hosts the key may be sent to.
        poll: Polling settings (``PollPolicy``) for waiting on runs.
        retry: Retry and backoff settings (``RetryPolicy``).
        upload_cache: ``True`` (``~/.cache/weshop/uploads.json``), a path, or ``False``.
        sleep: The sleep function used for backoff and polling (tests inject one).
        clock: The monotonic clock used for polling deadlines (tests inject one).
        on_retry: Called with a ``RetryEvent`` before each retry's delay (count rate
            limits, report progress); an exception it raises propagates from the call.
        max_concurrent_requests: How many API requests are on the wire at once (default
            64), shared by copies: start thousands of runs concurrently and the rest wait
            their turn cheaply.
        default_headers: Headers sent with every API request (not to download hosts);
            ``Authorization`` and ``Idempotency-Key`` are refused (ConfigurationError).
            Every request says ``User-Agent: weshop-python/<version> (...)`` unless this
            sets another.

    Every method also takes per-call options: ``timeout``, ``max_retries``,
    ``extra_headers``, ``extra_query`` and, where a JSON body is sent, ``extra_body``
    (waiting methods: ``request_timeout``, their ``timeout`` being the wait's).

    Raises:
        UntrustedHostError: The base URL is not a host the key may be sent to.
        MissingAPIKeyError: No key was found (the message says how to set one).
        CredentialsFileError: The credentials file is unusable or readable by others.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        trusted_hosts: Iterable[str] = (),
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
        upload_cache: bool | str | os.PathLike[str] | UploadCache = True,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        max_concurrent_requests: int = DEFAULT_MAX_CONCURRENT_REQUESTS,
        default_headers: Mapping[str, str] | None = None,
        _connection: _AsyncConnection | None = None,
    ) -> None:
        headers = checked_headers(default_headers, what="default_headers")
        if max_concurrent_requests < 1:
            raise ValueError("max_concurrent_requests must be at least 1")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient")
        super().__init__(
            api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            trusted_hosts=trusted_hosts,
            poll=poll,
            retry=retry,
            upload_cache=upload_cache,
            clock=clock,
            on_retry=on_retry,
        )
        self._owns_connection = _connection is None
        if _connection is None:
            transport: httpx.AsyncBaseTransport = (
                _AsyncPool() if http_client is None else _AsyncClientTransport(http_client)
            )
            _connection = _AsyncConnection(
                transport,
                owned=http_client is None,
                in_flight=AsyncSemaphore(max_concurrent_requests),
            )
        self._connection = _connection
        self._default_headers = dict(headers)
        identity = {"User-Agent": user_agent()}
        self._max_concurrent_requests = max_concurrent_requests
        self._sleep_fn = sleep or asleep_seconds
        # Result downloads: no key, no default headers (only the identity), any host,
        # redirects followed.
        downloads = httpx.AsyncClient(
            headers=identity,
            timeout=self._timeout,
            transport=_AsyncShared(_connection.transport),
            follow_redirects=True,
        )
        self._api = AsyncClientAPI(
            self,
            # API requests: the key for the base origin, the default headers, no cookies,
            # no redirects; straight to the transport (see weshop._api_requests).
            requests=ApiRequests(
                self._base_url,
                client_headers(downloads.headers, {**identity, **self._default_headers}),
                self._timeout,
                self._api_key,
            ),
            transport=_AsyncScrubbing(_connection.transport, self._api_key),
            downloads=downloads,
            in_flight=_connection.in_flight,
            sleep=self._sleep_fn,
        )
        self.runs = AsyncRuns(self._api)

    # The resource groups but ``runs`` are made, and their modules imported, when first
    # read: not part of ``import weshop`` and the first run (cold start, issue 21).
    @functools.cached_property
    def catalog(self) -> AsyncCatalogAgents:
        """Every catalog agent, typed from the spec: ``client.catalog.kling(images=[...])``."""
        from .._typed_agents import AsyncCatalogAgents  # ~200 generated agent methods

        return AsyncCatalogAgents(self.runs)

    @functools.cached_property
    def assets(self) -> AsyncAssets:
        """Image uploads (``POST /agent/assets/images``)."""
        from .assets import AsyncAssets

        return AsyncAssets(self._api)

    @functools.cached_property
    def agents(self) -> AsyncAgents:
        """Agent information (``GET /v1/agent/info``)."""
        from .agents import AsyncAgents

        return AsyncAgents(self._api)

    @functools.cached_property
    def tasks(self) -> AsyncTasks:
        """The task API (``/v1/agent/task/*``, 2024-06). Prefer ``runs`` for new code."""
        from .tasks import AsyncTasks

        return AsyncTasks(self._api)

    @functools.cached_property
    def fashion_models(self) -> AsyncFashionModels:
        """Your own fashion models (``/v1/agent/myFashionModel/*``), for ``fashion_model_id``."""
        from .fashion_models import AsyncFashionModels

        return AsyncFashionModels(self._api)

    @functools.cached_property
    def locations(self) -> AsyncLocations:
        """Your own locations (``/v1/agent/myLocation/*``), for ``location_id``."""
        from .locations import AsyncLocations

        return AsyncLocations(self._api)

    # ---------------------------------------------------------------- lifecycle
    async def close(self) -> None:
        """Close the connections this client owns (not an injected ``http_client``)."""
        await self._api.aclose()
        await self._api.files.http.aclose()
        if self._owns_connection and self._connection.owned:
            await self._connection.transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        trusted_hosts: Iterable[str] | None = None,
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
        upload_cache: bool | str | os.PathLike[str] | UploadCache | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool (close
        the original last). ``default_headers`` are added to (or replace by name) this
        client's."""
        kwargs = self._copy_kwargs()
        overrides: dict[str, Any] = {
            "base_url": base_url,
            "timeout": timeout,
            "max_retries": max_retries,
            "trusted_hosts": trusted_hosts,
            "poll": poll,
            "retry": retry,
            "upload_cache": upload_cache,
            "on_retry": on_retry,
        }
        kwargs.update({key: value for key, value in overrides.items() if value is not None})
        return type(self)(
            api_key if api_key is not None else self._api_key.reveal(),
            **kwargs,
            sleep=sleep or self._sleep_fn,
            clock=clock or self._clock,
            max_concurrent_requests=self._max_concurrent_requests,
            default_headers={**self._default_headers, **(default_headers or {})},
            _connection=self._connection,
        )

    copy = with_options
