"""The mock's ASGI application (Starlette): the request pipeline every operation shares.

Every request goes through the same steps, whatever the operation:

1. match the path against the spec's operations (unknown: a 404 error envelope; a
   known path with another method: a 405 with ``Allow``);
2. check the ``Authorization`` key (401);
3. pick a fault (429, 5xx, slow, dropped connection, failed run) — ``_faults``;
4. read the body (bounded, ``_bodies``), check its media type, parse it, and validate
   parameters and body against the operation's schemas (``_validation``: 400 naming
   field and rule);
5. replay a recorded exchange if one matches exactly (``_recording``);
6. otherwise run the operation's handler (``_handlers``, one module per API) against the
   state, and wrap its reply in the operation's envelope (``_envelopes``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import sys
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route

from .._redaction import redact_text, redact_tree
from .._spec import Violation
from ._asgi import AnyMethod, Drop, drop
from ._bodies import LARGE_BODY_BYTES, LARGE_BODY_SCOPE_KEY, drain, read_bounded, release_memory
from ._context import Context, Handler
from ._envelopes import ApiError, error_body, json_response, success_body
from ._faults import DOWNLOAD_OPERATION, FaultInjector, inject_early_fault
from ._handlers import (
    AgentInfoHandlers,
    AgentRunHandlers,
    FileServer,
    MyAssetHandlers,
    RunStarter,
    TaskHandlers,
    UploadHandlers,
)
from ._recording import REDACTED, RecordedResponse, Recordings
from ._routes import BASE_PATH, AgentCatalogue, Operation, RouteTable, agent_catalogue, route_table
from ._settings import FAULT_KINDS, MockSettings
from ._state import MockState
from ._validation import RequestValidator

__all__ = ["MockApp"]

_log = logging.getLogger("weshop.mock")


class MockApp:
    """Builds the Starlette application over one :class:`MockState`."""

    def __init__(
        self,
        settings: MockSettings,
        state: MockState,
        faults: FaultInjector,
        recordings: Recordings,
    ) -> None:
        self.settings = settings
        self.state = state
        self.faults = faults
        self.recordings = recordings
        self.table: RouteTable = route_table()
        self.agents: AgentCatalogue = agent_catalogue()
        self.validation = RequestValidator()
        runs = RunStarter(state, self.table, self.agents)
        self.callbacks = runs.callbacks
        self.files = FileServer(state, faults, settings.max_body_bytes)
        self.handlers: dict[str, Handler] = {
            **AgentRunHandlers(state, runs).handlers(),
            **UploadHandlers(state).handlers(),
            **AgentInfoHandlers(state, recordings).handlers(),
            **TaskHandlers(state, runs, self.agents, self.validation).handlers(),
            **MyAssetHandlers(state).handlers(),
        }
        # Every key present from the start: the dicts never grow afterwards, so another
        # thread can copy them (dict(stats.requests)) while requests are counted.
        known = [op.operation_id for op in self.table.operations]
        state.stats.requests.update(dict.fromkeys([*known, DOWNLOAD_OPERATION], 0))
        state.stats.faults.update(dict.fromkeys(FAULT_KINDS, 0))
        missing = {op.operation_id for op in self.table.operations} - set(self.handlers)
        if missing:
            # Fail at start-up, not with a 500 later: the spec grew an operation.
            raise RuntimeError(f"the mock has no handler for: {', '.join(sorted(missing))}")

    def build(self) -> Starlette:
        """The ASGI application."""
        # Every method (TRACE, QUERY, anything) reaches the mock's own handlers, so each
        # gets an envelope — a 405 with Allow for a method no operation has — never
        # Starlette's plain-text 405.
        routes = [
            Route(BASE_PATH + "/files/{kind}/{name}", AnyMethod(self.files)),
            Route(BASE_PATH + "/{rest:path}", AnyMethod(self._dispatch)),
            Route("/{rest:path}", AnyMethod(self._outside)),
        ]
        # A path no route matches (one with a newline, say): the mock's 404 envelope too.
        handlers = {404: self._unrouted}
        return Starlette(routes=routes, lifespan=self._lifespan, exception_handlers=handlers)

    @contextlib.asynccontextmanager
    async def _lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        scheduler = asyncio.create_task(self.callbacks.run_forever())
        try:
            yield
        finally:
            scheduler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await scheduler

    # ------------------------------------------------------------------ routing

    async def _unrouted(self, request: Request, _exc: Exception) -> Response:
        # Starlette's path convertor stops at a newline; the spec's path patterns do not.
        if str(request.scope.get("path", "")).startswith(BASE_PATH + "/"):
            return await self._dispatch(request)
        return await self._outside(request)

    async def _outside(self, request: Request) -> Response:
        await drain(request, self.settings.max_body_bytes)
        message = f"no operation at {request.url.path}; the API lives under {BASE_PATH}"
        return json_response(404, error_body("agent", "NOT_FOUND", message, False))

    async def _dispatch(self, request: Request) -> Response:
        path = _relative_path(request)
        found = self.table.match(request.method, path)
        if found is None:
            await drain(request, self.settings.max_body_bytes)
            style = self.table.error_style_at(path)
            allowed = self.table.methods_at(path)
            if allowed:
                # RFC 9110: a known resource answers an unsupported method with 405 and
                # the methods it does support in `Allow`.
                message = f"{request.method} is not an operation of {BASE_PATH}{path}"
                body = error_body(style, "METHOD_NOT_ALLOWED", message, False)
                return json_response(405, body, {"Allow": ", ".join(allowed)})
            message = f"no operation at {BASE_PATH}{path}"
            return json_response(404, error_body(style, "NOT_FOUND", message, False))
        op, path_params = found
        self.state.stats.requests[op.operation_id] += 1
        try:
            return await self._answer(request, op, path_params)
        finally:
            # Here the large body and all that was made of it are gone.
            if request.scope.pop(LARGE_BODY_SCOPE_KEY, False):
                release_memory()

    async def _answer(
        self, request: Request, op: Operation, path_params: dict[str, str]
    ) -> Response:
        try:
            return await self._handle(request, op, path_params)
        except Drop:
            return await drop(request)
        except ApiError as error:
            # Read what is left of the body, so the client gets to read the answer.
            await drain(request, self.settings.max_body_bytes)
            status = error.status if error.exact_status else op.status(error.status)
            body = error_body(op.error_style, error.code, error.message, error.retryable)
            return json_response(status, body, error.headers)
        except ClientDisconnect:
            return Response(status_code=400)  # nobody is listening any more
        except Exception:
            # A bug, not bad input: answer the declared 500 envelope rather than a bare one.
            _log.exception("mock: unexpected error in %s", op.operation_id)
            body = error_body(op.error_style, "INTERNAL_ERROR", "internal mock error", True)
            return json_response(op.status(500), body)

    # ------------------------------------------------------------------ the steps

    async def _handle(
        self, request: Request, op: Operation, path_params: dict[str, str]
    ) -> Response:
        secret = self._authenticate(request)
        owner = _owner(secret)

        fault = self.faults.pick(op.operation_id)
        if fault is not None:
            self.state.stats.faults[fault.kind] += 1
            await inject_early_fault(fault)

        raw = await self._read_body(request, op)
        raw_query: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            raw_query.setdefault(key, []).append(value)
        violations: list[Violation] = []
        query = self.validation.parameters(op, request, raw_query, path_params, violations)
        body, parts = self.validation.body(op, request, raw, violations)
        if violations:
            raise ApiError.invalid(violations)

        context = Context(
            request=request,
            op=op,
            owner=owner,
            secret=secret,
            base=_base_url(request),
            path_params=path_params,
            query=query,
            raw_query=raw_query,
            body=body,
            parts=parts,
            fault=fault,
        )
        replayed = self._replay(context)
        if replayed is not None:
            response = Response(
                replayed.body, replayed.status, dict(replayed.headers), replayed.media_type
            )
        else:
            reply = await self.handlers[op.operation_id](context)
            body_out = reply.body or success_body(op, reply.data, reply.meta)
            response = json_response(op.status(200), body_out)
        if fault is not None and fault.kind == "drop_after":
            raise Drop
        return response

    def _authenticate(self, request: Request) -> str:
        secret = request.headers.get("authorization", "")
        if not secret.strip():
            raise ApiError(401, "missing API key: send it in the Authorization header")
        if secret[:7].lower() == "bearer ":
            # The documents insist on the raw key; a "Bearer" prefix is a client bug.
            raise ApiError(401, "send the raw API key in Authorization, without 'Bearer '")
        if self.settings.api_keys is not None and secret not in self.settings.api_keys:
            raise ApiError(401, "the API key is not valid")
        return secret

    async def _read_body(self, request: Request, op: Operation) -> bytes:
        limit = self.settings.max_body_bytes
        size, kept = await read_bounded(request, limit)
        if size > LARGE_BODY_BYTES:
            request.scope[LARGE_BODY_SCOPE_KEY] = True
        if op.body_media_type is None:
            return b""
        if size > limit:
            message = f"the body is {size} bytes, more than the {limit} bytes accepted"
            raise ApiError(413, message, headers={"Connection": "close"})
        return kept

    def _replay(self, context: Context) -> RecordedResponse | None:
        recordings = self.recordings
        if not recordings.exchanges:
            return None
        path = BASE_PATH + _relative_path(context.request)
        method = context.op.method
        # Recording redacted the caller's key wherever it appeared; do the same to the
        # request before comparing, so key-bearing requests replay too.
        secrets = [context.secret] if context.secret else []
        redacted_path = redact_text(path, secrets, REDACTED)
        if not (recordings.recorded(method, path) or recordings.recorded(method, redacted_path)):
            return None
        found = recordings.replay(method, path, context.raw_query, context.body)
        if found is None:
            query = redact_tree(context.raw_query, secrets, REDACTED)
            body = redact_tree(context.body, secrets, REDACTED)
            found = recordings.replay(method, redacted_path, query, body)
        return found


def _owner(secret: str) -> str:
    """Who a key belongs to: a hash (the key itself is never kept), interned so that every
    run of one key shares one string."""
    return sys.intern(hashlib.sha256(secret.encode("utf-8", "surrogateescape")).hexdigest()[:32])


def _relative_path(request: Request) -> str:
    """The request's path under the base path (``/agent/runs``)."""
    return str(request.scope.get("path", "")).removeprefix(BASE_PATH) or "/"


def _base_url(request: Request) -> str:
    """The base URL of this server: the address it listens on (the connection's local
    address), never the request's ``Host`` header — a client must not be able to make
    the mock hand out upload and result URLs on a host of its choosing."""
    server = request.scope.get("server") or ("127.0.0.1", 80)
    host, port = str(server[0]), server[1]
    shown = f"[{host}]" if ":" in host else host
    # The scope's scheme, as request.url has it (without parsing a whole URL per request).
    scheme = "https" if request.scope.get("scheme") == "https" else "http"
    return f"{scheme}://{shown}:{port}{BASE_PATH}"
