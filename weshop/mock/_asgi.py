"""ASGI plumbing the mock needs beyond Starlette's: an endpoint for every HTTP method, and
closing a connection without answering (the ``drop`` faults)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import Final

from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

__all__ = ["TRANSPORT_STATE_KEY", "AnyMethod", "Drop", "drop"]

# The key under which the server's protocol puts the connection's transport in the ASGI
# scope's "state" (see _server.py): the only way to drop a connection without answering.
TRANSPORT_STATE_KEY: Final = "weshop.mock.transport"


class Drop(Exception):
    """Close the connection without answering."""


async def drop(request: Request) -> Response:
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


class AnyMethod:
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
