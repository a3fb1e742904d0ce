"""Record mode never writes the key, in any spelling or encoding (issue 12's probe found
it in 6 of 70 recordings: binary and UTF-16 bodies, a PNG text chunk, ``Bearer KEY``
echoed bare, partially escaped spellings)."""

from __future__ import annotations

import base64
import io
import json
import struct
import urllib.parse
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from weshop._redaction import secret_spellings
from weshop.mock import RecordingProxy
from weshop.mock._server import ServerThread

from .helpers import image_bytes

KEY = "sk-test-Zq8/ProbeKey+0123456789"


def _echo_app() -> Starlette:
    """A hostile upstream: answers each request with its own body and content type, and
    echoes the Authorization header back in a response header."""

    async def echo(request: Request) -> Response:
        body = await request.body()
        media_type = request.headers.get("content-type", "application/octet-stream")
        headers = {"x-echo": request.headers.get("authorization", "")}
        if request.url.path.endswith("/image"):
            body, media_type = _png_with_text(request.headers.get("authorization", "")), "image/png"
        return Response(body, 200, headers=headers, media_type=media_type)

    return Starlette(routes=[Route("/{rest:path}", echo, methods=["GET", "POST"])])


def _png_with_text(text: str) -> bytes:
    """A real PNG with ``text`` in a tEXt chunk (as any image editor writes metadata)."""
    png = image_bytes(8, 8)
    data = b"Comment\x00" + text.encode("latin-1")
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + data))
    return png[:33] + chunk + png[33:]  # after the IHDR chunk


@pytest.fixture
def echo_upstream() -> Iterator[str]:
    thread = ServerThread(_echo_app(), "127.0.0.1", 0)
    thread.start()
    try:
        yield thread.url + "/openapi"
    finally:
        thread.stop()


def _bodies() -> list[tuple[str, bytes, str]]:
    escaped_dash = KEY.replace("-", "\\u002d", 1)
    return [
        ("binary", b"\xff\xfe" + KEY.encode(), "application/octet-stream"),
        ("utf-16", f"my key: {KEY}".encode("utf-16"), "text/plain; charset=utf-16"),
        ("utf-32", f"my key: {KEY}".encode("utf-32"), "text/plain; charset=utf-32"),
        ("partly json-escaped", f"key={escaped_dash}".encode(), "text/plain"),
        ("partly url-encoded", f"key={KEY.replace('-', '%2d', 1)}".encode(), "text/plain"),
        (
            "form",
            urllib.parse.urlencode({"key": KEY}).encode(),
            "application/x-www-form-urlencoded",
        ),
        ("html entity", f"<p>{KEY.replace('-', '&#x2D;')}</p>".encode(), "text/html"),
        ("base64", base64.b64encode(b"user:" + KEY.encode()), "text/plain"),
        ("json", json.dumps({"k": KEY, "e": escaped_dash}).encode(), "application/json"),
        ("json unicode", json.dumps({"k": KEY}, ensure_ascii=False).encode(), "application/json"),
    ]


def _leaks(text: str) -> list[str]:
    """Every spelling of KEY found in a recording file, its base64 bodies decoded."""
    found = [form for form in secret_spellings(KEY) if form in text]
    document = json.loads(text)
    for exchange in document["exchanges"]:
        for side in ("request", "response"):
            encoded = exchange[side].get("bodyBase64")
            if encoded is None:
                continue
            raw = base64.b64decode(encoded)
            for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
                for form in secret_spellings(KEY):
                    if form.encode(encoding) in raw:
                        found.append(f"{form} in {encoding} in {side} bodyBase64")
    return found


@pytest.mark.parametrize("authorization", [KEY, f"Bearer {KEY}"])
def test_no_recording_holds_the_key(tmp_path: Path, echo_upstream: str, authorization: str) -> None:
    out = tmp_path / "recorded"
    with (
        RecordingProxy(echo_upstream, out) as proxy,
        httpx.Client(base_url=proxy.base_url, timeout=30) as client,
    ):
        for name, body, content_type in _bodies():
            answer = client.post(
                f"/agent/runs/{name}",
                content=body,
                headers={"Authorization": authorization, "Content-Type": content_type},
            )
            assert answer.status_code == 200, name
            assert answer.content == body  # the caller gets the real answer
        # A PNG carrying the key in a text chunk, fetched back through the proxy.
        image = client.get("/files/image", headers={"Authorization": authorization})
        assert image.status_code == 200
    files = sorted(out.glob("*.json"))
    assert len(files) == len(_bodies()) + 1
    for path in files:
        assert _leaks(path.read_text(encoding="utf-8")) == [], path.name


def test_bare_key_inside_text_is_redacted_when_sent_as_bearer(tmp_path: Path) -> None:
    from weshop._redaction import secrets_of_authorization
    from weshop.mock._recording import RecordingWriter

    writer = RecordingWriter(tmp_path, "http://127.0.0.1:1/openapi")
    exchange = {"operationId": None, "request": {"bodyText": f"token {KEY} end"}}
    text = writer.write(exchange, secrets_of_authorization(f"Bearer {KEY}")).read_text()
    assert KEY not in text
    assert "token <redacted> end" in text


def test_a_png_keeps_its_size_class_and_loses_the_key() -> None:
    from weshop._redaction import redact_bytes

    png = _png_with_text(KEY)
    redacted = redact_bytes(png, [KEY], "<redacted>")
    assert KEY.encode() not in redacted
    assert redacted.startswith(b"\x89PNG")
    assert io.BytesIO(redacted).read(8) == png[:8]
