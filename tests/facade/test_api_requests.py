"""API requests are sent straight to the transport (no ``httpx.Client`` per request): each
one must be, byte for byte, the request ``httpx.Client.build_request`` and the key would
have made — the same method, URL, headers in the same order, body and timeout."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from weshop_openapi.api.agents import get_agent_info
from weshop_openapi.api.assets import upload_image
from weshop_openapi.api.runs import create_run, get_run
from weshop_openapi.models import ImageUpload, RunRequest
from weshop_openapi.types import File

import weshop
from weshop._api_requests import ApiRequests, client_headers
from weshop._credentials import SecretKey
from weshop._options import user_agent

from .conftest import BASE, KEY, Api, Factory, envelope, json_response, run_answer
from .test_validation import GOOD

RUN = {
    "agent": {"name": "aimodel", "version": "v1.0"},
    "input": {"originalImage": "https://cdn.example/m.png"},
    "params": {"textDescription": "x ✓", "batchCount": 1},
}


def _arguments() -> list[dict[str, Any]]:
    """What generated endpoints describe: a JSON body with headers, a path with an odd
    id, a query, a multipart upload."""
    return [
        create_run._get_kwargs(body=RunRequest.from_dict(RUN), idempotency_key="k-1"),
        get_run._get_kwargs("exec 1/ü?x=1"),
        get_agent_info._get_kwargs(agent_name="aimodel", agent_version="v1.0", page=2),
        {"method": "get", "url": "/agent/runs", "params": {"q": ["a b", "c"]}},
    ]


@pytest.mark.parametrize(
    "base",
    ["https://openapi.weshop.ai/openapi", "http://127.0.0.1:8/x/", "https://h.example/v1#part"],
)
@pytest.mark.parametrize("extra", [{}, {"User-Agent": "mine/1", "accept": "application/json"}])
def test_each_request_is_the_one_an_httpx_client_would_build(
    base: str, extra: dict[str, str]
) -> None:
    timeout = httpx.Timeout(7.0, connect=2.0)
    identity = {"User-Agent": "weshop-python/test"}
    reference = httpx.Client(base_url=base, headers={**identity, **extra}, timeout=timeout)
    downloads = httpx.Client(headers=identity)
    requests = ApiRequests(
        httpx.URL(base),
        client_headers(downloads.headers, {**identity, **extra}),
        timeout,
        SecretKey(KEY),
    )
    for arguments in _arguments():
        made = requests.build(arguments)
        expected = reference.build_request(**arguments)
        expected.headers["Authorization"] = KEY  # what the key's auth flow adds, last
        assert made.method == expected.method
        # httpx keeps the base's fragment in the URL (it is never sent): compare the rest.
        assert made.url == expected.url.copy_with(fragment=None)
        assert made.headers.raw == expected.headers.raw
        assert made.read() == expected.read()
        assert made.extensions == expected.extensions
    # Each request has its own timeout: a hook changing one changes no other.
    first, second = (requests.build(arguments) for arguments in _arguments()[:2])
    assert first.extensions["timeout"] is not second.extensions["timeout"]


def test_a_multipart_upload_is_the_one_an_httpx_client_would_build() -> None:
    upload = File(payload=io.BytesIO(b"\x89PNG..."), file_name="m.png", mime_type="image/png")
    arguments = upload_image._get_kwargs(body=ImageUpload(upload))
    requests = ApiRequests(
        httpx.URL("https://openapi.weshop.ai/openapi"),
        httpx.Client().headers,
        httpx.Timeout(5.0),
        SecretKey(KEY),
    )
    made = requests.build(arguments)
    content = made.read()
    boundary = made.headers["Content-Type"].split("boundary=")[1].encode()
    assert content.startswith(b"--" + boundary + b"\r\nContent-Disposition: form-data")
    assert b'filename="m.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG...' in content
    assert made.headers["Content-Length"] == str(len(content))


def test_a_new_way_of_describing_requests_is_refused_not_dropped() -> None:
    requests = ApiRequests(
        httpx.URL("https://openapi.weshop.ai"), httpx.Headers(), httpx.Timeout(5), SecretKey(KEY)
    )
    with pytest.raises(TypeError, match="cookies"):
        requests.build({"method": "get", "url": "/x", "cookies": {"a": "b"}})


@pytest.mark.anyio
async def test_httpx_still_logs_each_request_line(
    make_client: Factory, api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """README: "httpx logs its own request lines to ``httpx``" — as its client would."""
    client, _ = make_client(lambda request: json_response(200, run_answer("e-1", "Pending")))
    with caplog.at_level(logging.INFO, logger="httpx"):
        await api(client.runs.get, "e-1")
    line = f'HTTP Request: GET {BASE}/agent/runs/e-1 "HTTP/1.1 200 OK"'
    assert line in [r.getMessage() for r in caplog.records if r.name == "httpx"]
    await api.close(client)


@pytest.mark.anyio
async def test_a_closed_client_refuses_to_send(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(lambda request: json_response(200, run_answer("e-1", "Pending")))
    await api.close(client)
    with pytest.raises(RuntimeError, match="closed") as caught:
        await api(client.runs.get, "e-1")
    assert isinstance(caught.value, weshop.ClientClosedError)
    assert recorder.requests == []


@pytest.mark.anyio
async def test_what_the_client_sends_is_what_an_httpx_client_would_build(
    make_client: Factory, api: Api
) -> None:
    """End to end: the requests a client sends (recorded past an injected client) against
    ``httpx.Client.build_request`` with the same base URL, headers and timeout."""
    answers = iter([envelope({"executionId": "e-1"}), run_answer("e-1", "Pending")])
    client, recorder = make_client(
        lambda request: json_response(200, next(answers)), default_headers={"X-Team": "t"}
    )
    run = await api(client.runs.create, "aimodel", image="https://cdn.example/m.png", params=GOOD)
    await api(client.runs.get, run.execution_id)
    reference = httpx.Client(
        base_url=BASE, headers={"User-Agent": user_agent(), "X-Team": "t"}, timeout=client.timeout
    )
    created, read = recorder.requests
    for sent, arguments in [
        (
            created,
            create_run._get_kwargs(
                body=RunRequest.from_dict(json.loads(created.content)),
                idempotency_key=run.idempotency_key,
            ),
        ),
        (read, get_run._get_kwargs("e-1")),
    ]:
        expected = reference.build_request(**arguments)
        expected.headers["Authorization"] = KEY
        assert (sent.method, sent.url, sent.headers.raw) == (
            expected.method,
            expected.url,
            expected.headers.raw,
        )
        assert sent.content == expected.read()
        assert sent.extensions["timeout"] == expected.extensions["timeout"]
    await api.close(client)


@pytest.mark.anyio
async def test_an_error_answer_keeps_its_request_without_the_key(
    make_client: Factory, api: Api
) -> None:
    missing = {"success": False, "error": {"code": "NOT_FOUND", "message": "no such run"}}
    client, _ = make_client(lambda request: json_response(404, missing))
    with pytest.raises(weshop.NotFoundError) as caught:
        await api(client.runs.get, "e-1")
    response = caught.value.response
    assert response is not None
    request = response.request
    assert request.url == f"{BASE}/agent/runs/e-1"
    assert "Authorization" not in request.headers
    await api.close(client)


@pytest.mark.anyio
async def test_a_body_json_cannot_hold_is_refused_before_sending(
    make_client: Factory, api: Api
) -> None:
    client, recorder = make_client(lambda request: json_response(200, {}))
    with pytest.raises(weshop.RequestValidationError, match="nothing was sent") as caught:
        await api(
            client.runs.create,
            "aimodel",
            image="https://cdn.example/m.png",
            params=GOOD,
            extra_body={"weight": float("nan")},
        )
    assert caught.value.rules == ("json",)
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.anyio
async def test_a_closed_client_refuses_to_download(
    make_client: Factory, api: Api, tmp_path: Path
) -> None:
    client, recorder = make_client(lambda request: json_response(200, run_answer("e-1", "Success")))
    run = await api(client.runs.get, "e-1")
    await api.close(client)
    with pytest.raises(weshop.ClientClosedError):
        await api(run.download, tmp_path / "out")
    assert len(recorder.requests) == 1
    assert not (tmp_path / "out").exists()


def test_only_a_json_body_that_cannot_be_encoded_is_a_json_violation() -> None:
    """A multipart file name that cannot be encoded is not the JSON body's fault."""
    requests = ApiRequests(
        httpx.URL("https://openapi.weshop.ai"), httpx.Headers(), httpx.Timeout(5), SecretKey(KEY)
    )
    upload = File(payload=io.BytesIO(b"x"), file_name="a\udc80.png", mime_type="image/png")
    with pytest.raises(UnicodeEncodeError):
        requests.build(upload_image._get_kwargs(body=ImageUpload(upload)))
