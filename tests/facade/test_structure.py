"""Issue 13: one hand-written copy of the client, resources on a narrow API, the async
client's event loop never blocked by file work, upload locks bounded."""

from __future__ import annotations

import ast
import asyncio
import inspect
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

import weshop
from codegen import unasync
from weshop import _concurrency, _drafts
from weshop._async import _api as async_api_module
from weshop._uploads import prepare_image
from weshop.resources import (
    Agents,
    Assets,
    AsyncAgents,
    AsyncAssets,
    AsyncFashionModels,
    AsyncLocations,
    AsyncRuns,
    AsyncTasks,
    FashionModels,
    Locations,
    Runs,
    Tasks,
)

from .conftest import Api, Factory, envelope, json_response, run_answer

ROOT = Path(__file__).resolve().parents[2]
PAIRS = [
    (Runs, AsyncRuns),
    (Tasks, AsyncTasks),
    (Agents, AsyncAgents),
    (Assets, AsyncAssets),
    (FashionModels, AsyncFashionModels),
    (Locations, AsyncLocations),
    (weshop.WeShop, weshop.AsyncWeShop),
]


def test_the_sync_client_is_what_unasync_makes_of_the_async_one() -> None:
    assert unasync.check() == []


def test_unasync_reads_async_names_as_their_sync_twins() -> None:
    source = (
        "async def get(self) -> AsyncRun:\n"
        "    async with self._lock:\n"
        "        return await self._api.request(op.asyncio)\n"
    )
    assert unasync.unasync_source(source) == (
        "def get(self) -> Run:\n    with self._lock:\n        return self._api.request(op.sync)\n"
    )


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=lambda cls: cls.__name__)
def test_twins_have_the_same_public_methods_and_parameters(sync: type, async_: type) -> None:
    def public(cls: type) -> dict[str, list[str]]:
        return {
            name: list(inspect.signature(member).parameters)
            for name, member in inspect.getmembers(cls, callable)
            if not name.startswith("_")
        }

    assert public(sync) == public(async_)


def _private_client_accesses(path: Path) -> list[str]:
    """``client._x`` / ``self._client._x`` / ``owner._x`` attribute reads in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Attribute) and node.attr.startswith("_")):
            continue
        target = node.value
        named = (isinstance(target, ast.Name) and target.id in {"client", "owner"}) or (
            isinstance(target, ast.Attribute) and target.attr in {"_client", "owner"}
        )
        if named and not node.attr.startswith("__"):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    return found


def test_no_private_client_member_is_used_outside_the_client() -> None:
    client_modules = {"client.py", "_api.py"}  # the client and the verbs it binds
    outside = [
        path
        for path in sorted((ROOT / "weshop").rglob("*.py"))
        if not (path.parent.name in {"_async", "_sync"} and path.name in client_modules)
    ]
    assert [hit for path in outside for hit in _private_client_accesses(path)] == []


@pytest.mark.anyio
async def test_keyed_locks_hold_a_lock_only_while_in_use() -> None:
    locks = _concurrency.AsyncKeyedLocks()
    order: list[str] = []

    async def worker(key: str, label: str) -> None:
        async with locks.hold(key):
            order.append(f"{label} in")
            await asyncio.sleep(0)
            order.append(f"{label} out")

    await asyncio.gather(worker("a", "1"), worker("a", "2"), worker("b", "3"))
    assert order.index("1 out") < order.index("2 in")  # one key: one at a time
    assert len(locks) == 0


def test_sync_keyed_locks_are_bounded_across_threads() -> None:
    locks = _concurrency.KeyedLocks()
    inside = []

    def worker(index: int) -> None:
        with locks.hold(f"key-{index % 3}"):
            inside.append(index)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(inside) == list(range(30))
    assert len(locks) == 0


def _uploads_and_runs(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/agent/assets/images"):
        return json_response(200, envelope({"image": "https://cdn.example/up.png"}))
    if request.method == "POST":
        return json_response(200, envelope({"executionId": "exec-1"}))
    return json_response(200, run_answer("exec-1", "Success"))


@pytest.mark.anyio
async def test_async_client_checks_and_caches_images_off_the_event_loop(
    make_client: Factory, api: Api, png: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []

    def recorded(name: str, function: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            threads.append(f"{name} {threading.current_thread() is threading.main_thread()}")
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(_drafts, "prepare_image", recorded("prepare", prepare_image))
    monkeypatch.setattr(async_api_module, "prepare_image", recorded("prepare", prepare_image))
    client, _ = make_client(_uploads_and_runs)
    cache = client.upload_cache
    assert cache is not None
    monkeypatch.setattr(cache, "put", recorded("cache", cache.put))
    await api(client.assets.upload, png, cache=False)
    await api(client.runs.create, "aipose", image=png.read_bytes(), params={"textDescription": "x"})
    on_main = not api.is_async  # sync: in the caller's thread; async: in worker threads
    assert {entry.split()[0] for entry in threads} == {"prepare", "cache"}
    assert all(entry.endswith(str(on_main)) for entry in threads), threads
    await api.close(client)


@pytest.mark.anyio
async def test_create_and_wait_returns_the_finished_run_with_its_creation(
    make_client: Factory, api: Api
) -> None:
    client, recorder = make_client(_uploads_and_runs)
    run = await api(
        client.runs.create_and_wait,
        "aipose",
        image="https://cdn.example/m.png",
        params={"textDescription": "x"},
        idempotency_key="key-1",
        timeout=30.0,
    )
    assert run.succeeded
    assert run.execution_id == "exec-1"
    assert run.idempotency_key == "key-1"
    assert [r.method for r in recorder.requests] == ["POST", "GET"]
    await api.close(client)


def test_sync_semaphore_caps_threads_in_flight() -> None:
    cap = _concurrency.Semaphore(2)
    inside, peak = 0, 0
    guard = threading.Lock()
    gate = threading.Event()

    def worker() -> None:
        nonlocal inside, peak
        with cap:
            with guard:
                inside += 1
                peak = max(peak, inside)
            gate.wait(0.05)
            with guard:
                inside -= 1

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == 2
