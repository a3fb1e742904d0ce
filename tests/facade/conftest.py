"""Fixtures of the facade tests.

One test body runs for both clients: the ``flavour`` fixture is ``"sync"`` or
``"async"``, and :class:`Api` calls a client method and awaits the result when the client
is async (replicate-python style). Time never passes for real in unit tests: clients get
an injected ``sleep`` that records the delays, and a fake monotonic clock where a test
needs one.
"""

from __future__ import annotations

import inspect
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image

from weshop import AsyncWeShop, PollPolicy, RetryPolicy, WeShop

#: A key that looks real; tests scan reprs, logs and exception texts for it.
KEY = "wsk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0"
BASE = "https://openapi.weshop.ai/openapi"

Client = WeShop | AsyncWeShop


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No real key, base URL or home directory leaks into a test."""
    monkeypatch.delenv("WESHOP_API_KEY", raising=False)
    monkeypatch.delenv("WESHOP_BASE_URL", raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Api:
    """Calls client methods the same way for both flavours."""

    def __init__(self, flavour: str) -> None:
        self.flavour = flavour

    @property
    def is_async(self) -> bool:
        return self.flavour == "async"

    async def __call__(self, method: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    async def close(self, client: Client) -> None:
        await self(client.close)


@pytest.fixture
def api(flavour: str) -> Api:
    return Api(flavour)


# --------------------------------------------------------------------------- fake clock
@dataclass
class FakeTime:
    """A monotonic clock that advances only when the client sleeps."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


# --------------------------------------------------------------------------- transport
Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """An ``httpx.MockTransport`` that records every request it sees."""

    handler: Handler
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.handler(request)

    def paths(self) -> list[str]:
        return [request.url.path for request in self.requests]

    def count(self, path_part: str) -> int:
        return sum(1 for request in self.requests if path_part in request.url.path)


def envelope(data: Any, **extra: Any) -> dict[str, Any]:
    return {"success": True, "data": data, **extra}


def run_answer(
    execution_id: str,
    status: str,
    *,
    progress: float | None = None,
    images: int = 1,
    base: str = BASE,
    error: str | None = None,
) -> dict[str, Any]:
    result: list[dict[str, Any]] = []
    if status == "Success":
        result = [
            {"status": "Success", "image": f"{base}/files/results/{execution_id}-{i}.png"}
            for i in range(images)
        ]
    elif progress is not None:
        result = [{"status": "Running", "progress": progress} for _ in range(images)]
    execution: dict[str, Any] = {"executionId": execution_id, "status": status, "result": result}
    if error:
        execution["error"] = error
    return envelope(
        {"agentName": "aiproduct", "agentVersion": "v1.0", "executions": [execution]},
        meta={"executionId": execution_id},
    )


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


def png_bytes(width: int = 800, height: int = 600, fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.fixture
def png(tmp_path: Path) -> Path:
    """A local 800x600 PNG."""
    path = tmp_path / "product.png"
    path.write_bytes(png_bytes())
    return path


@dataclass
class Factory:
    """Builds clients of the test's flavour on a recording MockTransport."""

    flavour: str
    tmp_path: Path
    fake_time: FakeTime

    def __call__(
        self,
        handler: Handler | Recorder | None = None,
        *,
        api_key: str | None = KEY,
        base_url: str | None = BASE,
        **kwargs: Any,
    ) -> tuple[Client, Recorder]:
        recorder = handler if isinstance(handler, Recorder) else Recorder(handler or _refuse)
        transport = httpx.MockTransport(recorder)
        kwargs.setdefault("upload_cache", self.tmp_path / "uploads.json")
        kwargs.setdefault("retry", RetryPolicy(initial_delay=0.1, max_delay=1.0))
        kwargs.setdefault("poll", PollPolicy())
        kwargs.setdefault("clock", self.fake_time.clock)
        client: Client
        if self.flavour == "async":
            client = AsyncWeShop(
                api_key,
                base_url=base_url,
                http_client=httpx.AsyncClient(transport=transport),
                sleep=self.fake_time.asleep,
                **kwargs,
            )
        else:
            client = WeShop(
                api_key,
                base_url=base_url,
                http_client=httpx.Client(transport=transport),
                sleep=self.fake_time.sleep,
                **kwargs,
            )
        return client, recorder


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"unexpected request {request.method} {request.url}")


@pytest.fixture
def make_client(flavour: str, tmp_path: Path, fake_time: FakeTime) -> Factory:
    return Factory(flavour, tmp_path, fake_time)
