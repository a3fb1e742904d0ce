"""Deliberately lax variants of the mock server: the harness must fail against each.

``WESHOP_CONTRACT_LAX=<variant>`` makes the contract tests' ``mock`` fixture serve one of
these instead of the faithful mock; ``test_harness_bites.py`` runs part of the suite that
way in a subprocess and asserts that it fails, and fails for the right reason.

Each variant reaches into the mock's internals (``MockServer._mock``, ``MockServer._app``)
on purpose: it breaks one promise of the contract and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from weshop._spec import Violation
from weshop.mock import MockServer

__all__ = ["CONFORMANCE_LAX_VARIANTS", "LAX_ENV", "LAX_VARIANTS", "make_lax"]

#: The environment variable naming the lax variant to serve.
LAX_ENV: Final = "WESHOP_CONTRACT_LAX"


def _accepts_custom_mask_without_mask(server: MockServer) -> None:
    """Forgets the overlay's ``custom-mask`` rule: ``maskType: custom`` without a mask runs."""
    app: Any = server._mock
    violations: Callable[[str, object], list[Violation]] = app.validation.violations

    def lax(pointer: str, instance: object) -> list[Violation]:
        return [v for v in violations(pointer, instance) if v.rule != "custom-mask"]

    app.validation.violations = lax


def _rewrite_errors(server: MockServer, rewrite: Callable[[int, Any], tuple[int, Any]]) -> None:
    """Wraps the mock's ASGI app; every JSON error answer goes through ``rewrite``."""
    _rewrite_json(
        server, lambda path, status, body: rewrite(status, body) if status >= 400 else None
    )


def _rewrite_json(
    server: MockServer, rewrite: Callable[[str, int, Any], tuple[int, Any] | None]
) -> None:
    """Wraps the mock's ASGI app; every JSON answer goes through ``rewrite(path, status,
    body)``, which returns the new status and body (``None``: unchanged)."""
    inner: ASGIApp = server._app

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            status, body = int(start["status"]), b"".join(chunks)
            headers = [
                (k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"
            ]
            try:
                rewritten = rewrite(str(scope["path"]), status, json.loads(body))
            except ValueError:
                rewritten = None
            if rewritten is not None:
                status, parsed = rewritten
                body = json.dumps(parsed).encode()
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await inner(scope, receive, capture)

    server._app = app


def _answers_errors_with_200(server: MockServer) -> None:
    """An API-gateway classic: every error is a 200 whose envelope says ``success: false``."""
    _rewrite_errors(server, lambda status, body: (200, body))


def _error_without_retryable(server: MockServer) -> None:
    """Error envelopes lose ``error.retryable``."""

    def rewrite(status: int, body: Any) -> tuple[int, Any]:
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            body["error"].pop("retryable", None)
        return status, body

    _rewrite_errors(server, rewrite)


#: Variant name -> what makes the mock lax (applied before the server starts).
LAX_VARIANTS: Final[dict[str, Callable[[MockServer], None]]] = {
    "custom-mask": _accepts_custom_mask_without_mask,
    "success-false": _answers_errors_with_200,
    "no-retryable": _error_without_retryable,
}


def _validates_nothing(server: MockServer) -> None:
    """Forgets every rule of the spec: any body, any parameter is served."""
    app: Any = server._mock
    app.validation.violations = lambda pointer, instance: []


def _reads_back_another_run(server: MockServer) -> None:
    """``getRun`` answers about another run than the one asked for (a cache keyed wrongly)."""

    def rewrite(path: str, status: int, body: Any) -> tuple[int, Any] | None:
        if not (path.startswith("/openapi/agent/runs/") and status == 200):
            return None
        data = body.get("data", {}) if isinstance(body, dict) else {}
        for execution in data.get("executions", []):
            execution["executionId"] = "another-run"
        if isinstance(body.get("meta"), dict):
            body["meta"]["executionId"] = "another-run"
        return status, body

    _rewrite_json(server, rewrite)


#: Lax variants that conformance mode must fail against (``test_conformance.py``); the
#: pytest subset of ``test_harness_bites.py`` does not run against these.
CONFORMANCE_LAX_VARIANTS: Final[dict[str, Callable[[MockServer], None]]] = {
    "validates-nothing": _validates_nothing,
    "reads-back-another-run": _reads_back_another_run,
}


def make_lax(server: MockServer, variant: str) -> MockServer:
    """Make ``server`` (not started yet) the lax ``variant``."""
    variants = {**LAX_VARIANTS, **CONFORMANCE_LAX_VARIANTS}
    try:
        variants[variant](server)
    except KeyError:
        known = ", ".join(sorted(variants))
        raise ValueError(f"unknown lax variant {variant!r} (known: {known})") from None
    return server
