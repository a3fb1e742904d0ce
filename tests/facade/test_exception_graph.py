"""No spelling of the key is reachable from any exception the SDK raises (issue 19).

Error reporters walk an exception's chain (``__cause__``, ``__context__``), its ``args``
and attributes, and whatever requests and responses those hold. These tests raise every
kind of error from every raise site — transport failures of each kind, error answers that
echo the key in many spellings, failed and timed-out runs and preparations, local
mistakes — for both clients, and walk the whole object graph each exception reaches
(``gc.get_referents``: attributes, ``__dict__``, slots, containers, chains; bounded in
depth, with a visited set) looking for the key in any spelling, in text or bytes.

Not walked: classes, modules, functions and code (their globals reach the whole
process), and tracebacks with their frames (their locals are the SDK's working state,
the client included; reporters render them as reprs, which never show the key).
"""

from __future__ import annotations

import base64
import gc
import gzip
import json
import socket
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import weshop
from weshop._redaction import secret_spellings

from .conftest import BASE, KEY, Api, Factory, run_answer

_SKIPPED = (
    type,
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.CodeType,
    types.FrameType,
    types.TracebackType,
    types.CellType,
)


def _needles() -> tuple[tuple[str, ...], tuple[bytes, ...]]:
    texts = set(secret_spellings(KEY))
    data = KEY.encode()
    texts.update(
        {
            data.hex(),
            data.hex().upper(),
            base64.b32encode(data).decode(),
            *(base64.b64encode(KEY.encode(e)).decode() for e in ("utf-16-le", "utf-32-be")),
        }
    )
    raw = {text.encode() for text in texts}
    raw.update(KEY.encode(e) for e in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
    return tuple(texts), tuple(raw)


TEXTS, RAW = _needles()


def key_paths(root: object, max_depth: int = 40) -> list[str]:
    """Where the key is reachable from ``root`` (empty when nowhere)."""
    found: list[str] = []
    seen: set[int] = set()
    stack: list[tuple[object, str, int]] = [(root, type(root).__name__, 0)]
    while stack:
        node, path, depth = stack.pop()
        if id(node) in seen or depth > max_depth or isinstance(node, _SKIPPED):
            continue
        seen.add(id(node))
        if isinstance(node, str):
            if any(text in node for text in TEXTS):
                found.append(path)
            continue
        if isinstance(node, bytes | bytearray | memoryview):
            data = bytes(node)
            if any(needle in data for needle in RAW):
                found.append(path)
            continue
        if isinstance(node, BaseException):
            # Rendered by every reporter; get_referents skips neither but names nothing.
            for text in (str(node), repr(node)):
                if any(needle in text for needle in TEXTS):
                    found.append(f"{path} (str/repr)")
        for child in gc.get_referents(node):
            stack.append((child, f"{path}>{type(child).__name__}", depth + 1))
    return found


def _echoing(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """An error answer echoing the key in many spellings, in body and headers."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = {
            "success": False,
            "error": {"code": "BAD_" + KEY, "message": " ".join(TEXTS), "retryable": False},
            "echo": list(TEXTS),
        }
        headers = {
            "content-type": "application/json",
            "x-echo": KEY,
            "x-request-id": KEY.encode().hex(),
        }
        return httpx.Response(status, headers=headers, content=json.dumps(body).encode())

    return handler


def _raising(kind: type[httpx.RequestError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise kind(f"failed sending {request.headers.get('authorization')!r}"[:9], request=request)

    return handler


def _broken_gzip(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        headers={"content-encoding": "gzip", "x-echo": KEY},
        stream=httpx.ByteStream(gzip.compress(KEY.encode())[:-9] + b"garbage"),
    )


def _run(
    status: str, *, error: str | None = None, execution_id: str = KEY
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        body = run_answer(execution_id, status, progress=0.5, error=error)
        return httpx.Response(200, json=body)

    return handler


def _model(status: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        data = {"id": 7, "name": KEY, "status": status, "image": f"{BASE}/x/{KEY}.png"}
        return httpx.Response(200, json={"success": True, "data": data})

    return handler


def _download_fails(kind: type[httpx.RequestError] | None) -> Callable[..., httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if "/files/" not in request.url.path:
            return httpx.Response(200, json=run_answer("e", "Success"))
        if kind is not None:
            raise kind("download failed", request=request)
        return httpx.Response(404, headers={"x-echo": KEY}, text=f"no such file {KEY}")

    return handler


SCENARIOS: dict[str, tuple[Callable[[httpx.Request], httpx.Response], str]] = {
    "download refused": (_download_fails(httpx.ConnectError), "download"),
    "download 404": (_download_fails(None), "download"),
    "connect error": (_raising(httpx.ConnectError), "get"),
    "connect timeout": (_raising(httpx.ConnectTimeout), "get"),
    "read timeout": (_raising(httpx.ReadTimeout), "get"),
    "dropped": (_raising(httpx.RemoteProtocolError), "create"),
    "protocol": (_raising(httpx.LocalProtocolError), "get"),
    "broken gzip": (_broken_gzip, "get"),
    "400": (_echoing(400), "create"),
    "401": (_echoing(401), "get"),
    "404": (_echoing(404), "get"),
    "429": (_echoing(429), "get"),
    "500": (_echoing(500), "get"),
    "200 success false": (_echoing(200), "get"),
    "run failed": (_run("Failed", error=f"failed for {KEY}"), "wait"),
    "run timeout": (_run("Running"), "wait"),
    "run failed after create": (_run("Failed", error=KEY), "create_and_wait"),
    "model failed": (_model("failed"), "model_wait"),
    "model timeout": (_model("pending"), "model_wait"),
}

_CREATE = {
    "images": ["https://example.com/a.png"],
    "params": {"generatedContent": "freeCreation", "maskType": "autoApparelSegment"},
}


async def _call(api: Api, client: Any, how: str, tmp_path: Path) -> None:
    if how == "get":
        await api(client.runs.get, "e")
    elif how == "create":
        await api(client.runs.create, "aimodel", **_CREATE)
    elif how == "wait":
        await api(client.runs.wait, "e", timeout=30)
    elif how == "create_and_wait":
        await api(client.runs.create_and_wait, "aimodel", **_CREATE, timeout=30)
    elif how == "download":
        run = await api(client.runs.get, "e")
        await api(run.download, tmp_path)
    elif how == "model_wait":
        await api(client.fashion_models.wait, 7, timeout=30)


@pytest.mark.anyio
@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
async def test_no_key_is_reachable_from_any_error(
    scenario: str, make_client: Factory, api: Api, tmp_path: Path
) -> None:
    handler, how = SCENARIOS[scenario]
    client, _ = make_client(handler, retry=weshop.RetryPolicy(max_retries=1))
    with pytest.raises(weshop.WeShopError) as caught:
        await _call(api, client, how, tmp_path)
    assert key_paths(caught.value) == []
    await api.close(client)


@pytest.mark.anyio
async def test_a_refused_connection_keeps_what_debugging_needs(api: Api, flavour: str) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()
    cls = weshop.AsyncWeShop if flavour == "async" else weshop.WeShop
    client = cls(
        KEY, base_url=f"http://127.0.0.1:{port}/openapi", max_retries=0, upload_cache=False
    )
    with pytest.raises(weshop.APIConnectionError) as caught:
        await api(client.runs.get, "e")
    error = caught.value
    assert key_paths(error) == []
    # What a user debugging it needs: httpx's class and message, the method and URL.
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert "ConnectError" in str(error)
    assert error.request is not None
    assert error.request.method == "GET"
    assert str(error.request.url).endswith("/openapi/agent/runs/e")
    assert "authorization" not in error.request.headers
    await api.close(client)


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: weshop.WeShop(KEY + " x"), weshop.MissingAPIKeyError),
        (
            lambda: weshop.WeShop(KEY, base_url="https://evil.example.com"),
            weshop.UntrustedHostError,
        ),
        (
            lambda: weshop.WeShop(KEY, upload_cache=False).runs.create(
                "aimodel", images=["https://example.com/a.png"], params={"batchCount": 99}
            ),
            weshop.RequestValidationError,
        ),
    ],
)
def test_no_key_is_reachable_from_local_errors(make: Callable[[], object], error: type) -> None:
    with pytest.raises(error) as caught:
        make()
    assert key_paths(caught.value) == []


@pytest.mark.anyio
async def test_a_run_and_its_client_hold_no_spelling_of_the_key(
    make_client: Factory, api: Api
) -> None:
    """A run reaches its client (``run.wait()``, downloads), and the client its key:
    held masked, it is no string or bytes an error reporter could find."""
    client, recorder = make_client(_run("Running", execution_id="e"))
    run = await api(client.runs.get, "e")
    await api(client.runs.get, "e")  # a connection that has been used
    recorder.requests.clear()  # the test's own record of what was sent
    assert key_paths(run, max_depth=200) == []
    assert key_paths(client, max_depth=200) == []
    await api.close(client)


def test_the_walker_finds_a_key_where_there_is_one() -> None:
    request = httpx.Request("GET", BASE, headers={"Authorization": KEY})
    assert key_paths(httpx.ConnectError("x", request=request))
    assert key_paths(ValueError({"nested": [KEY.encode("utf-16-le")]}))
    assert key_paths(ValueError(KEY.encode().hex().upper()))
