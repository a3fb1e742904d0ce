"""The answers' envelopes: the error a handler raises and how answers are written.

Answers only use statuses the operation declares (see :meth:`Operation.status`) and the
envelope its responses declare: the agent API's ``{success, data, meta}`` /
``{success, error}``, or the task API's ``{success, code, msg, data}``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from starlette.responses import Response

from .._spec import Violation
from ._routes import Operation

__all__ = ["ERROR_CODES", "ApiError", "error_body", "json_response", "success_body"]

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
