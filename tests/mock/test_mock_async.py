"""The mock from async tests: it serves from its own thread and event loop."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from weshop.mock import MockServer

from .helpers import FAST, run_body


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_mock_serves_async_clients() -> None:
    with MockServer(speed=FAST) as mock:
        async with httpx.AsyncClient(
            base_url=mock.base_url, headers={"Authorization": "async-key"}
        ) as client:
            created = await asyncio.gather(
                *(client.post("/agent/runs", json=run_body(batchCount=1)) for _ in range(20))
            )
            assert {r.status_code for r in created} == {200}
            execution_id = created[0].json()["data"]["executionId"]
            for _ in range(500):
                run = (await client.get(f"/agent/runs/{execution_id}")).json()
                if run["data"]["executions"][0]["status"] == "Success":
                    break
                await asyncio.sleep(0.01)
            assert run["data"]["executions"][0]["status"] == "Success"
        assert mock.stats.run_creations == 20
