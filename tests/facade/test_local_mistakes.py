"""Local mistakes are named as such (issue 12): a bad idempotency key, params that are
not a mapping or a base URL that is no URL raise a typed error naming the argument, and
nothing is sent — never a network error, an unreadable answer or a bare TypeError."""

from __future__ import annotations

from typing import Any

import pytest

import weshop

from .conftest import Api, Factory

IMAGE = "https://cdn.example.com/a.png"
PARAMS = {
    "generatedContent": "freeCreation",
    "maskType": "autoSubjectSegment",
    "textDescription": "x",
}


@pytest.mark.anyio
@pytest.mark.parametrize(
    "key",
    ["a\r\nb", "   ", "ключ", "", " leading", "tab\tinside", "x" * 256, 5],
    ids=["crlf", "blank", "non-ascii", "empty", "leading-space", "tab", "too-long", "int"],
)
async def test_a_bad_idempotency_key_is_a_validation_error(
    make_client: Factory, api: Api, key: Any
) -> None:
    client, recorder = make_client()
    with pytest.raises(weshop.RequestValidationError) as caught:
        await api(client.runs.create, "aiproduct", image=IMAGE, params=PARAMS, idempotency_key=key)
    assert set(caught.value.fields) == {"idempotency_key"}
    assert "idempotency_key" in str(caught.value)
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.anyio
# (params=None is "no params": text-only and media-only catalog agents take none.)
@pytest.mark.parametrize("params", [["batchCount", 1], "batchCount=1", {1: "x"}])
async def test_params_must_be_a_mapping_of_names(
    make_client: Factory, api: Api, params: Any
) -> None:
    client, recorder = make_client()
    for call in (client.runs.create, client.runs.estimate):
        with pytest.raises(weshop.RequestValidationError) as caught:
            await api(call, "aiproduct", image=IMAGE, params=params)
        assert caught.value.fields == ("params",)
    with pytest.raises(weshop.RequestValidationError):
        await api(client.tasks.execute, "task-1", params)
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.parametrize(
    "base_url", ["https://xn--/x", "https://xn--zz.example/x", "http://[::1/openapi"]
)
def test_a_malformed_base_url_is_an_untrusted_host(base_url: str) -> None:
    for kind in (weshop.WeShop, weshop.AsyncWeShop):
        with pytest.raises(weshop.UntrustedHostError, match="not a valid URL"):
            kind(api_key="k-0123456789", base_url=base_url)
    with pytest.raises(weshop.UntrustedHostError, match="not a valid host"):
        weshop.WeShop(api_key="k", base_url="http://127.0.0.1:1", trusted_hosts=["https://xn--"])
