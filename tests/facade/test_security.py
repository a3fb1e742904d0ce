"""The key goes only to openapi.weshop.ai (https), loopback or a named trusted host, and
never appears in a repr, a log line, an exception, or a result download."""

from __future__ import annotations

import logging
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import pytest

import weshop
from weshop import AsyncWeShop, WeShop
from weshop._api_requests import ApiRequests
from weshop._credentials import SecretKey
from weshop._key_safety import trusted_base_url

from .conftest import KEY, Api, Factory, envelope, json_response, png_bytes, run_answer
from .test_validation import GOOD, URL

FOREIGN = [
    "https://evil.example.com/openapi",
    "http://openapi.weshop.ai/openapi",  # the right host, but in clear text
    "https://openapi.weshop.ai.evil.com/openapi",
    "https://weshop.ai/openapi",
    "https://10.0.0.8/openapi",
    "ftp://openapi.weshop.ai/openapi",
    "https://user:pw@openapi.weshop.ai/openapi",
    "not a url",
]


@pytest.mark.anyio
@pytest.mark.parametrize("base_url", FOREIGN)
async def test_a_foreign_base_url_is_refused_before_any_request(
    make_client: Factory, base_url: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with pytest.raises(weshop.UntrustedHostError) as caught:
        make_client(handler, base_url=base_url)
    assert seen == []
    assert KEY not in str(caught.value)


@pytest.mark.parametrize("cls", [WeShop, AsyncWeShop])
def test_the_environment_base_url_is_checked_too(
    monkeypatch: pytest.MonkeyPatch, cls: type[WeShop | AsyncWeShop]
) -> None:
    monkeypatch.setenv("WESHOP_BASE_URL", "https://collector.example.net/openapi")
    with pytest.raises(weshop.UntrustedHostError, match=r"collector\.example\.net"):
        cls(KEY, upload_cache=False)


def test_the_host_is_checked_before_the_key_is_looked_up() -> None:
    # No key anywhere: still the host error, i.e. nothing about the key was even read.
    with pytest.raises(weshop.UntrustedHostError):
        WeShop(base_url="https://evil.example.com", upload_cache=False)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://openapi.weshop.ai/openapi",
        "https://OPENAPI.weshop.ai/openapi/",
        "http://127.0.0.1:8080/openapi",
        "http://127.9.9.9/openapi",
        "https://localhost:9999/openapi",
        "http://[::1]:8080/openapi",
    ],
)
def test_production_and_loopback_are_trusted(base_url: str) -> None:
    assert trusted_base_url(base_url).host


def test_trusted_hosts_must_be_named_and_use_https() -> None:
    assert trusted_base_url("https://staging.example.com/x", ["staging.example.com"])
    assert trusted_base_url("https://staging.example.com:8443/x", ["https://staging.example.com"])
    assert trusted_base_url("https://staging.example.com/x", ["staging.example.com:443"])
    with pytest.raises(weshop.UntrustedHostError, match="plain http"):
        trusted_base_url("http://staging.example.com/x", ["staging.example.com"])
    with pytest.raises(weshop.UntrustedHostError, match="trusted_hosts"):
        trusted_base_url("https://other.example.com/x", ["staging.example.com"])


def test_api_requests_carry_the_key_only_for_the_base_origin() -> None:
    requests = ApiRequests(
        httpx.URL("https://openapi.weshop.ai/openapi"),
        httpx.Headers(),
        httpx.Timeout(5.0),
        SecretKey(KEY),
    )

    def authorized(url: str, headers: dict[str, str] | None = None) -> str | None:
        request = requests.authorize(httpx.Request("GET", url, headers=headers))
        value: str | None = request.headers.get("Authorization")
        return value

    assert authorized("https://openapi.weshop.ai/openapi/agent/runs/x") == KEY
    assert authorized("https://openapi.weshop.ai:443/openapi/agent/runs/x") == KEY
    assert authorized("http://openapi.weshop.ai/openapi/agent/runs/x") is None
    assert authorized("https://cdn.weshop.ai/result.png") is None
    assert authorized("https://openapi.weshop.ai:8443/openapi/x") is None
    # A header set by someone else is stripped on the way to a foreign host.
    assert authorized("https://evil.example.com/", {"Authorization": KEY}) is None
    # The paths of the generated endpoints are joined below the base URL's path.
    built = requests.build({"method": "get", "url": "/agent/runs/x"})
    assert str(built.url) == "https://openapi.weshop.ai/openapi/agent/runs/x"
    assert built.headers["Authorization"] == KEY
    assert KEY not in repr(requests)


def _happy_service(base: str) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path.endswith("/agent/assets/images"):
            return json_response(200, envelope({"image": "https://cdn.example/in.png"}))
        if path.endswith("/agent/runs"):
            return json_response(200, envelope({"executionId": "exec-1"}))
        if path.endswith("/agent/runs/exec-1"):
            return json_response(200, run_answer("exec-1", "Success", base=base, images=2))
        if "/files/results/" in path:
            return httpx.Response(200, content=png_bytes(), headers={"content-type": "image/png"})
        return json_response(
            404,
            {
                "success": False,
                "error": {
                    "code": "NOT_FOUND",
                    "message": f"no {path} for key {request.headers.get('Authorization')}",
                    "retryable": False,
                },
            },
        )

    return seen, httpx.MockTransport(handler)


@pytest.mark.anyio
async def test_downloads_never_carry_the_key_even_on_the_api_host(api: Api, tmp_path: Path) -> None:
    base = "https://openapi.weshop.ai/openapi"
    seen, transport = _happy_service(base)
    # Even an injected client whose default headers hold the key does not leak it.
    client: WeShop | AsyncWeShop
    if api.is_async:
        client = AsyncWeShop(
            KEY,
            http_client=httpx.AsyncClient(transport=transport, headers={"Authorization": KEY}),
            upload_cache=False,
        )
    else:
        client = WeShop(
            KEY,
            http_client=httpx.Client(transport=transport, headers={"Authorization": KEY}),
            upload_cache=False,
        )
    run = await api(
        client.aiproduct, png_bytes(), generated_content="freeCreation", text_description="x"
    )
    paths = await api(run.download, tmp_path / "out")
    assert [p.name for p in paths] == ["exec-1-0.png", "exec-1-1.png"]
    downloads = [r for r in seen if "/files/" in r.url.path]
    api_calls = [r for r in seen if "/files/" not in r.url.path]
    assert len(downloads) == 2
    assert all("Authorization" not in r.headers for r in downloads)
    assert all(r.headers["Authorization"] == KEY for r in api_calls)
    await api.close(client)


@pytest.mark.anyio
async def test_the_key_is_in_no_repr_log_or_exception(
    make_client: Factory, api: Api, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    base = "https://openapi.weshop.ai/openapi"
    calls = {"n": 0}
    _, transport = _happy_service(base)

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 2:  # one retry on the way, logged
            return json_response(
                503,
                {
                    "success": False,
                    "error": {"code": "BUSY", "message": f"busy (key {KEY})", "retryable": True},
                },
            )
        return transport.handle_request(request)

    client, _ = make_client(handler)
    texts: list[str] = [repr(client), str(client), repr(vars(client)), repr(client.runs)]
    texts += [repr(client._api.generated), repr(client._api.requests), repr(client._api_key)]
    run = await api(
        client.aiproduct, png_bytes(), generated_content="freeCreation", text_description="x"
    )
    texts += [repr(run), str(run)]
    errors: list[weshop.WeShopError] = []
    for call in (
        lambda: client.runs.get("missing"),
        lambda: client.runs.create("aiproduct", image="https://x/y.png", params={"maskType": 1}),
        lambda: client.assets.upload(b"not an image"),
    ):
        with pytest.raises(weshop.WeShopError) as caught:
            await api(call)
        errors.append(caught.value)
        texts += [str(caught.value), repr(caught.value), repr(getattr(caught.value, "body", 0))]
    # The service echoed the key in its 404 message: it was redacted on the way in.
    assert isinstance(errors[0], weshop.NotFoundError)
    assert "for key [redacted]" in str(errors[0])
    texts += [record.getMessage() for record in caplog.records]
    texts += [caplog.text]
    leaks = [text for text in texts if KEY in text]
    assert leaks == []
    await api.close(client)


@pytest.mark.anyio
async def test_an_injected_http_client_is_not_closed(api: Api) -> None:
    seen, transport = _happy_service("https://openapi.weshop.ai/openapi")
    if api.is_async:
        injected_async = httpx.AsyncClient(transport=transport)
        async with AsyncWeShop(KEY, http_client=injected_async, upload_cache=False) as client:
            await client.runs.get("exec-1")
        assert not injected_async.is_closed
        await injected_async.aclose()
    else:
        injected = httpx.Client(transport=transport)
        with WeShop(KEY, http_client=injected, upload_cache=False) as sync_client:
            sync_client.runs.get("exec-1")
        assert not injected.is_closed
        injected.close()
    assert len(seen) == 1


def test_a_client_of_the_wrong_colour_is_refused() -> None:
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        WeShop(KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        AsyncWeShop(KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def _echoing_service() -> Any:
    """A loopback server that echoes the request's key back: as a response header and as
    the executionId of the run it "creates" (a hostile or broken server)."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    async def answer(request: Request) -> JSONResponse:
        key = request.headers.get("authorization", "")
        echoed = {"x-echo": key, "x-echo-encoded": urllib.parse.quote(key, safe="")}
        if request.method == "POST":
            body = envelope({"executionId": key}, meta={"executionId": key})
        else:
            body = run_answer(key, "Running", progress=0.5)
        return JSONResponse(body, headers=echoed)

    return Starlette(routes=[Route("/openapi/{rest:path}", answer, methods=["GET", "POST"])])


def test_a_key_echoed_by_the_server_reaches_no_log_line_or_repr(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from weshop.mock._server import ServerThread

    for name in ("", "httpcore", "httpx", "weshop"):  # whatever earlier tests set
        caplog.set_level(logging.DEBUG, logger=name)
    server = ServerThread(_echoing_service(), "127.0.0.1", 0)
    server.start()
    try:
        with WeShop(api_key=KEY, base_url=server.url + "/openapi", upload_cache=False) as client:
            run = client.runs.create("mystery-agent", image="https://x.example/y.png", params={})
            texts = [repr(run), str(run), run.execution_id]
            texts += [repr(client.runs.get(run.execution_id))]
    finally:
        server.stop()
    httpcore_lines = [r for r in caplog.records if r.name.startswith("httpcore")]
    assert any("receive_response_headers" in r.getMessage() for r in httpcore_lines)
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    assert [text for text in texts if KEY in text] == []
    assert run.execution_id == "[redacted]"


def test_a_short_key_is_redacted_only_as_a_whole_token() -> None:
    key = SecretKey("k")
    message = "too many requests (injected by the mock's rate_limit fault); key: k"
    assert key.redact(message) == (
        "too many requests (injected by the mock's rate_limit fault); key: [redacted]"
    )


def test_a_live_key_stays_guarded_when_an_equal_earlier_key_dies(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import gc

    from weshop._credentials import SecretKey, guard_logs

    value = "wsk-live-equal-keys-0123456789abcdef"
    earlier, later = SecretKey(value), SecretKey(value)
    guard_logs(earlier)
    guard_logs(later)
    del earlier
    gc.collect()
    caplog.set_level(logging.DEBUG, logger="weshop")
    logging.getLogger("weshop").debug("echoed %s", later.reveal())
    assert value not in caplog.text
    assert "[redacted]" in caplog.text


@pytest.mark.anyio
async def test_cookies_set_by_answers_are_never_sent_back(make_client: Factory, api: Api) -> None:
    """The API is authenticated by the key alone: a cookie an answer sets (a load
    balancer's affinity cookie, say) is not kept, so no later request carries it — from
    this client or a copy of it."""
    created = envelope({"executionId": "e1"}, meta={"executionId": "e1"})

    def handler(request: httpx.Request) -> httpx.Response:
        body = created if request.method == "POST" else run_answer("e1", "Success")
        return json_response(200, body, headers={"set-cookie": "affinity=node-7; Path=/"})

    client, recorder = make_client(handler)
    run = await api(client.runs.create, "aiproduct", image=URL, params=GOOD)
    await api(client.runs.get, run.execution_id)
    copy = client.with_options(timeout=5)
    await api(copy.runs.get, run.execution_id)
    assert len(recorder.requests) == 3
    assert all("cookie" not in request.headers for request in recorder.requests)
    await api.close(copy)
    await api.close(client)
