"""``WeShop`` and ``AsyncWeShop``: the I/O halves of the client.

Everything that decides — configuration, request bodies and their validation, reading
answers, retry and polling policy — is in :class:`~weshop._base_client.BaseClient` and
the modules it uses. The two classes here only do I/O, each in its own colour: call a
generated endpoint function (``sync_detailed`` / ``asyncio_detailed``) through the one
typed path :meth:`WeShop._request`, sleep, upload, and download. Their loops are the
same few lines, one with ``await``.

Connections: without ``http_client=`` a client owns an ``httpx.HTTPTransport`` (one
connection pool) and closes it. With ``http_client=`` requests go out through that client
(its pool, proxies, TLS settings and hooks) but never with its ``auth``, and it is not
closed. Copies made with :meth:`with_options` share the pool of the original.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import os
import threading
import time
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Sequence,
)
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

import httpx

from . import _generated as gen
from ._agents import (
    AgentCall,
    aimodel,
    aipose,
    aiproduct,
    expand_image,
    remove_background,
    virtual_try_on,
)
from ._base_client import (
    PARSE_ERRORS,
    UPLOAD_IMAGE,
    BaseClient,
    Draft,
    KeyAuth,
    Operation,
    S,
    T,
    Waiter,
    acapture_response,
    capture_response,
    capturing,
)
from ._constants import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_CONCURRENT_REQUESTS,
    DEFAULT_TIMEOUT,
    DOWNLOAD_CHUNK_SIZE,
)
from ._credentials import SecretKey
from ._models import AsyncRun, DownloadTarget, Run, RunFields, content_type_suffix
from ._polling import PollPolicy
from ._retry import RetryEvent, RetryPolicy
from ._typed_agents import AsyncCatalogAgents, CatalogAgents
from ._uploads import PreparedImage, UploadCache
from .errors import APIError, WeShopError
from .resources import (
    Agents,
    Assets,
    AsyncAgents,
    AsyncAssets,
    AsyncFashionModels,
    AsyncLocations,
    AsyncRuns,
    AsyncTasks,
    FashionModels,
    Locations,
    Runs,
    Tasks,
)

__all__ = ["AsyncWeShop", "WeShop"]

logger = logging.getLogger("weshop")

P = ParamSpec("P")
W = TypeVar("W")  # what a wait returns: a run, a model, a location


# --------------------------------------------------------------------------- transports
class _ClientTransport(httpx.BaseTransport):
    """Sends through an injected ``httpx.Client`` without its auth; never closes it."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sent = self._client.send(request, stream=True, auth=None, follow_redirects=False)
        return httpx.Response(
            sent.status_code, headers=sent.headers, stream=sent.stream, extensions=sent.extensions
        )


class _AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through an injected ``httpx.AsyncClient`` without its auth; never closes it."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        sent = await self._client.send(request, stream=True, auth=None, follow_redirects=False)
        return httpx.Response(
            sent.status_code, headers=sent.headers, stream=sent.stream, extensions=sent.extensions
        )


class _Shared(httpx.BaseTransport):
    """A view of the connection's transport whose ``close`` leaves it open."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)


class _AsyncShared(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)


def _scrubbed(
    request: httpx.Request, response: httpx.Response, content: bytes, key: SecretKey
) -> httpx.Response:
    """``response`` (already read) with the key redacted from its headers and body — or
    itself when it holds no spelling of the key. A server that echoes the key (as a header,
    an executionId, ...) must not carry it into runs, reprs, log lines or file names."""
    body = key.redact_bytes(content)
    headers = [(name, key.redact(value)) for name, value in response.headers.multi_items()]
    if body == content and headers == list(response.headers.multi_items()):
        return response
    # The body is decoded already: its old length and encoding no longer apply.
    kept = [(n, v) for n, v in headers if n.lower() not in ("content-length", "content-encoding")]
    return httpx.Response(
        response.status_code,
        headers=kept,
        content=body,
        request=request,
        extensions=response.extensions,
    )


class _Scrubbing(httpx.BaseTransport):
    """API answers with the key redacted (see :func:`_scrubbed`); downloads do not pass
    here (they never carry the key and may be large)."""

    def __init__(self, inner: httpx.BaseTransport, key: SecretKey) -> None:
        self._inner = inner
        self._key = key

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        try:
            content = response.read()
        finally:
            response.close()
        return _scrubbed(request, response, content, self._key)


class _AsyncScrubbing(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, key: SecretKey) -> None:
        self._inner = inner
        self._key = key

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        return _scrubbed(request, response, content, self._key)


@dataclass
class _Connection:
    transport: httpx.BaseTransport
    owned: bool


@dataclass
class _AsyncConnection:
    transport: httpx.AsyncBaseTransport
    owned: bool
    #: Shared by with_options() copies: the cap is per connection pool, not per copy.
    in_flight: asyncio.Semaphore


def _target_path(target: DownloadTarget, content_type: str | None) -> Path:
    suffix = target.suffix or content_type_suffix(content_type)
    return target.stem.with_name(target.stem.name + suffix)


@contextlib.contextmanager
def _cleaned_up(partial: Path) -> Iterator[None]:
    """Remove a partly written download if writing it fails."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _check_download_url(url: str) -> None:
    if not url.lower().startswith(("http://", "https://")):
        raise APIError(f"download: not an http(s) result URL: {url!r}", code="invalid_result_url")


# --------------------------------------------------------------------------- downloads
class _Files:
    """Streams results to disk with a client that has no key (sync)."""

    def __init__(self, http: httpx.Client, owner: WeShop) -> None:
        self._http = http
        self._owner = owner

    def download(self, targets: Sequence[DownloadTarget]) -> list[Path]:
        return [self._one(target) for target in targets]

    def _one(self, target: DownloadTarget) -> Path:
        _check_download_url(target.url)
        target.stem.parent.mkdir(parents=True, exist_ok=True)
        state = self._owner._retry_state("download")
        while True:
            failure: Exception
            try:
                with self._http.stream("GET", target.url) as response:
                    if response.is_success:
                        path = _target_path(target, response.headers.get("content-type"))
                        partial = path.with_name(path.name + ".part")
                        with _cleaned_up(partial), partial.open("wb") as out:
                            for chunk in response.iter_bytes(DOWNLOAD_CHUNK_SIZE):
                                out.write(chunk)
                        os.replace(partial, path)
                        return path
                    response.read()
                    failure = self._owner._api_error("download", response)
            except httpx.RequestError as exc:
                failure = exc
            self._owner._sleep(state.next_delay(failure))


class _AsyncFiles:
    """Streams results to disk with a client that has no key (async)."""

    def __init__(self, http: httpx.AsyncClient, owner: AsyncWeShop) -> None:
        self._http = http
        self._owner = owner

    async def download(self, targets: Sequence[DownloadTarget]) -> list[Path]:
        return list(await asyncio.gather(*(self._one(target) for target in targets)))

    async def _one(self, target: DownloadTarget) -> Path:
        _check_download_url(target.url)
        target.stem.parent.mkdir(parents=True, exist_ok=True)
        state = self._owner._retry_state("download")
        while True:
            failure: Exception
            try:
                async with self._http.stream("GET", target.url) as response:
                    if response.is_success:
                        path = _target_path(target, response.headers.get("content-type"))
                        partial = path.with_name(path.name + ".part")
                        with _cleaned_up(partial), partial.open("wb") as out:
                            async for chunk in response.aiter_bytes(DOWNLOAD_CHUNK_SIZE):
                                out.write(chunk)
                        os.replace(partial, path)
                        return path
                    await response.aread()
                    failure = self._owner._api_error("download", response)
            except httpx.RequestError as exc:
                failure = exc
            await self._owner._sleep(state.next_delay(failure))


# --------------------------------------------------------------------------- agents
def _describe(method: Callable[..., Any], build: Callable[..., AgentCall], returns: str) -> None:
    """Give a wrapped agent method the builder's name, docs and signature (plus self)."""
    signature = inspect.signature(build)
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__name__ = build.__name__
    method.__qualname__ = build.__name__
    method.__doc__ = (build.__doc__ or "") + (
        f"\n\nSubmits the run and, with ``wait=True`` (default), waits for it and returns the "
        f"finished {returns}; with ``wait=False`` returns the {returns} just submitted. Raises "
        "RunFailedError / RunTimeoutError while waiting, RequestValidationError (nothing "
        "sent) for parameters that break a rule of the spec."
    )
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self_param, *signature.parameters.values()], return_annotation=returns
    )


def _sync_agent(build: Callable[P, AgentCall]) -> Callable[Concatenate[WeShop, P], Run]:
    def method(self: WeShop, /, *args: P.args, **kwargs: P.kwargs) -> Run:
        return self._run_agent(build(*args, **kwargs))

    _describe(method, build, "Run")
    return method


def _async_agent(
    build: Callable[P, AgentCall],
) -> Callable[Concatenate[AsyncWeShop, P], Coroutine[Any, Any, AsyncRun]]:
    async def method(self: AsyncWeShop, /, *args: P.args, **kwargs: P.kwargs) -> AsyncRun:
        return await self._run_agent(build(*args, **kwargs))

    _describe(method, build, "AsyncRun")
    return method


# --------------------------------------------------------------------------- clients
class WeShop(BaseClient):
    """The WeShop AI client (synchronous).

    ``WeShop()`` reads the key from ``WESHOP_API_KEY`` or
    ``~/.config/weshop/credentials.json`` and the base URL from ``WESHOP_BASE_URL``
    (default ``https://openapi.weshop.ai/openapi``). Use it as a context manager, or call
    :meth:`close`.

    Resources: ``runs``, ``assets``, ``agents``, ``tasks``, ``fashion_models``,
    ``locations``; the six agents: :meth:`aimodel`, :meth:`aiproduct`, :meth:`aipose`,
    :meth:`expand_image`, :meth:`remove_background`, :meth:`virtual_try_on`.

    Args:
        api_key: The key; defaults to ``WESHOP_API_KEY``, then the credentials file.
        base_url: Defaults to ``WESHOP_BASE_URL``, then production. The key is sent only
            to ``openapi.weshop.ai`` (https), loopback, or ``trusted_hosts`` (https).
        timeout: Per HTTP request, seconds or an ``httpx.Timeout``.
        max_retries: Retries per request after the first attempt (0 disables); default
            ``retry.max_retries``, i.e. 5 (``DEFAULT_MAX_RETRIES``).
        http_client: An ``httpx.Client`` to send through (not closed by this client).
        trusted_hosts: Further https hosts the key may be sent to.
        poll: Polling settings (``PollPolicy``) for waiting on runs.
        retry: Retry and backoff settings (``RetryPolicy``).
        upload_cache: ``True`` (``~/.cache/weshop/uploads.json``), a path, or ``False``.
        sleep: The sleep function used for backoff and polling (tests inject one).
        clock: The monotonic clock used for polling deadlines (tests inject one).
        on_retry: Called with a ``RetryEvent`` before each retry's delay (count rate
            limits, report progress); an exception it raises propagates from the call.

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
        http_client: httpx.Client | None = None,
        trusted_hosts: Iterable[str] = (),
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
        upload_cache: bool | str | os.PathLike[str] | UploadCache = True,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
        _connection: _Connection | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                "http_client must be an httpx.Client (AsyncWeShop takes httpx.AsyncClient)"
            )
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
            transport: httpx.BaseTransport = (
                httpx.HTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
                if http_client is None
                else _ClientTransport(http_client)
            )
            _connection = _Connection(transport, owned=http_client is None)
        self._connection = _connection
        self._sleep_fn = sleep or time.sleep
        shared = _Shared(_connection.transport)
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=KeyAuth(self._api_key, self._base_url),
            timeout=self._timeout,
            transport=_Scrubbing(shared, self._api_key),
            follow_redirects=False,
            event_hooks={"response": [capture_response]},
        )
        # Result downloads: no auth, no default headers, any host, redirects followed.
        self._files = _Files(
            httpx.Client(timeout=self._timeout, transport=shared, follow_redirects=True), self
        )
        self._generated = gen.client.Client(base_url=self.base_url).set_httpx_client(self._http)
        self._upload_locks: dict[str, threading.Lock] = {}
        self._upload_locks_guard = threading.Lock()
        self.runs = Runs(self)
        #: Every catalog agent, typed from the spec: ``client.catalog.kling(images=[...])``.
        self.catalog = CatalogAgents(self)
        self.assets = Assets(self)
        self.agents = Agents(self)
        self.tasks = Tasks(self)
        self.fashion_models = FashionModels(self)
        self.locations = Locations(self)

    # ---------------------------------------------------------------- lifecycle
    def close(self) -> None:
        """Close the connections this client owns (not an injected ``http_client``)."""
        self._http.close()
        self._files._http.close()
        if self._owns_connection and self._connection.owned:
            self._connection.transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        on_retry: Callable[[RetryEvent], object] | None = None,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool (close
        the original last)."""
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
            _connection=self._connection,
        )

    copy = with_options

    # ---------------------------------------------------------------- I/O primitives
    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._sleep_fn(seconds)

    def _wait_for(self, fetch: Callable[[], W], waiter: Waiter[W]) -> W:
        """Read with ``fetch`` until ``waiter`` (which decides everything) says done."""
        while True:
            outcome: W | Exception
            try:
                outcome = fetch()
            except WeShopError as exc:
                outcome = exc
            step = waiter.step(outcome)
            if not isinstance(step, float):
                return step
            self._sleep(step)

    def _request(self, op: Operation[P, T, S], /, *args: P.args, **kwargs: P.kwargs) -> S:
        """Call a generated endpoint with retries; return its success model or raise."""
        state = self._retry_state(op)
        while True:
            failure: Exception
            with capturing() as captured:
                try:
                    response = op.sync(*args, **kwargs)
                except httpx.RequestError as exc:
                    failure = exc
                except PARSE_ERRORS:
                    failure = self._unparseable(op, captured)
                else:
                    outcome = self._interpret(op, response)
                    if not isinstance(outcome, APIError):
                        return outcome
                    failure = outcome
            self._sleep(state.next_delay(failure))

    @contextlib.contextmanager
    def _upload_lock(self, key: str) -> Iterator[None]:
        with self._upload_locks_guard:
            lock = self._upload_locks.setdefault(key, threading.Lock())
        with lock:
            yield

    def _upload(self, image: PreparedImage, *, cache: bool = True) -> str:
        """Upload a checked image (once per content, when cached); return its URL."""
        with self._upload_lock(image.sha256):
            if cache and (url := self._cached_upload(image)) is not None:
                return url
            with image.open() as stream:
                upload = gen.types.File(
                    payload=stream, file_name=image.filename, mime_type=image.mime_type
                )
                uploaded = self._request(
                    UPLOAD_IMAGE, client=self._generated, body=gen.models.ImageUpload(upload)
                )
            url = uploaded.data.image
            self._remember_upload(image, url)
            logger.debug("uploaded %s (%d bytes)", image.filename, image.size)
            return url

    def _complete(self, draft: Draft) -> dict[str, Any]:
        """The draft's body with its local images uploaded."""
        return draft.complete([self._upload(image) for image in draft.uploads])

    def _run(self, fields: RunFields) -> Run:
        return Run(**fields, _files=self._files)

    def _run_agent(self, call: AgentCall) -> Run:
        created = self.runs._create(
            call.agent,
            images=call.images,
            params=call.params,
            version=call.version,
            task_name=call.task_name,
            callback_url=call.callback_url,
            idempotency_key=call.idempotency_key,
            media=call.media,
            extra_body=call.extra_body,
        )
        if not call.wait:
            return created
        finished = self.runs._wait(
            created.execution_id, call.timeout, call.on_progress, just_created=True
        )
        return finished.with_creation(created)

    # ---------------------------------------------------------------- the six agents
    aimodel = _sync_agent(aimodel)
    aiproduct = _sync_agent(aiproduct)
    aipose = _sync_agent(aipose)
    expand_image = _sync_agent(expand_image)
    remove_background = _sync_agent(remove_background)
    virtual_try_on = _sync_agent(virtual_try_on)


class AsyncWeShop(BaseClient):
    """The WeShop AI client (asyncio): the same methods as :class:`WeShop`, awaitable.

    Runs it returns are :class:`AsyncRun` (``await run.download(dir)``). Use it as an async
    context manager, or ``await client.close()``. Arguments as for :class:`WeShop`, with
    ``http_client`` an ``httpx.AsyncClient`` and ``sleep`` an async function, and
    ``max_concurrent_requests`` (default 64): how many API requests are on the wire at
    once — start thousands of runs concurrently and the rest wait their turn cheaply.
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
        _connection: _AsyncConnection | None = None,
    ) -> None:
        if max_concurrent_requests < 1:
            raise ValueError("max_concurrent_requests must be at least 1")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (WeShop takes httpx.Client)")
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
                httpx.AsyncHTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
                if http_client is None
                else _AsyncClientTransport(http_client)
            )
            _connection = _AsyncConnection(
                transport,
                owned=http_client is None,
                in_flight=asyncio.Semaphore(max_concurrent_requests),
            )
        self._connection = _connection
        self._sleep_fn = sleep or asyncio.sleep
        shared = _AsyncShared(_connection.transport)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=KeyAuth(self._api_key, self._base_url),
            timeout=self._timeout,
            transport=_AsyncScrubbing(shared, self._api_key),
            follow_redirects=False,
            event_hooks={"response": [acapture_response]},
        )
        self._files = _AsyncFiles(
            httpx.AsyncClient(timeout=self._timeout, transport=shared, follow_redirects=True), self
        )
        self._generated = gen.client.Client(base_url=self.base_url).set_async_httpx_client(
            self._http
        )
        self._upload_locks: dict[str, asyncio.Lock] = {}
        self.runs = AsyncRuns(self)
        #: Every catalog agent, typed from the spec: ``await client.catalog.kling(...)``.
        self.catalog = AsyncCatalogAgents(self)
        self.assets = AsyncAssets(self)
        self.agents = AsyncAgents(self)
        self.tasks = AsyncTasks(self)
        self.fashion_models = AsyncFashionModels(self)
        self.locations = AsyncLocations(self)

    # ---------------------------------------------------------------- lifecycle
    async def close(self) -> None:
        """Close the connections this client owns (not an injected ``http_client``)."""
        await self._http.aclose()
        await self._files._http.aclose()
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
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool (close
        the original last)."""
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
            _connection=self._connection,
        )

    copy = with_options

    # ---------------------------------------------------------------- I/O primitives
    async def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            await self._sleep_fn(seconds)

    async def _wait_for(self, fetch: Callable[[], Awaitable[W]], waiter: Waiter[W]) -> W:
        """Read with ``fetch`` until ``waiter`` (which decides everything) says done."""
        while True:
            outcome: W | Exception
            try:
                outcome = await fetch()
            except WeShopError as exc:
                outcome = exc
            step = waiter.step(outcome)
            if not isinstance(step, float):
                return step
            await self._sleep(step)

    async def _request(self, op: Operation[P, T, S], /, *args: P.args, **kwargs: P.kwargs) -> S:
        """Call a generated endpoint with retries; return its success model or raise."""
        state = self._retry_state(op)
        while True:
            failure: Exception
            with capturing() as captured:
                try:
                    async with self._connection.in_flight:
                        response = await op.asyncio(*args, **kwargs)
                except httpx.RequestError as exc:
                    failure = exc
                except PARSE_ERRORS:
                    failure = self._unparseable(op, captured)
                else:
                    outcome = self._interpret(op, response)
                    if not isinstance(outcome, APIError):
                        return outcome
                    failure = outcome
            await self._sleep(state.next_delay(failure))

    @contextlib.asynccontextmanager
    async def _upload_lock(self, key: str) -> AsyncIterator[None]:
        lock = self._upload_locks.setdefault(key, asyncio.Lock())
        async with lock:
            yield

    async def _upload(self, image: PreparedImage, *, cache: bool = True) -> str:
        """Upload a checked image (once per content, when cached); return its URL."""
        async with self._upload_lock(image.sha256):
            if cache and (url := self._cached_upload(image)) is not None:
                return url
            with image.open() as stream:
                upload = gen.types.File(
                    payload=stream, file_name=image.filename, mime_type=image.mime_type
                )
                uploaded = await self._request(
                    UPLOAD_IMAGE, client=self._generated, body=gen.models.ImageUpload(upload)
                )
            url = uploaded.data.image
            self._remember_upload(image, url)
            logger.debug("uploaded %s (%d bytes)", image.filename, image.size)
            return url

    async def _complete(self, draft: Draft) -> dict[str, Any]:
        """The draft's body with its local images uploaded."""
        # Each distinct image once, all at once (the request semaphore bounds the wire).
        return draft.complete(await asyncio.gather(*map(self._upload, draft.uploads)))

    def _run(self, fields: RunFields) -> AsyncRun:
        return AsyncRun(**fields, _files=self._files)

    async def _run_agent(self, call: AgentCall) -> AsyncRun:
        created = await self.runs._create(
            call.agent,
            images=call.images,
            params=call.params,
            version=call.version,
            task_name=call.task_name,
            callback_url=call.callback_url,
            idempotency_key=call.idempotency_key,
            media=call.media,
            extra_body=call.extra_body,
        )
        if not call.wait:
            return created
        finished = await self.runs._wait(
            created.execution_id, call.timeout, call.on_progress, just_created=True
        )
        return finished.with_creation(created)

    # ---------------------------------------------------------------- the six agents
    aimodel = _async_agent(aimodel)
    aiproduct = _async_agent(aiproduct)
    aipose = _async_agent(aipose)
    expand_image = _async_agent(expand_image)
    remove_background = _async_agent(remove_background)
    virtual_try_on = _async_agent(virtual_try_on)
