"""What a handler is given (one validated request) and what it gives back."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from ._multipart import Part
from ._routes import Operation
from ._settings import FaultRule

__all__ = ["Context", "Handler", "Reply"]


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


#: An operation's business logic: a validated request in, a reply out (or an ApiError).
Handler = Callable[[Context], Awaitable[Reply]]
