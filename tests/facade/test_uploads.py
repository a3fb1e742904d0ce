"""Uploads: local checks first (nothing sent when they fail), streaming, and the
content-hash cache (the same bytes are uploaded once, across clients and file names)."""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path

import httpx
import pytest

import weshop
from weshop._uploads import UploadCache, prepare_image

from .conftest import BASE, Api, Factory, envelope, json_response, png_bytes


def uploaded(request: httpx.Request) -> httpx.Response:
    number = len(request.content)  # a different URL per distinct body
    return json_response(200, envelope({"image": f"https://cdn.example/{number}.png"}))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (png_bytes(512, 800), "upload-dimensions"),  # a side of exactly 512 is too small
        (png_bytes(800, 300), "upload-dimensions"),
        (png_bytes(1200, 600), "upload-aspect-ratio"),  # exactly 2 is too wide
        (png_bytes(600, 1300), "upload-aspect-ratio"),
        (png_bytes(800, 600, "GIF"), "upload-format"),
        (png_bytes(800, 600, "BMP"), "upload-format"),
        (b"GIF89a-not-really", "upload-format"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "upload-readable"),  # a PNG without a header
        (b"", "upload-format"),
    ],
)
def test_local_checks(data: bytes, rule: str) -> None:
    with pytest.raises(weshop.ImageValidationError) as caught:
        prepare_image(data)
    assert caught.value.rules == (rule,)
    assert caught.value.fields == ("image",)
    assert rule in str(caught.value)


@pytest.mark.parametrize(
    ("fmt", "mime"), [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")]
)
def test_accepted_formats(fmt: str, mime: str) -> None:
    image = prepare_image(png_bytes(900, 700, fmt))
    assert (image.width, image.height, image.mime_type) == (900, 700, mime)


def test_too_large_is_refused_before_hashing(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as out:
        out.write(png_bytes())
        out.truncate(10 * 1024 * 1024 + 1)  # sparse: cheap to make
    with pytest.raises(weshop.ImageValidationError, match="at most 10 MB") as caught:
        prepare_image(path)
    assert caught.value.rules == ("upload-size",)


def test_missing_and_unreadable_paths(tmp_path: Path) -> None:
    with pytest.raises(weshop.ImageValidationError, match="does not exist"):
        prepare_image(tmp_path / "absent.png")
    with pytest.raises(weshop.ImageValidationError, match="is not a file"):
        prepare_image(tmp_path)
    with pytest.raises(weshop.ImageValidationError, match="expected a URL"):
        prepare_image(42)  # type: ignore[arg-type]


def test_paths_bytes_and_files_hash_alike(tmp_path: Path) -> None:
    data = png_bytes()
    path = write(tmp_path / "a.png", data)
    with path.open("rb") as handle:
        from_file = prepare_image(handle)
    hashes = {prepare_image(path).sha256, prepare_image(data).sha256, from_file.sha256}
    assert len(hashes) == 1
    assert prepare_image(str(path)).filename == "a.png"
    assert prepare_image(io.BytesIO(data)).size == len(data)


def test_a_partly_read_or_unseekable_file_is_buffered() -> None:
    data = png_bytes()
    stream = io.BytesIO(b"junk" + data)
    stream.read(4)
    image = prepare_image(stream)
    with image.open() as reread:
        assert reread.read() == data


@pytest.mark.anyio
async def test_failed_checks_send_nothing(make_client: Factory, api: Api, tmp_path: Path) -> None:
    client, recorder = make_client(uploaded)
    with pytest.raises(weshop.ImageValidationError):
        await api(client.assets.upload, png_bytes(400, 400))
    with pytest.raises(weshop.ImageValidationError):
        await api(
            client.aiproduct,
            tmp_path / "absent.png",
            generated_content="freeCreation",
            text_description="x",
        )
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.anyio
async def test_upload_streams_the_file_as_multipart(
    make_client: Factory, api: Api, png: Path
) -> None:
    client, recorder = make_client(uploaded)
    url = await api(client.assets.upload, png)
    assert url.startswith("https://cdn.example/")
    (request,) = recorder.requests
    assert request.url.path == "/openapi/agent/assets/images"
    assert request.headers["content-type"].startswith("multipart/form-data")
    body = request.content
    assert b'name="image"; filename="product.png"' in body
    assert b"Content-Type: image/png" in body
    assert png.read_bytes() in body
    await api.close(client)


@pytest.mark.anyio
async def test_the_same_bytes_are_uploaded_once(
    make_client: Factory, api: Api, png: Path, tmp_path: Path
) -> None:
    client, recorder = make_client(uploaded)
    first = await api(client.assets.upload, png)
    copy = write(tmp_path / "renamed-copy.png", png.read_bytes())
    assert await api(client.assets.upload, copy) == first
    assert await api(client.assets.upload, png.read_bytes()) == first
    assert len(recorder.requests) == 1
    await api.close(client)


@pytest.mark.anyio
async def test_the_cache_is_persisted_and_keyed_by_api(
    make_client: Factory, api: Api, png: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache" / "uploads.json"
    client, _ = make_client(uploaded, upload_cache=cache)
    url = await api(client.assets.upload, png)
    await api.close(client)
    stored = json.loads(cache.read_text())
    assert stored["version"] == 1
    assert list(stored["entries"]) == [BASE]
    assert cache.stat().st_mode & 0o077 == 0

    again, recorder2 = make_client(uploaded, upload_cache=cache)  # a new process, say
    assert await api(again.assets.upload, png) == url
    assert recorder2.requests == []
    await api.close(again)

    other, recorder3 = make_client(uploaded, upload_cache=cache, base_url="http://127.0.0.1:9/o")
    await api(other.assets.upload, png)
    assert len(recorder3.requests) == 1  # another API: its own uploads
    await api.close(other)


@pytest.mark.anyio
async def test_the_cache_can_be_turned_off(make_client: Factory, api: Api, png: Path) -> None:
    client, recorder = make_client(uploaded, upload_cache=False)
    await api(client.assets.upload, png)
    await api(client.assets.upload, png)
    assert len(recorder.requests) == 2
    await api.close(client)
    client, recorder = make_client(uploaded)
    await api(client.assets.upload, png)
    await api(client.assets.upload, png, cache=False)
    assert len(recorder.requests) == 2
    await api.close(client)


@pytest.mark.anyio
async def test_a_url_is_not_uploaded(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(uploaded)
    assert (
        await api(client.assets.upload, "https://cdn.example/x.png") == "https://cdn.example/x.png"
    )
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.anyio
async def test_concurrent_uploads_of_the_same_bytes_send_one(
    make_client: Factory, api: Api
) -> None:
    client, recorder = make_client(uploaded)
    data = png_bytes()
    if api.is_async:
        assert isinstance(client, weshop.AsyncWeShop)
        urls = await asyncio.gather(*(client.assets.upload(data) for _ in range(10)))
    else:
        assert isinstance(client, weshop.WeShop)
        sync_client = client
        urls = await asyncio.gather(
            *(asyncio.to_thread(sync_client.assets.upload, data) for _ in range(10))
        )
    assert len(set(urls)) == 1
    assert len(recorder.requests) == 1
    await api.close(client)


def test_a_broken_cache_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "uploads.json"
    path.write_text("{not json")
    cache = UploadCache(path)
    assert cache.get(BASE, "abc") is None
    cache.put(BASE, "abc", "https://cdn.example/abc.png")
    assert UploadCache(path).get(BASE, "abc") == "https://cdn.example/abc.png"


def test_the_cache_merges_what_others_wrote(tmp_path: Path) -> None:
    path = tmp_path / "uploads.json"
    one, two = UploadCache(path), UploadCache(path)
    one.put(BASE, "a", "https://cdn.example/a.png")
    two.put(BASE, "b", "https://cdn.example/b.png")
    fresh = UploadCache(path)
    assert fresh.get(BASE, "a")
    assert fresh.get(BASE, "b")


def test_a_large_open_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as out:
        out.write(png_bytes())
        out.truncate(10 * 1024 * 1024 + 1)
    with path.open("rb") as handle, pytest.raises(weshop.ImageValidationError) as caught:
        prepare_image(handle)
    assert caught.value.rules == ("upload-size",)


@pytest.mark.anyio
@pytest.mark.parametrize("answer", ["string", "", "/files/a.png", "ftp://cdn.example/a.png"])
async def test_an_upload_answer_that_is_no_url_is_never_sent_on(
    make_client: Factory, api: Api, png: Path, answer: str
) -> None:
    """The spec says an upload answers the image's URL (``format: uri``); an answer such
    as ``"string"`` (what a stub server makes up) must not be put into a run (issue 23)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/agent/assets/images"):
            return json_response(200, envelope({"image": answer}))
        return json_response(200, envelope({"executionId": "e-1"}))

    client, recorder = make_client(handler)
    with pytest.raises(weshop.WeShopError) as raised:
        await api(client.aiproduct, png, generated_content="freeCreation", text_description="x")
    assert isinstance(raised.value, weshop.APIError)
    assert raised.value.code == "unexpected_response"
    assert [r.url.path for r in recorder.requests] == ["/openapi/agent/assets/images"]
    await api.close(client)
    # Nor is a malformed URL remembered for the next run of the same image.
    cache = png.parent / "uploads.json"
    assert not cache.exists() or json.dumps(answer) not in cache.read_text()
