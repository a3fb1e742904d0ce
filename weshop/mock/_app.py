"""The mock's ASGI application (Starlette), driven by the route table of the spec.

Every request goes through the same steps, whatever the operation:

1. match the path against the spec's operations (unknown: a 404 error envelope; a
   known path with another method: a 405 with ``Allow``);
2. check the ``Authorization`` key (401);
3. pick a fault (429, 5xx, slow, dropped connection, failed run);
4. read the body (bounded), check its media type, parse it, and validate parameters and
   body against the operation's schemas with ``weshop._spec`` (400 naming field and rule);
5. replay a recorded exchange if one matches exactly;
6. otherwise run the operation's handler against the state.

Answers only use statuses the operation declares (see :meth:`Operation.status`) and the
envelope its responses declare: the agent API's ``{success, data, meta}`` /
``{success, error}``, or the task API's ``{success, code, msg, data}``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import hashlib
import json
import logging
import re
import sys
import urllib.parse
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, get_args

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from .._catalog import result_kind
from .._redaction import redact_text, redact_tree
from .._spec import Violation, image_constraints, spec_validator
from ._callbacks import CallbackScheduler, is_loopback_url
from ._faults import DOWNLOAD_OPERATION, FaultInjector
from ._images import (
    DEFAULT_RESULT_FORMAT,
    RESULT_FORMATS,
    VIDEO_MEDIA_TYPE,
    UploadTooLarge,
    check_upload,
    make_image,
    sample_video,
)
from ._multipart import MultipartError, Part, parse_content_type, parse_multipart
from ._recording import (
    PAGINATED_RESOURCES,
    REDACTED,
    SYNTHETIC_IMAGE_PREFIX,
    RecordedResponse,
    Recordings,
    body_key,
    multipart_summary,
)
from ._routes import (
    AgentCatalogue,
    Operation,
    RouteTable,
    agent_catalogue,
    route_table,
)
from ._settings import FAULT_KINDS, FaultRule, MockSettings
from ._state import AssetKind, IdempotentReply, MockState, MyAsset, Run, Task

__all__ = ["TRANSPORT_STATE_KEY", "MockApp"]

BASE_PATH: Final = "/openapi"
# The key under which the server's protocol puts the connection's transport in the ASGI
# scope's "state" (see _server.py): the only way to drop a connection without answering.
TRANSPORT_STATE_KEY: Final = "weshop.mock.transport"
# Beyond max_body_bytes the rest of a body is read and discarded (so the client sees the
# 413 rather than a broken pipe), up to this much more; then the connection is closed.
DRAIN_ALLOWANCE: Final = 64 * 1024 * 1024
# After a body this large is answered, the memory it took is handed back to the system:
# glibc keeps freed heap memory otherwise, and the mock would stay hundreds of MB larger
# after one 12 MiB request.
LARGE_BODY_BYTES: Final = 1024 * 1024
LARGE_BODY_SCOPE_KEY: Final = "weshop.mock.large_body"
# Deeper bodies are refused: echoing them (run params) could exceed the recursion limit.
MAX_JSON_DEPTH: Final = 64
# Bodies with more objects and arrays than this are refused before they are parsed: each
# costs the parser and the validator far more than a number or a string, so a body of a
# million tiny objects would take many times longer, and far more memory, than a plain
# array of the same size. Counted as the body's "{" and "[" bytes (those inside strings
# too: a cheap, safe over-count). No request of the API comes near it.
MAX_JSON_CONTAINERS: Final = 10_000
# A guard against a spec change, not a rule (the spec caps batchCount at 16).
MAX_RESULTS: Final = 64
_log = logging.getLogger("weshop.mock")
# The caller's own assets join the catalogue list of the spec's resourceType named after
# their kind ("fashionModel" assets join "fashionModels"); every kind must have one.
_OWN_KINDS: Final[tuple[tuple[str, AssetKind], ...]] = tuple(
    (resource, kind)
    for kind in get_args(AssetKind)
    for resource in PAGINATED_RESOURCES
    if resource == f"{kind}s"
)
if len(_OWN_KINDS) != len(get_args(AssetKind)):
    raise RuntimeError(f"the spec's resourceType {PAGINATED_RESOURCES} lacks an asset kind")

LOOPBACK_ONLY: Final = "the mock calls back loopback addresses only (127.0.0.0/8, ::1, localhost)"
ERROR_CODES: Final = {
    400: "INVALID_REQUEST",
    401: "UNAUTHORIZED",
    404: "NOT_FOUND",
    413: "PAYLOAD_TOO_LARGE",
    429: "RATE_LIMITED",
}


class ApiError(Exception):
    """An error answer: status, code, message (and headers, e.g. ``Retry-After``)."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        retryable: bool | None = None,
        headers: Mapping[str, str] | None = None,
        exact_status: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or ERROR_CODES.get(status, "INTERNAL_ERROR")
        self.retryable = status == 429 or status >= 500 if retryable is None else retryable
        self.headers = dict(headers or {})
        # A configured server_error keeps its status even where the spec lists only 500.
        self.exact_status = exact_status

    @classmethod
    def invalid(cls, violations: Sequence[Violation], status: int = 400) -> ApiError:
        """A 400 whose message names every broken field and rule."""
        return cls(status, "; ".join(str(v) for v in violations))


class _Drop(Exception):
    """Close the connection without answering."""


@dataclass
class Reply:
    """A successful answer: ``data`` and ``meta`` for the envelope, or a full ``body``."""

    data: Any = None
    meta: dict[str, Any] | None = None
    body: dict[str, Any] | None = None


@dataclass
class Context:
    """One validated request, as a handler sees it."""

    request: Request
    op: Operation
    owner: str
    secret: str
    base: str
    path_params: dict[str, str]
    query: dict[str, Any]
    raw_query: dict[str, list[str]]
    body: Any
    parts: list[Part] = field(default_factory=list)
    fault: FaultRule | None = None


Handler = Callable[[Context], Awaitable[Reply]]


def json_response(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer. ASCII-escaped: echoed strings may hold lone surrogates."""
    content = json.dumps(body, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    return Response(content, status, dict(headers or {}), media_type="application/json")


def error_body(style: str, code: str, message: str, retryable: bool) -> dict[str, Any]:
    """The error envelope of the agent API or of the task API."""
    if style == "legacy":
        return {"success": False, "code": code, "msg": message}
    return {"success": False, "error": {"code": code, "message": message, "retryable": retryable}}


def success_body(op: Operation, data: Any, meta: dict[str, Any] | None) -> dict[str, Any]:
    """The success envelope, with the fields the operation's 200 schema declares."""
    body: dict[str, Any] = {"success": True}
    if "code" in op.success_fields:
        body["code"] = "0"
    if "msg" in op.success_fields:
        body["msg"] = "success"
    if data is not None and "data" in op.success_fields:
        body["data"] = data
    if meta is not None and "meta" in op.success_fields:
        body["meta"] = meta
    return body


def _load_libc() -> Any:
    if sys.platform != "linux":
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc (musl)
        return None


_LIBC: Final = _load_libc()


def _release_memory() -> None:
    """Hand freed heap memory back to the system (glibc's ``malloc_trim``), after freeing
    what only reference cycles hold (an error's traceback and the frames it names)."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        # 1e400 parses as infinity, which could never be echoed back as JSON.
        raise ValueError(f"{text[:40]} is out of range")
    return value


class _TooComplex(ValueError):
    """A body refused for its number of objects and arrays, before it is parsed."""


def _parse_json(raw: bytes) -> Any:
    containers = raw.count(b"{") + raw.count(b"[")
    if containers > MAX_JSON_CONTAINERS:
        raise _TooComplex(
            f"the body holds {containers} objects and arrays ('{{' and '['), more than the "
            f"{MAX_JSON_CONTAINERS} the mock accepts"
        )
    # NaN/Infinity are Python extensions, not JSON; deep nesting raises RecursionError.
    value = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)
    if _depth(value) > MAX_JSON_DEPTH:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (iteratively: it must not recurse on hostile input).
    Only containers are pushed: a 12 MiB array of six million numbers costs one quick
    pass, not six million stack entries."""
    containers = (dict, list)
    if type(value) not in containers:
        return 1
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        children = node.values() if isinstance(node, dict) else node
        nested = [child for child in children if type(child) in containers]
        stack.extend((child, level + 1) for child in nested)
        deepest = max(deepest, level + 1) if len(nested) < len(children) else deepest
    return deepest


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
        self.validator = spec_validator()
        self.callbacks = CallbackScheduler(state, self._callback_body)
        self.handlers: dict[str, Handler] = {
            "createRun": self._create_run,
            "getRun": self._get_run,
            "estimatePower": self._estimate_power,
            "uploadImage": self._upload_image,
            "uploadImageV1": self._upload_image,
            "getAgentInfo": self._agent_info,
            "createTask": self._create_task,
            "executeTask": self._execute_task,
            "queryTask": self._query_task,
            "deleteTask": self._delete_task,
            "createMyFashionModel": self._create_my_fashion_model,
            "queryMyFashionModel": self._query_my_fashion_model,
            "deleteMyFashionModel": self._delete_my_fashion_model,
            "createMyLocation": self._create_my_location,
            "queryMyLocation": self._query_my_location,
            "deleteMyLocation": self._delete_my_location,
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
            Route(BASE_PATH + "/files/{kind}/{name}", _AnyMethod(self._file)),
            Route(BASE_PATH + "/{rest:path}", _AnyMethod(self._dispatch)),
            Route("/{rest:path}", _AnyMethod(self._outside)),
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

    # ------------------------------------------------------------------ request pipeline

    async def _unrouted(self, request: Request, _exc: Exception) -> Response:
        # Starlette's path convertor stops at a newline; the spec's path patterns do not.
        if str(request.scope.get("path", "")).startswith(BASE_PATH + "/"):
            return await self._dispatch(request)
        return await self._outside(request)

    async def _outside(self, request: Request) -> Response:
        await _drain(request, self.settings.max_body_bytes)
        message = f"no operation at {request.url.path}; the API lives under {BASE_PATH}"
        return json_response(404, error_body("agent", "NOT_FOUND", message, False))

    async def _dispatch(self, request: Request) -> Response:
        path = _relative_path(request)
        found = self.table.match(request.method, path)
        if found is None:
            await _drain(request, self.settings.max_body_bytes)
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
                _release_memory()

    async def _answer(
        self, request: Request, op: Operation, path_params: dict[str, str]
    ) -> Response:
        try:
            return await self._handle(request, op, path_params)
        except _Drop:
            return await _drop(request)
        except ApiError as error:
            # Read what is left of the body, so the client gets to read the answer.
            await _drain(request, self.settings.max_body_bytes)
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

    async def _handle(
        self, request: Request, op: Operation, path_params: dict[str, str]
    ) -> Response:
        secret = self._authenticate(request)
        owner = _owner(secret)

        fault = self.faults.pick(op.operation_id)
        if fault is not None:
            self.state.stats.faults[fault.kind] += 1
            await self._early_fault(fault)

        raw = await self._read_body(request, op)
        raw_query: dict[str, list[str]] = {}
        for key, value in request.query_params.multi_items():
            raw_query.setdefault(key, []).append(value)
        violations: list[Violation] = []
        query = self._parameters(op, request, raw_query, path_params, violations)
        body, parts = self._body(op, request, raw, violations)
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
            raise _Drop
        return response

    def _violations(self, pointer: str, instance: object) -> list[Violation]:
        """The rules ``instance`` breaks, per ``weshop._spec`` (whose quick path makes a
        valid instance cost microseconds)."""
        return self.validator.violations(pointer, instance)

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

    async def _early_fault(self, fault: FaultRule) -> None:
        if fault.kind == "drop":
            raise _Drop
        if fault.kind == "rate_limit":
            raise ApiError(
                429,
                "too many requests (injected by the mock's rate_limit fault)",
                headers={"Retry-After": fault.retry_after_header},
            )
        if fault.kind == "server_error":
            raise ApiError(
                fault.status,
                "the service failed (injected by the mock's server_error fault)",
                code="INTERNAL_ERROR",
                retryable=True,
                exact_status=True,
            )
        if fault.kind == "slow":
            await asyncio.sleep(fault.delay)

    async def _read_body(self, request: Request, op: Operation) -> bytes:
        limit = self.settings.max_body_bytes
        size, kept = await _read_bounded(request, limit)
        if size > LARGE_BODY_BYTES:
            request.scope[LARGE_BODY_SCOPE_KEY] = True
        if op.body_media_type is None:
            return b""
        if size > limit:
            message = f"the body is {size} bytes, more than the {limit} bytes accepted"
            raise ApiError(413, message, headers={"Connection": "close"})
        return kept

    def _parameters(
        self,
        op: Operation,
        request: Request,
        raw_query: dict[str, list[str]],
        path_params: dict[str, str],
        violations: list[Violation],
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for param in op.parameters:
            if param.location == "query":
                found = raw_query.get(param.name)
                raw: str | None = found[-1] if found else None
            elif param.location == "path":
                raw = path_params.get(param.name)
            elif param.location == "header":
                raw = request.headers.get(param.name)
            else:
                raw = request.cookies.get(param.name)
            if raw is None:
                if param.required:
                    violations.append(Violation(param.name, "required", "is required"))
                continue
            value = _coerce(raw, param.scalar_type)
            for violation in self._violations(param.schema_pointer, value):
                name = f"{param.name}.{violation.field}" if violation.field else param.name
                violations.append(Violation(name, violation.rule, violation.message))
            values[param.name] = value
        return values

    def _body(
        self, op: Operation, request: Request, raw: bytes, violations: list[Violation]
    ) -> tuple[Any, list[Part]]:
        if op.body_media_type is None or op.body_schema_pointer is None:
            return None, []
        declared = request.headers.get("content-type", "")
        media_type, params = parse_content_type(declared)
        expected = op.body_media_type
        if not raw:
            if op.body_required:
                violations.append(Violation("", "required", f"a {expected} body is required"))
            return None, []
        if not _media_type_matches(media_type, expected):
            got = media_type or "none"
            violations.append(
                Violation("", "content-type", f"Content-Type must be {expected}, got {got}")
            )
            return None, []
        if expected == "multipart/form-data":
            try:
                parts = parse_multipart(raw, params.get("boundary", ""))
            except MultipartError as exc:
                violations.append(Violation("", "multipart", str(exc)))
                return None, []
            instance = {part.name: "" for part in parts}
            violations.extend(self._violations(op.body_schema_pointer, instance))
            return multipart_summary(parts), parts
        try:
            body = _parse_json(raw)
        except _TooComplex as exc:
            violations.append(Violation("", "json-containers", str(exc)))
            return None, []
        except (ValueError, RecursionError) as exc:
            message = f"the body is not valid JSON ({_short(exc)})"
            violations.append(Violation("", "json", message))
            return None, []
        try:
            violations.extend(self._violations(op.body_schema_pointer, body))
        except RecursionError:
            violations.append(Violation("", "json", "the body is nested too deeply"))
        return body, []

    def _replay(self, context: Context) -> RecordedResponse | None:
        if not self.recordings.exchanges:
            return None
        path = BASE_PATH + _request_path(context)
        method = context.op.method
        found = self.recordings.replay(method, path, context.raw_query, context.body)
        if found is None:
            # Recording redacted the caller's key wherever it appeared; do the same to
            # the request before comparing, so key-bearing requests replay too.
            secrets = [context.secret] if context.secret else []
            query = redact_tree(context.raw_query, secrets, REDACTED)
            body = redact_tree(context.body, secrets, REDACTED)
            found = self.recordings.replay(
                method, redact_text(path, secrets, REDACTED), query, body
            )
        return found

    # ------------------------------------------------------------------ agents and runs

    def _check_callback(self, body: Mapping[str, Any]) -> str | None:
        url = body.get("callbackUrl")
        if url is None:
            return None
        if not is_loopback_url(str(url)):
            # Schema-valid, so accepted (as the service would); but the mock never calls
            # out: the callback is skipped, and counted.
            self.state.stats.callbacks_skipped += 1
            _log.info("callback to %s skipped: %s", _short_url(str(url)), LOOPBACK_ONLY)
            return None
        return str(url)

    def _run_options(self, agent: str, params: Mapping[str, Any]) -> tuple[int, str]:
        # The spec has validated both for every known agent; the checks here only keep a
        # malformed value (a future agent with open params) from breaking the run engine.
        default_count = self.agents.params_default(agent, "batchCount") or 1
        count = params.get("batchCount", default_count)
        if isinstance(count, bool) or not isinstance(count, int | float) or count < 1:
            count = default_count
        image_format = params.get(
            "resultImageFormat", self.agents.params_default(agent, "resultImageFormat")
        )
        known_format = isinstance(image_format, str) and image_format in RESULT_FORMATS
        chosen = str(image_format) if known_format else DEFAULT_RESULT_FORMAT
        return min(int(count), MAX_RESULTS), chosen

    def _start(
        self,
        context: Context,
        task: Task,
        params: dict[str, Any],
        callback_url: str | None,
        via_task_api: bool,
    ) -> Run:
        batch_count, ext = self._run_options(task.agent_name, params)
        fail = context.fault is not None and context.fault.kind == "run_failed"
        run = self.state.start_run(
            task,
            params,
            batch_count=batch_count,
            image_ext=ext,
            fail=fail,
            callback_url=callback_url,
            via_task_api=via_task_api,
            media=result_kind(task.agent_name, params),
        )
        if callback_url is not None:
            self.callbacks.schedule(run, context.base)
        return run

    async def _create_run(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        key = context.request.headers.get("idempotency-key") or None
        fingerprint = hashlib.sha256(body_key(body).encode()).hexdigest()
        if key is not None:
            earlier = self.state.idempotent_reply(context.owner, key)
            if earlier is not None:
                if earlier.fingerprint != fingerprint:
                    # 409 is not declared; 400 is, and Stripe answers a reused key so too.
                    raise ApiError(
                        400,
                        "Idempotency-Key: this key was used with a different request body "
                        f"(execution {earlier.execution_id}) [rule: idempotency-key-reuse]",
                        code="IDEMPOTENCY_KEY_REUSED",
                    )
                return Reply(body=earlier.body)
        agent = body["agent"]
        callback_url = self._check_callback(body)
        task = self.state.create_task(
            context.owner, str(agent["name"]), str(agent["version"]), dict(body["input"])
        )
        params = dict(body["params"])
        run = self._start(context, task, params, callback_url, via_task_api=False)
        power = self.state.power(task.agent_name, params, run.batch_count)
        data = {
            "executionId": run.execution_id,
            "taskId": task.task_id,
            "powerConsumption": power,
            "powerBalanceAmount": self.state.charge(context.owner, power),
        }
        meta = {"executionId": run.execution_id}
        if key is not None:
            envelope = success_body(context.op, data, meta)
            reply = IdempotentReply(fingerprint, run.execution_id, envelope)
            self.state.remember_reply(context.owner, key, reply)
        return Reply(data, meta)

    async def _get_run(self, context: Context) -> Reply:
        execution_id = context.path_params["executionId"]
        run = self.state.run(context.owner, execution_id)
        if run is None:
            raise ApiError(404, f"no run with executionId {execution_id!r}")
        data = self._run_data(run, context.base)
        return Reply(data, {"executionId": run.execution_id})

    def _run_data(self, run: Run, base: str) -> dict[str, Any]:
        task = self.state.tasks.get(run.task_id)
        if task is None:  # the task was forgotten (max_runs) but the run is still kept
            task = Task(run.task_id, run.owner, "", "", "{}")
        return self.state.run_data(task, [run], self.state.now(), base)

    def _callback_body(self, run: Run, base: str) -> bytes:
        # The callback carries what reading the run answers: the task query's envelope for
        # task API runs (v1 reference: "same as the query task execution result"), the
        # GET run envelope for agent API runs.
        op = self.table.by_id["queryTask" if run.via_task_api else "getRun"]
        body = success_body(op, self._run_data(run, base), {"executionId": run.execution_id})
        return json.dumps(body, ensure_ascii=True).encode("ascii")

    async def _estimate_power(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        agent = body["agent"]
        params = dict(body["params"])
        batch_count, _ = self._run_options(str(agent["name"]), params)
        total = self.state.power(str(agent["name"]), params, batch_count)
        balance = self.state.balance(context.owner)
        data = {
            "totalPower": total,
            "type": "power",
            "exclusive": False,
            "paidPowerNotEnough": balance < total,
            "isEstimated": True,
        }
        return Reply(data)

    # ------------------------------------------------------------------ uploads and files

    async def _upload_image(self, context: Context) -> Reply:
        part = next((p for p in context.parts if p.name == "image"), None)
        if part is None:  # the spec validation already demanded it
            raise ApiError.invalid([Violation("image", "required", "is required")])
        try:
            checked = check_upload(part.data)
        except UploadTooLarge as exc:
            raise ApiError(413, str(exc.violation)) from exc
        if isinstance(checked, list):
            raise ApiError.invalid(checked)
        name = f"{checked.sha256}.{checked.extension}"
        self.state.store_upload(name, checked.data, checked.media_type)
        return Reply({"image": f"{context.base}/files/uploads/{name}"})

    async def _file(self, request: Request) -> Response:
        """Uploaded files, result images and catalogue thumbnails: public, like a CDN."""
        await _drain(request, self.settings.max_body_bytes)
        stats = self.state.stats
        stats.requests[DOWNLOAD_OPERATION] += 1
        if "authorization" in request.headers:
            stats.authorized_file_downloads += 1
        fault = self.faults.pick(DOWNLOAD_OPERATION)
        if fault is not None:
            stats.faults[fault.kind] += 1
            try:
                await self._early_fault(fault)
            except _Drop:
                return await _drop(request)
            except ApiError as error:
                body = error_body("agent", error.code, error.message, error.retryable)
                return json_response(error.status, body, error.headers)
        if request.method not in ("GET", "HEAD"):
            body = error_body("agent", "METHOD_NOT_ALLOWED", "files are GET", False)
            return json_response(405, body, {"Allow": "GET, HEAD"})
        kind = str(request.path_params["kind"])
        name = str(request.path_params["name"])
        found = self._file_bytes(kind, name)
        if found is None:
            message = f"no file {kind}/{name}"
            return json_response(404, error_body("agent", "NOT_FOUND", message, False))
        data, media_type = found
        response = Response(data, 200, media_type=media_type)
        response.headers["Cache-Control"] = "public, max-age=86400"
        if fault is not None and fault.kind == "drop_after":
            return await _drop(request)
        return response

    def _file_bytes(self, kind: str, name: str) -> tuple[bytes, str] | None:
        if kind == "uploads":
            stored = self.state.uploads.get(name)
            return None if stored is None else (stored.data, stored.media_type)
        if kind == "results":
            found = self.state.result_file(name)
            if found is None:
                return None
            run, index, what = found
            if what == "video":
                return sample_video(), VIDEO_MEDIA_TYPE
            ext = "png" if what == "poster" else run.image_ext
            _, media_type = RESULT_FORMATS[ext]
            suffix = "-poster" if what == "poster" else ""
            return make_image(f"{run.execution_id}-{index}{suffix}", ext), media_type
        if kind == "catalog" and re.fullmatch(r"(location|model)-\d{1,12}\.png", name):
            return make_image(name, "png"), RESULT_FORMATS["png"][1]
        return None

    # ------------------------------------------------------------------ info

    async def _agent_info(self, context: Context) -> Reply:
        name = str(context.query["agentName"])
        version = str(context.query["agentVersion"])
        catalog = self.recordings.catalogs.get((name, version))
        data: dict[str, Any] = {"agentVersion": version}
        resources: dict[str, list[dict[str, Any]]] = {}
        if catalog is not None:
            for key, value in catalog.data.items():
                if key not in PAGINATED_RESOURCES:
                    data[key] = _with_base(value, context.base)
            resources = dict(catalog.resources)
        # The caller's own models and locations join their agent's catalogue as "Yours".
        for resource, kind in _OWN_KINDS:
            own = [
                self._asset_entry(asset)
                for asset in self.state.owner_assets(context.owner, kind)
                if resource in resources and asset.agent_name == name
            ]
            if own:
                resources[resource] = resources[resource] + own
        wanted = context.query.get("resourceType")
        selected = [wanted] if isinstance(wanted, str) else list(resources)
        page = int(context.query.get("page", 1))
        size_param = context.query.get("pageSize")
        pagination: dict[str, Any] = {}
        for resource in selected:
            items = resources.get(resource, [])
            size = int(size_param) if size_param is not None else max(1, len(items))
            start = (page - 1) * size
            data[resource] = [
                _item_with_base(item, context.base) for item in items[start : start + size]
            ]
            pagination[resource] = {
                "total": len(items),
                "isLastPage": start + size >= len(items),
                "page": page,
                "pageSize": size,
            }
        if pagination:
            data["pagination"] = pagination
        return Reply(data)

    def _asset_entry(self, asset: MyAsset) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "id": asset.asset_id,
            "name": asset.name,
            "image": asset.images[0] if asset.images else "",
            "status": self.state.asset_status(asset),
            "type": "Yours",
        }
        if asset.kind == "location":
            entry["categories"] = []
        return entry

    # ------------------------------------------------------------------ task API

    async def _create_task(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        name, version = str(body["agentName"]), str(body["agentVersion"])
        task = self.state.create_task(
            context.owner, name, version, dict(body.get("initParams", {}))
        )
        return Reply({"taskId": task.task_id})

    async def _execute_task(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        task = self.state.task(context.owner, str(body["taskId"]))
        if task is None:
            raise ApiError(404, f"no task with taskId {body['taskId']!r}")
        params = dict(body["params"])
        # The task API's params are agent-specific: validate them against the schema the
        # spec's agent-params rule selects for the task's agent.
        pointer = self.agents.params_schemas.get(task.agent_name)
        if pointer is not None:
            broken = [
                Violation(f"params.{v.field}" if v.field else "params", v.rule, v.message)
                for v in self._violations(pointer, params)
            ]
            if broken:
                raise ApiError.invalid(broken)
        callback_url = self._check_callback(body)
        run = self._start(context, task, params, callback_url, via_task_api=True)
        return Reply({"executionId": run.execution_id})

    async def _query_task(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        now = self.state.now()
        if "executionId" in body:
            run = self.state.run(context.owner, str(body["executionId"]))
            if run is None:
                raise ApiError(404, f"no execution with executionId {body['executionId']!r}")
            return Reply(self._run_data(run, context.base))
        task = self.state.task(context.owner, str(body["taskId"]))
        if task is None:
            raise ApiError(404, f"no task with taskId {body['taskId']!r}")
        runs = self.state.task_runs(task)
        return Reply(self.state.run_data(task, runs, now, context.base))

    async def _delete_task(self, context: Context) -> Reply:
        task_id = str(context.body["taskId"])
        if not self.state.delete_task(context.owner, task_id):
            raise ApiError(404, f"no task with taskId {task_id!r}")
        return Reply()

    # ------------------------------------------------------------------ my models/locations

    def _check_asset_images(self, urls: list[str], field: str) -> None:
        # Only files the mock holds can be measured (it never fetches anything).
        violations: list[Violation] = []
        max_bytes = image_constraints().max_referenced_bytes
        for index, url in enumerate(urls):
            marker = "/files/uploads/"
            if marker in url:
                stored = self.state.uploads.get(url.rsplit(marker, 1)[1])
                if stored is not None and len(stored.data) > max_bytes:
                    where = f"{field}.{index}" if len(urls) > 1 or field == "images" else field
                    limit = f"{max_bytes // (1024 * 1024)} MB"
                    violations.append(
                        Violation(
                            where, "max-size", f"the image is larger than the maximum {limit}"
                        )
                    )
        if violations:
            raise ApiError.invalid(violations)

    async def _create_my_fashion_model(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        images = [str(u) for u in body["images"]]
        self._check_asset_images(images, "images")
        asset = self.state.create_asset(
            context.owner, "fashionModel", str(body["agentName"]), str(body["name"]), images
        )
        return Reply({"fashionModelId": asset.asset_id})

    async def _create_my_location(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        image = str(body["image"])
        self._check_asset_images([image], "image")
        asset = self.state.create_asset(
            context.owner, "location", str(body["agentName"]), str(body["name"]), [image]
        )
        return Reply({"locationId": asset.asset_id})

    def _find_asset(self, context: Context, kind: AssetKind, raw_id: object) -> MyAsset:
        text = str(raw_id)
        asset = None
        if re.fullmatch(r"\d{1,15}", text):
            asset = self.state.asset(context.owner, kind, int(text))
        if asset is None:
            label = "fashionModelId" if kind == "fashionModel" else "locationId"
            raise ApiError(404, f"no {kind} with {label} {text!r}")
        return asset

    async def _query_my_fashion_model(self, context: Context) -> Reply:
        asset = self._find_asset(context, "fashionModel", context.query["fashionModelId"])
        data = {
            "fashionModelId": asset.asset_id,
            "name": asset.name,
            "cover": asset.images[0],
            "images": asset.images,
            "status": self.state.asset_status(asset),
        }
        return Reply(data)

    async def _query_my_location(self, context: Context) -> Reply:
        asset = self._find_asset(context, "location", context.query["locationId"])
        data = {
            "locationId": asset.asset_id,
            "name": asset.name,
            "cover": asset.images[0],
            "image": asset.images[0],
            "status": self.state.asset_status(asset),
        }
        return Reply(data)

    async def _delete_my_fashion_model(self, context: Context) -> Reply:
        asset = self._find_asset(context, "fashionModel", context.body["fashionModelId"])
        del self.state.assets[asset.asset_id]
        return Reply()

    async def _delete_my_location(self, context: Context) -> Reply:
        asset = self._find_asset(context, "location", context.body["locationId"])
        del self.state.assets[asset.asset_id]
        return Reply()


# ---------------------------------------------------------------------- helpers


def _owner(secret: str) -> str:
    """Who a key belongs to: a hash (the key itself is never kept), interned so that every
    run of one key shares one string."""
    return sys.intern(hashlib.sha256(secret.encode("utf-8", "surrogateescape")).hexdigest()[:32])


def _relative_path(request: Request) -> str:
    """The request's path under the base path (``/agent/runs``)."""
    return str(request.scope.get("path", "")).removeprefix(BASE_PATH) or "/"


def _request_path(context: Context) -> str:
    return _relative_path(context.request)


def _short_url(url: str) -> str:
    """A URL for a log line: scheme and host only (never a path or query that may hold a
    secret)."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return "(unparseable URL)"
    return f"{parts.scheme}://{parts.hostname or ''}"


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _coerce(raw: str, scalar_type: str | None) -> Any:
    """A query value as the parameter's schema types it (left a string if it is not one,
    so that validation reports the type rule)."""
    if scalar_type == "integer" and re.fullmatch(r"[+-]?\d{1,4000}", raw):
        return int(raw)  # any size: the schema bounds it, not the parser
    if scalar_type == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw
        return number if number == number and abs(number) != float("inf") else raw
    if scalar_type == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _media_type_matches(media_type: str, expected: str) -> bool:
    if expected == "application/json":
        return media_type == "application/json" or (
            media_type.startswith("application/") and media_type.endswith("+json")
        )
    return media_type == expected


def _base_url(request: Request) -> str:
    """The base URL of this server: the address it listens on (the connection's local
    address), never the request's ``Host`` header — a client must not be able to make
    the mock hand out upload and result URLs on a host of its choosing."""
    server = request.scope.get("server") or ("127.0.0.1", 80)
    host, port = str(server[0]), server[1]
    shown = f"[{host}]" if ":" in host else host
    scheme = "https" if request.url.scheme == "https" else "http"
    return f"{scheme}://{shown}:{port}{BASE_PATH}"


def _item_with_base(item: dict[str, Any], base: str) -> dict[str, Any]:
    """A catalogue entry whose synthetic image path becomes a URL on this server (entries
    are otherwise served as recorded; only ``image`` ever holds such a path)."""
    image = item.get("image")
    if isinstance(image, str) and image.startswith(SYNTHETIC_IMAGE_PREFIX):
        return {**item, "image": base + image[len("{base}") :]}
    return item


def _with_base(value: Any, base: str) -> Any:
    """Catalogue data with synthetic image paths turned into URLs on this server."""
    if isinstance(value, str) and value.startswith(SYNTHETIC_IMAGE_PREFIX):
        return base + value[len("{base}") :]
    if isinstance(value, list):
        return [_with_base(v, base) for v in value]
    if isinstance(value, dict):
        return {k: _with_base(v, base) for k, v in value.items()}
    return value


async def _read_bounded(request: Request, limit: int) -> tuple[int, bytes]:
    """Read the body: keep up to ``limit`` bytes, discard (but count) the rest."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        elif size > limit + DRAIN_ALLOWANCE:
            break
    return size, b"".join(chunks) if size <= limit else b""


async def _drain(request: Request, limit: int) -> None:
    # RuntimeError: Starlette's "stream consumed" (the body was already read).
    with contextlib.suppress(ClientDisconnect, RuntimeError):
        await _read_bounded(request, limit)


async def _drop(request: Request) -> Response:
    """Close the connection without answering."""
    state = request.scope.get("state") or {}
    transport = state.get(TRANSPORT_STATE_KEY)
    if transport is None:
        return _BrokenResponse()
    transport.close()
    # Wait until the server has seen the disconnect, so it does not answer in our place.
    with contextlib.suppress(TimeoutError, ClientDisconnect):
        async with asyncio.timeout(5):
            while (await request.receive())["type"] != "http.disconnect":
                pass
    return Response(status_code=500)  # sent nowhere: the connection is gone


class _AnyMethod:
    """A request -> response endpoint for every HTTP method: Starlette restricts the
    methods of function endpoints only, and answers the others itself in plain text."""

    def __init__(self, handler: Callable[[Request], Awaitable[Response]]) -> None:
        self._handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self._handler(Request(scope, receive, send))
        await response(scope, receive, send)


class _BrokenResponse(Response):
    """Fallback for servers without the transport hook: start a response, never finish it
    (the server then closes the connection)."""

    def __init__(self) -> None:
        super().__init__(b"", 500)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": 500, "headers": [(b"content-length", b"1")]}
        )
