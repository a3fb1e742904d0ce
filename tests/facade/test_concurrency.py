"""AsyncWeShop keeps at most ``max_concurrent_requests`` API requests on the wire."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from weshop import AsyncWeShop

from .conftest import json_response, run_answer

BASE_URL = "http://127.0.0.1:9/openapi"


@pytest.mark.anyio
async def test_requests_beyond_the_cap_wait_their_turn() -> None:
    on_the_wire = 0
    most = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal on_the_wire, most
        on_the_wire += 1
        most = max(most, on_the_wire)
        await asyncio.sleep(0.01)
        on_the_wire -= 1
        return json_response(200, run_answer(request.url.path.rsplit("/", 1)[1], "Running"))

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    client = AsyncWeShop(
        "test-key",
        base_url=BASE_URL,
        http_client=http,
        upload_cache=False,
        max_concurrent_requests=3,
    )
    copy = client.with_options(max_retries=0)  # shares the connection, so the cap too
    reads = [c.runs.get(f"e-{i}") for i in range(20) for c in (client, copy)]
    runs = await asyncio.gather(*reads)
    assert len(runs) == 40
    assert most == 3
    await copy.close()
    await client.close()
    await http.aclose()


def test_the_cap_must_allow_a_request() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        AsyncWeShop("test-key", base_url=BASE_URL, max_concurrent_requests=0)
