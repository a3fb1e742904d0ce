"""Record mode: a loopback proxy that forwards to an upstream base URL and writes every
exchange as a recording file, with the API key redacted.

The caller's ``Authorization`` is forwarded upstream (that is the point: recording the
real service), and nowhere else. The upstream must pass the facade's own trust rule
(:func:`weshop._key_safety.trusted_base_url`): ``https://openapi.weshop.ai``, loopback, or
an https host the caller names in ``trusted_hosts``; and the proxy itself listens on
loopback only, so it never relays anybody else's key. Before anything is written, the
``Authorization`` header becomes ``"<redacted>"`` and every spelling of the key (and of
its token alone, for ``Bearer KEY``) — see :mod:`weshop._redaction` — in the URL, the
bodies (binary ones too) and the headers is replaced too.
"""

from __future__ import annotations

import base64
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, Final

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .._key_safety import is_loopback, trusted_base_url
from .._redaction import redact_bytes, redact_tree, secrets_of_authorization
from ._envelopes import json_response
from ._multipart import MultipartError, parse_content_type, parse_multipart
from ._recording import REDACTED, RecordingWriter, multipart_summary
from ._routes import BASE_PATH, route_table
from ._server import ServerThread, _bind, _config, _url

__all__ = ["RecordingProxy", "build_proxy_app", "serve_recording_proxy"]

MAX_PROXIED_BODY: Final = 64 * 1024 * 1024
FORWARDED_REQUEST_HEADERS: Final = ("authorization", "content-type", "idempotency-key", "accept")
RECORDED_RESPONSE_HEADERS: Final = ("content-type", "retry-after")
UPSTREAM_TIMEOUT: Final = 120.0


def _recorded_body(raw: bytes, content_type: str | None, secrets: list[str]) -> dict[str, Any]:
    """How a body is written: JSON as JSON, multipart as a summary, text as text, bytes as
    base64. The key is redacted from the bytes before they are decoded or encoded (any
    spelling, UTF-8/16/32), and again from the decoded form when the exchange is written."""
    media_type, params = parse_content_type(content_type or "")
    if not raw:
        return {"body": None}
    if media_type == "multipart/form-data":
        with contextlib.suppress(MultipartError):
            return {"body": multipart_summary(parse_multipart(raw, params.get("boundary", "")))}
    raw = redact_bytes(raw, secrets, REDACTED)
    if media_type == "application/json" or media_type.endswith("+json"):
        with contextlib.suppress(ValueError, RecursionError):
            return {"body": json.loads(raw)}
    try:
        return {"bodyText": raw.decode("utf-8")}
    except UnicodeDecodeError:
        return {"bodyBase64": base64.b64encode(raw).decode("ascii")}


def build_proxy_app(upstream: str, out_dir: Path | str) -> Starlette:
    """The record-mode ASGI app forwarding ``/openapi/...`` to ``upstream``."""
    upstream = upstream.rstrip("/")
    writer = RecordingWriter(out_dir, upstream)
    table = route_table()
    client_holder: dict[str, httpx.AsyncClient] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        # trust_env=False: the key goes to the upstream named on the command line only,
        # never through a proxy picked up from the environment.
        async with httpx.AsyncClient(
            trust_env=False, timeout=UPSTREAM_TIMEOUT, follow_redirects=False
        ) as client:
            client_holder["client"] = client
            yield

    async def forward(request: Request) -> Response:
        path = request.url.path
        if path != BASE_PATH and not path.startswith(BASE_PATH + "/"):
            body = {"success": False, "error": {"code": "NOT_FOUND", "retryable": False,
                    "message": f"the recording proxy forwards {BASE_PATH}/... only"}}  # fmt: skip
            return json_response(404, body)
        raw = bytearray()
        async for chunk in request.stream():
            raw.extend(chunk)
            if len(raw) > MAX_PROXIED_BODY:
                body = {"success": False, "error": {"code": "PAYLOAD_TOO_LARGE", "retryable": False,
                        "message": "the recording proxy takes bodies up to 64 MB"}}  # fmt: skip
                return json_response(413, body)
        relative = path[len(BASE_PATH) :]
        query = request.url.query
        target = upstream + relative + (f"?{query}" if query else "")
        headers = {k: v for k, v in request.headers.items() if k in FORWARDED_REQUEST_HEADERS}
        try:
            answer = await client_holder["client"].request(
                request.method, target, content=bytes(raw), headers=headers
            )
        except httpx.HTTPError as exc:
            body = {"success": False, "error": {"code": "UPSTREAM_UNREACHABLE", "retryable": True,
                    "message": f"the upstream did not answer: {type(exc).__name__}"}}  # fmt: skip
            return json_response(502, body)

        # "Bearer KEY": the bare KEY is a secret too (an upstream may echo it alone).
        secrets = secrets_of_authorization(request.headers.get("authorization", ""))
        matched = table.match(request.method, relative)
        recorded_headers = {k: v for k, v in headers.items() if k != "accept"}
        if "authorization" in recorded_headers:
            recorded_headers["authorization"] = REDACTED
        exchange: dict[str, Any] = {
            "operationId": matched[0].operation_id if matched else None,
            "request": {
                "method": request.method,
                "path": path,
                "query": {k: request.query_params.getlist(k) for k in request.query_params},
                "headers": recorded_headers,
                **_recorded_body(bytes(raw), request.headers.get("content-type"), secrets),
            },
            "response": {
                "status": answer.status_code,
                "headers": {
                    k: v for k, v in answer.headers.items() if k in RECORDED_RESPONSE_HEADERS
                },
                **_recorded_body(answer.content, answer.headers.get("content-type"), secrets),
            },
        }
        writer.write(redact_tree(exchange, secrets, REDACTED), secrets)
        passed = {k: v for k, v in answer.headers.items() if k in RECORDED_RESPONSE_HEADERS}
        return Response(answer.content, answer.status_code, passed)

    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    return Starlette(routes=[Route("/{rest:path}", forward, methods=methods)], lifespan=lifespan)


def _check_upstream(upstream: str, trusted_hosts: Iterable[str] = ()) -> None:
    """Refuse an upstream the caller's key may not be sent to (the facade's trust rule);
    raises :class:`~weshop.errors.UntrustedHostError` (a ``ValueError``)."""
    trusted_base_url(upstream, trusted_hosts)


def _check_listen_host(host: str) -> None:
    """Refuse to listen beyond loopback: the proxy would relay other people's keys."""
    if not is_loopback(host.lower()):
        raise ValueError(
            f"refusing to serve the recording proxy on non-loopback {host!r}: it forwards "
            "the caller's API key upstream"
        )


class RecordingProxy:
    """Record mode as a context manager (for tests): a loopback proxy with a free port.

    ``proxy.base_url`` is ``http://127.0.0.1:PORT/openapi``; requests sent there go to
    ``upstream`` and each exchange is written to ``out_dir``. ``upstream`` must be
    ``https://openapi.weshop.ai/...``, loopback, or an https host listed in
    ``trusted_hosts``; otherwise :class:`~weshop.errors.UntrustedHostError`.
    """

    def __init__(
        self,
        upstream: str,
        out_dir: Path | str,
        *,
        trusted_hosts: Iterable[str] = (),
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        _check_upstream(upstream, trusted_hosts)
        _check_listen_host(host)
        self._app = build_proxy_app(upstream, out_dir)
        self._host = host
        self._port = port
        self._thread: ServerThread | None = None
        self.base_url = ""

    def __enter__(self) -> RecordingProxy:
        self._thread = ServerThread(self._app, self._host, self._port)
        self._thread.start()
        self.base_url = self._thread.url + BASE_PATH
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._thread is not None:
            self._thread.stop()
            self._thread = None


def serve_recording_proxy(
    upstream: str,
    out_dir: Path | str,
    host: str = "127.0.0.1",
    port: int = 8766,
    *,
    trusted_hosts: Iterable[str] = (),
    ready: Callable[[str], None] | None = None,
) -> None:
    """Run record mode in the foreground until interrupted (loopback only; ``upstream``
    must pass the same trust rule as :class:`RecordingProxy`)."""
    _check_upstream(upstream, trusted_hosts)
    _check_listen_host(host)
    app = build_proxy_app(upstream, out_dir)
    sock = _bind(host, port)
    if ready is not None:
        ready(_url(sock) + BASE_PATH)
    server = uvicorn.Server(_config(app, "warning"))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
