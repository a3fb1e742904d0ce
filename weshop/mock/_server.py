"""Running the mock: :class:`MockServer` (a background thread, for tests) and :func:`serve`
(the foreground, for ``weshop mock``). Both serve with uvicorn on loopback."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Final

import h11
import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from .._key_safety import is_loopback
from .._redaction import redact_text, secrets_of_authorization
from ._app import MockApp
from ._asgi import TRANSPORT_STATE_KEY
from ._faults import FaultInjector
from ._recording import load_recordings
from ._routes import BASE_PATH
from ._settings import FaultRule, FaultSequenceEntry, MockSettings
from ._state import MockState, MockStats

__all__ = ["MockServer", "build_app", "serve"]

START_TIMEOUT: Final = 15.0
STOP_TIMEOUT: Final = 10.0


class _TransportExposingProtocol(H11Protocol):
    """uvicorn's h11 protocol, plus the connection's transport in each request's scope
    state, so the app can close a connection without answering (the "drop" faults).
    ASGI itself has no way to do that: an app that does not answer gets a 500.

    It also bounds how long a request may take to arrive (``request_timeout``): uvicorn
    times out idle keep-alive connections, but not one that stops half-way through a
    request line, its headers or its body — which would hold the connection forever.
    """

    request_timeout: float = 30.0
    _stall: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.app_state = {**self.app_state, TRANSPORT_STATE_KEY: transport}
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is h11.DONE:
            self._disarm()  # the whole request is in; what follows is the app's time
        elif self._stall is None:
            self._arm()  # a request has begun: it must be complete within the timeout

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # uvicorn has now parsed what the client pipelined behind the answered request.
        # If part of a next request is in (a request line, headers, some of a body), its
        # clock starts now; otherwise with its first byte (uvicorn's keep-alive timeout
        # closes the connection if none comes).
        if (
            self.transport.is_closing()
            or self.conn.their_state is h11.DONE
            or (self.conn.their_state is h11.IDLE and not self.conn.trailing_data[0])
        ):
            self._disarm()
        else:
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._stall = self.loop.call_later(self.request_timeout, self._stalled)

    def _disarm(self) -> None:
        if self._stall is not None:
            self._stall.cancel()
            self._stall = None

    def _stalled(self) -> None:
        self._stall = None
        if self.conn.their_state is h11.DONE or self.transport.is_closing():
            return
        if self.flow.read_paused:
            self._arm()  # the app has not read the body yet: not the client's delay
            return
        self.transport.close()


def _protocol(request_timeout: float) -> type[_TransportExposingProtocol]:
    return type(
        "MockH11Protocol", (_TransportExposingProtocol,), {"request_timeout": request_timeout}
    )


ACCESS_LOGGER: Final = "weshop.mock.access"


class _AccessLog:
    """One line per request on ``weshop.mock.access``: method, path (never the query or a
    header, which may hold a key; the request's own key redacted from the path, in any
    spelling), status and time taken."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        self._log = logging.getLogger(ACCESS_LOGGER)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.monotonic()
        status: list[int] = []

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        try:
            await self._app(scope, receive, sending)
        finally:
            client = scope.get("client") or ("-", 0)
            path = str(scope.get("path", ""))
            authorization = next(
                (value for name, value in scope.get("headers", ()) if name == b"authorization"),
                b"",
            )
            secrets = secrets_of_authorization(authorization.decode("latin-1"))
            if secrets:
                path = redact_text(path, secrets, "[redacted]")
            self._log.info(
                '%s:%s "%s %s" %s %.1f ms',
                client[0],
                client[1],
                scope.get("method", "-"),
                path,
                status[0] if status else "-",
                (time.monotonic() - started) * 1000,
            )


def build_app(settings: MockSettings) -> tuple[MockApp, ASGIApp]:
    """The mock application for ``settings`` (and the object holding its state)."""
    state = MockState(settings)
    faults = FaultInjector(
        settings.faults, settings.fault_sequence, settings.sequence_operations, settings.seed
    )
    mock = MockApp(settings, state, faults, load_recordings(settings.recordings))
    return mock, mock.build()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on accepted connections whose
    # protocol says TCP; with proto 0, Nagle + delayed ACKs add 40 ms to every answer.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError:
        sock.close()
        raise
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def _config(app: ASGIApp, log_level: str, request_timeout: float = 30.0) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        http=_protocol(request_timeout),
        ws="none",
        lifespan="on",
        log_level=log_level,
        # Our own access log (_AccessLog) when asked for: uvicorn's logs the query string.
        access_log=False,
        # Leave the host process's logging alone (tests, embedding services).
        log_config=None,
        timeout_graceful_shutdown=2,
        server_header=False,
    )


def _url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class ServerThread:
    """Serves an ASGI app with uvicorn in a daemon thread on an already bound socket."""

    def __init__(self, app: ASGIApp, host: str, port: int, request_timeout: float = 30.0) -> None:
        self._socket = _bind(host, port)
        self.url = _url(self._socket)
        self._server = uvicorn.Server(_config(app, "warning", request_timeout))
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start serving; return once the server accepts connections."""
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name=f"weshop-mock {self.url}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the server at {self.url} did not start")
            time.sleep(0.005)

    def stop(self) -> None:
        """Stop serving and wait for the thread (forcing it after a timeout)."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(STOP_TIMEOUT / 2)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(STOP_TIMEOUT / 2)
            self._thread = None
        self._socket.close()


class MockServer:
    """The mock on ``127.0.0.1`` with a free port, served from a background thread.

    Use it as a context manager::

        with MockServer(speed=100) as mock:
            client = httpx.Client(base_url=mock.base_url, headers={"Authorization": "k"})
            ...

    Keyword arguments other than ``host``, ``port`` and ``allow_non_loopback`` override
    fields of ``settings`` (``MockServer(speed=100)`` is ``MockServer(MockSettings(speed=100))``).
    It works from async tests too: the server has its own thread and event loop.
    """

    def __init__(
        self,
        settings: MockSettings | None = None,
        /,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        allow_non_loopback: bool = False,
        **overrides: Any,
    ) -> None:
        if not allow_non_loopback and not is_loopback(host.lower()):
            raise ValueError(f"refusing to serve the mock on non-loopback host {host!r}")
        base = settings or MockSettings()
        self.settings = dataclasses.replace(base, **overrides) if overrides else base
        self._mock, self._app = build_app(self.settings)
        self._host = host
        self._port = port
        self._thread: ServerThread | None = None
        self.base_url = ""
        """``http://127.0.0.1:PORT/openapi`` once started."""

    def start(self) -> MockServer:
        """Start serving (``with`` does this for you)."""
        if self._thread is None:
            self._thread = ServerThread(
                self._app, self._host, self._port, self.settings.request_timeout
            )
            self._thread.start()
            self.base_url = self._thread.url + BASE_PATH
        return self

    def stop(self) -> None:
        """Stop serving (``with`` does this for you)."""
        if self._thread is not None:
            self._thread.stop()
            self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def stats(self) -> MockStats:
        """Live counters (runs created, requests per operation, downloads with a key...)."""
        return self._mock.state.stats

    @property
    def state(self) -> MockState:
        """The mock's state, for tests that need to look inside."""
        return self._mock.state

    def completion_time(self, execution_id: str) -> float | None:
        """``time.monotonic()`` at which the run became Success/Failed, or None."""
        return self._mock.state.completion_time(execution_id)

    def set_faults(
        self,
        faults: list[FaultRule] | None = None,
        fault_sequence: list[FaultSequenceEntry] | None = None,
        sequence_operations: frozenset[str] | None = None,
    ) -> None:
        """Replace the fault rules and script while the server runs."""
        self._mock.faults.configure(faults or [], fault_sequence or [], sequence_operations)


def serve(
    settings: MockSettings,
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    access_log: bool = False,
    ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the mock in the foreground until interrupted (Ctrl-C).

    ``ready`` is called with the base URL once the socket is bound (the CLI prints it).
    """
    _, app = build_app(settings)
    if access_log:
        # log_config=None leaves logging alone, so the lines need a handler of their own.
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
        logger = logging.getLogger(ACCESS_LOGGER)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        app = _AccessLog(app)
    sock = _bind(host, port)
    if ready is not None:
        ready(_url(sock) + BASE_PATH)
    server = uvicorn.Server(_config(app, "warning", settings.request_timeout))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
