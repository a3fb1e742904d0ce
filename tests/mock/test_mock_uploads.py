"""Uploads: the documented constraints, storage, and serving the file back."""

from __future__ import annotations

import httpx
import pytest

from weshop.mock import MockServer

from .conftest import ClientFactory
from .helpers import image_bytes

ENDPOINTS = ["/agent/assets/images", "/v1/asset/upload/image"]


def error_message(response: httpx.Response) -> str:
    body = response.json()
    return str(body["error"]["message"] if "error" in body else body["msg"])


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(
    ("fmt", "ext", "media"),
    [
        ("PNG", "png", "image/png"),
        ("JPEG", "jpg", "image/jpeg"),
        ("WEBP", "webp", "image/webp"),
    ],
)
def test_valid_images_are_accepted_and_served_back(
    client: httpx.Client, endpoint: str, fmt: str, ext: str, media: str
) -> None:
    data = image_bytes(700, 900, fmt)
    response = client.post(endpoint, files={"image": (f"photo.{ext}", data, media)})
    assert response.status_code == 200, response.text
    url = response.json()["data"]["image"]
    assert url.endswith(f".{ext}")
    assert "/files/uploads/" in url
    with httpx.Client(trust_env=False) as anonymous:  # public, like a CDN URL
        served = anonymous.get(url)
    assert served.status_code == 200
    assert served.content == data
    assert served.headers["content-type"] == media


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize(
    ("width", "height", "rule"),
    [
        (512, 800, "min-dimensions"),  # a side of exactly 512 is not "greater than 512"
        (800, 300, "min-dimensions"),
        (1100, 550, "aspect-ratio"),  # 2.0 is not "less than 2"
        (600, 1300, "aspect-ratio"),
    ],
)
def test_images_breaking_a_size_rule_are_rejected(
    client: httpx.Client, endpoint: str, width: int, height: int, rule: str
) -> None:
    response = client.post(endpoint, files={"image": ("x.png", image_bytes(width, height))})
    assert response.status_code == 400
    message = error_message(response)
    assert message.startswith("image: ")
    assert f"[rule: {rule}]" in message


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_image_over_10_mb_is_413(client: httpx.Client, endpoint: str) -> None:
    # A valid PNG padded past its end: decodable, 600x600, but 10.5 MB.
    data = image_bytes(600, 600) + b"\0" * (10 * 1024 * 1024 + 512 * 1024)
    response = client.post(endpoint, files={"image": ("big.png", data, "image/png")})
    assert response.status_code == 413
    assert "[rule: max-size]" in error_message(response)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_body_over_the_limit_is_413_on_uploads(client: httpx.Client, endpoint: str) -> None:
    data = b"\0" * (13 * 1024 * 1024)
    response = client.post(endpoint, files={"image": ("huge.png", data, "image/png")})
    assert response.status_code == 413


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("data", [b"not an image at all", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, b""])
def test_undecodable_data_is_rejected(client: httpx.Client, endpoint: str, data: bytes) -> None:
    response = client.post(endpoint, files={"image": ("x.png", data, "image/png")})
    assert response.status_code == 400
    assert "[rule: image-format]" in error_message(response)


def test_an_undocumented_format_is_rejected(client: httpx.Client) -> None:
    response = client.post(ENDPOINTS[0], files={"image": ("x.gif", image_bytes(600, 600, "GIF"))})
    assert response.status_code == 400
    assert "gif is not one of png, jpeg, jpg, webp" in error_message(response)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_the_wrong_field_name_is_rejected(client: httpx.Client, endpoint: str) -> None:
    response = client.post(endpoint, files={"file": ("x.png", image_bytes(700, 700))})
    assert response.status_code == 400
    assert error_message(response) == "image: is required [rule: required]"


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_json_body_is_rejected(client: httpx.Client, endpoint: str) -> None:
    response = client.post(endpoint, json={"image": "https://example.com/x.png"})
    assert response.status_code == 400
    assert "[rule: content-type]" in error_message(response)


def test_a_malformed_multipart_body_is_rejected(client: httpx.Client) -> None:
    response = client.post(
        ENDPOINTS[0],
        content=b"--b\r\nno headers here",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    assert response.status_code == 400
    assert "[rule: multipart]" in error_message(response)


def test_uploads_need_a_key(shared_mock: MockServer, make_client: ClientFactory) -> None:
    anonymous = make_client(shared_mock.base_url, None)
    response = anonymous.post(ENDPOINTS[0], files={"image": ("x.png", image_bytes(700, 700))})
    assert response.status_code == 401
    assert shared_mock.stats.requests["uploadImage"] > 0


def test_unknown_uploads_are_404(shared_mock: MockServer, client: httpx.Client) -> None:
    response = client.get(f"{shared_mock.base_url}/files/uploads/{'0' * 64}.png")
    assert response.status_code == 404
