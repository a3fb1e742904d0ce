"""End to end against the mock server (``weshop.mock``), on loopback with a fake key.

The same test bodies run for ``WeShop`` and ``AsyncWeShop``. The mock runs fast
(``speed``), and the clients poll and back off on short intervals set through their
configuration (``PollPolicy``, ``RetryPolicy``) — nothing is monkeypatched.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

import weshop
from weshop import AsyncWeShop, PollPolicy, RetryPolicy, WeShop

from .conftest import KEY, Api, Client, png_bytes

mock = pytest.importorskip("weshop.mock")

FAST_POLL = PollPolicy(
    initial_interval=0.01, max_interval=0.05, lead=0.005, overdue_interval=0.01, jitter=0.1
)
FAST_RETRY = RetryPolicy(initial_delay=0.005, max_delay=0.05, max_retry_after=0.02)


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    with mock.MockServer(mock.MockSettings(speed=400.0, seed=11)) as running:
        yield running


def connect(flavour: str, base_url: str, tmp_path: Path, **kwargs: Any) -> Client:
    kwargs.setdefault("poll", FAST_POLL)
    kwargs.setdefault("retry", FAST_RETRY)
    kwargs.setdefault("upload_cache", tmp_path / "uploads.json")
    if flavour == "async":
        return AsyncWeShop(KEY, base_url=base_url, **kwargs)
    return WeShop(KEY, base_url=base_url, **kwargs)


@pytest.fixture
def client(flavour: str, server: Any, tmp_path: Path) -> Client:
    return connect(flavour, server.base_url, tmp_path)


@pytest.mark.anyio
async def test_a_local_png_becomes_downloaded_images(
    client: Client, api: Api, server: Any, tmp_path: Path
) -> None:
    photo = tmp_path / "bottle.png"
    photo.write_bytes(png_bytes(800, 600))
    before = server.stats.run_creations
    run = await api(
        client.aiproduct,
        photo,
        generated_content="freeCreation",
        text_description="on a marble table, soft light",
        batch_count=2,
    )
    assert isinstance(run, weshop.AsyncRun if api.is_async else weshop.Run)
    assert run.status == "Success"
    assert run.progress == 1.0
    assert len(run.images) == 2
    assert all(url.startswith(server.base_url) for url in run.images)
    paths = await api(run.download, tmp_path / "out")
    assert len(paths) == 2
    for path in paths:
        assert path.exists()
        assert path.parent == tmp_path / "out"
        with Image.open(path) as image:
            image.verify()
        with Image.open(path) as image:
            assert image.size[0] > 0
            assert image.size[1] > 0
    assert not list((tmp_path / "out").glob("*.part"))
    assert server.stats.run_creations == before + 1
    assert server.stats.authorized_file_downloads == 0
    await api.close(client)


@pytest.mark.anyio
async def test_wait_false_then_wait(client: Client, api: Api) -> None:
    run = await api(
        client.remove_background,
        "https://cdn.example/shoe.png",
        background_hex="#ffffff",
        wait=False,
    )
    assert run.status == "Pending"
    assert not run.done
    seen: list[weshop.RunBase] = []
    done = await api(client.runs.wait, run.execution_id, on_progress=seen.append)
    assert done.succeeded
    assert seen[-1].succeeded
    read = await api(client.runs.get, run.execution_id)
    assert read.images == done.images
    await api.close(client)


@pytest.mark.anyio
async def test_a_failed_run_raises_with_the_run(flavour: str, api: Api, tmp_path: Path) -> None:
    with mock.MockServer(speed=400.0, faults=[mock.FaultRule("run_failed")]) as failing:
        client = connect(flavour, failing.base_url, tmp_path)
        with pytest.raises(weshop.RunFailedError) as caught:
            await api(client.aipose, "https://cdn.example/m.png", text_description="arms up")
        assert caught.value.run.failed
        assert caught.value.run.error
        await api.close(client)


@pytest.mark.anyio
async def test_estimate(client: Client, api: Api) -> None:
    params = {"textDescription": "walking", "batchCount": 3}
    estimate = await api(
        client.runs.estimate, "aipose", image="https://cdn.example/m.png", params=params
    )
    assert isinstance(estimate, weshop.PowerEstimate)
    assert estimate.total_power > 0
    await api.close(client)


@pytest.mark.anyio
async def test_agent_info_reads_every_page_and_finds_presets(client: Client, api: Api) -> None:
    info = await api(client.agents.info, "aimodel")
    assert len(info.locations) > 100  # more than one page of 100
    assert len({location.id for location in info.locations}) == len(info.locations)
    assert info.fashion_models
    assert info.location("White Studio") == info.location("  white studio ") == 6000372
    with pytest.raises(weshop.PresetNotFoundError, match="White Studio") as caught:
        info.location("White Studo")
    assert "White Studio" in caught.value.suggestions
    backgrounds = await api(client.agents.info, "removeBG")
    assert backgrounds.background("White") > 0
    sizes = await api(client.agents.info, "expandimage")
    assert sizes.dimensions
    assert sizes.dimension(sizes.dimensions[0].name)[0] > 0
    await api.close(client)


@pytest.mark.anyio
async def test_task_api_round_trip(client: Client, api: Api, server: Any) -> None:
    task_id = await api(client.tasks.create, "aiproduct", image=png_bytes(), task_name="t1")
    # No batchCount: the facade sends its default (1), not the server's (4 in the mock).
    params = {
        "generatedContent": "freeCreation",
        "maskType": "autoSubjectSegment",
        "textDescription": "x",
    }
    execution_id = await api(client.tasks.execute, task_id, params)
    run = await api(client.tasks.wait, execution_id)
    assert run.succeeded
    assert len(run.images) == 1
    task = await api(client.tasks.query, task_id=task_id)
    assert task.task_name == "t1"
    assert [r.execution_id for r in task.executions] == [execution_id]
    await api(client.tasks.delete, task_id)
    with pytest.raises(weshop.NotFoundError):
        await api(client.tasks.query, task_id=task_id)
    await api.close(client)


@pytest.mark.anyio
async def test_own_fashion_models_and_locations(client: Client, api: Api) -> None:
    model_id = await api(
        client.fashion_models.create, [png_bytes(), png_bytes(700, 700)], name="Ann"
    )
    model = await api(client.fashion_models.wait, model_id)
    assert model.ready
    assert model.name == "Ann"
    assert len(model.images) == 2
    location_id = await api(client.locations.create, png_bytes(900, 600), name="Park")
    location = await api(client.locations.wait, location_id)
    assert location.ready
    assert location.image
    info = await api(client.agents.info, "aimodel")
    assert info.fashion_model("Ann") == model_id
    assert info.location("Park") == location_id
    await api(client.fashion_models.delete, model_id)
    await api(client.locations.delete, location_id)
    with pytest.raises(weshop.NotFoundError):
        await api(client.fashion_models.get, model_id)
    with pytest.raises(weshop.NotFoundError):
        await api(client.locations.get, location_id)
    await api.close(client)


@pytest.mark.anyio
async def test_with_options_shares_the_connection(client: Client, api: Api) -> None:
    quick = client.with_options(max_retries=0, timeout=5.0)
    assert quick.max_retries == 0
    assert client.max_retries != 0
    assert quick.base_url == client.base_url
    assert quick._connection is client._connection
    await api(
        quick.runs.estimate,
        "aipose",
        image="https://cdn.example/m.png",
        params={"textDescription": "x", "batchCount": 1},
    )
    await api.close(quick)  # the copy does not close the shared pool
    await api(
        client.runs.estimate,
        "aipose",
        image="https://cdn.example/m.png",
        params={"textDescription": "x", "batchCount": 1},
    )
    await api.close(client)


def test_context_managers_close_what_they_own(server: Any, tmp_path: Path) -> None:
    options: dict[str, Any] = {"base_url": server.base_url, "upload_cache": False}
    params = {"textDescription": "x", "batchCount": 1}
    with WeShop(KEY, **options) as sync_client:
        sync_client.runs.estimate("aipose", image="https://cdn.example/m.png", params=params)
    assert sync_client._api.closed

    async def main() -> AsyncWeShop:
        async with AsyncWeShop(KEY, **options) as async_client:
            await async_client.runs.estimate(
                "aipose", image="https://cdn.example/m.png", params=params
            )
        return async_client

    assert asyncio.run(main())._api.closed


@pytest.mark.anyio
async def test_a_batch_of_200_runs_survives_faults_without_duplicates(tmp_path: Path) -> None:
    """429s (with Retry-After), retryable 500s, connections dropped before and after the
    run was started: every run completes, and none is created twice."""
    faults = [
        mock.FaultRule("rate_limit", rate=0.1, retry_after=0.01),
        mock.FaultRule("server_error", rate=0.1),
        mock.FaultRule("drop", rate=0.05),
        mock.FaultRule("drop_after", rate=0.05, operations=frozenset({"createRun"})),
    ]
    with mock.MockServer(mock.MockSettings(speed=500.0, seed=1, faults=faults)) as server:
        photo = tmp_path / "shirt.png"
        photo.write_bytes(png_bytes(800, 600))
        started = time.monotonic()
        async with AsyncWeShop(
            KEY,
            base_url=server.base_url,
            max_retries=12,
            retry=FAST_RETRY,
            poll=FAST_POLL,
            upload_cache=tmp_path / "uploads.json",
        ) as client:
            limit = asyncio.Semaphore(40)

            async def one(index: int) -> weshop.AsyncRun:
                async with limit:
                    return await client.aiproduct(
                        photo,
                        generated_content="freeCreation",
                        text_description=f"scene {index}",
                        timeout=60,
                    )

            runs = await asyncio.gather(*(one(i) for i in range(200)))
        elapsed = time.monotonic() - started
        stats = server.stats
        assert all(run.succeeded and run.images for run in runs)
        assert len({run.execution_id for run in runs}) == 200
        assert stats.run_creations == 200  # drop_after replays were answered, not re-run
        assert stats.faults["drop_after"] > 0
        assert stats.faults["rate_limit"] > 0
        assert stats.faults["drop"] > 0
        assert stats.faults["server_error"] > 0
        assert len(server.state.uploads) == 1  # one shirt, stored once
        assert stats.requests["createRun"] > 200  # retried...
        assert elapsed < 30
