"""Per-call request options, the client's identity (User-Agent, default headers, log
level), request ids, serializable results and the paged presets iterator."""

from __future__ import annotations

import inspect
import json
import logging
import platform
from typing import Any

import httpx
import pytest

import weshop
from weshop import AsyncWeShop, WeShop
from weshop._options import setup_logging, user_agent
from weshop._typed_agents import BUILDERS

from .conftest import Api, Factory, envelope, json_response, run_answer
from .test_validation import GOOD, URL, Capture

OPTION_TYPES: set[object] = {
    weshop.RequestOptions,
    weshop.BodyRequestOptions,
    weshop.PollRequestOptions,
}


# --------------------------------------------------------------------------- per call
@pytest.mark.anyio
async def test_options_reach_the_requests_of_that_call_only(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(Capture())
    await api(
        client.runs.create,
        "aiproduct",
        image=URL,
        params=GOOD,
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": 1},
        timeout=3.5,
    )
    sent = recorder.requests[-1]
    assert sent.headers["X-Trace"] == "t-1"
    assert sent.url.params["debug"] == "1"
    assert sent.extensions["timeout"] == httpx.Timeout(3.5).as_dict()

    await api(client.runs.get, "e-1")
    plain = recorder.requests[-1]
    assert "X-Trace" not in plain.headers
    assert "debug" not in plain.url.params
    assert plain.extensions["timeout"] == client.timeout.as_dict()
    await api.close(client)


@pytest.mark.anyio
async def test_max_retries_per_call(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(lambda request: json_response(503, {"success": False}))
    with pytest.raises(weshop.ServerError):
        await api(client.runs.get, "e-1", max_retries=0)
    assert len(recorder.requests) == 1
    with pytest.raises(weshop.ServerError):
        await api(client.runs.get, "e-1", max_retries=2)
    assert len(recorder.requests) == 1 + 3
    await api.close(client)


@pytest.mark.anyio
@pytest.mark.parametrize("header", ["Authorization", "authorization", "Idempotency-Key"])
async def test_no_option_sets_the_key_or_the_idempotency_key(
    make_client: Factory, api: Api, header: str
) -> None:
    client, recorder = make_client(Capture())
    with pytest.raises(weshop.ConfigurationError, match="nothing was sent"):
        await api(
            client.runs.create, "aiproduct", image=URL, params=GOOD, extra_headers={header: "x"}
        )
    with pytest.raises(weshop.ConfigurationError, match="default_headers cannot set"):
        make_client(Capture(), default_headers={header: "x"})
    with pytest.raises(weshop.ConfigurationError):
        client.with_options(default_headers={header: "x"})
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.anyio
async def test_options_hold_for_waits_and_typed_agents(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(Capture())
    run = await api(
        client.aiproduct,
        URL,
        generated_content="freeCreation",
        text_description="on marble",
        extra_headers={"X-Job": "j"},
        request_timeout=7,
        max_retries=1,
    )
    assert run.succeeded
    assert len(recorder.requests) >= 2  # created, then polled
    for sent in recorder.requests:
        assert sent.headers["X-Job"] == "j"
        assert sent.extensions["timeout"] == httpx.Timeout(7).as_dict()
    await api.close(client)


@pytest.mark.anyio
async def test_extra_body_on_the_task_api(make_client: Factory, api: Api) -> None:
    bodies: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return json_response(200, envelope({"executionId": "e-9"}))

    client, _ = make_client(answer)
    await api(client.tasks.execute, "t-1", GOOD, extra_body={"region": "eu"})
    assert bodies[-1]["region"] == "eu"
    assert bodies[-1]["taskId"] == "t-1"
    await api.close(client)


def _options_of(method: Any) -> object:
    variadic = [p for p in inspect.signature(method).parameters.values() if p.kind is p.VAR_KEYWORD]
    assert len(variadic) == 1, method
    annotation = str(variadic[0].annotation)  # "Unpack[RequestOptions]" (postponed)
    assert annotation.startswith("Unpack["), annotation
    return getattr(weshop, annotation.removeprefix("Unpack[").removesuffix("]"))


@pytest.mark.parametrize("cls", [WeShop, AsyncWeShop])
def test_every_public_method_takes_the_options(cls: type[WeShop] | type[AsyncWeShop]) -> None:
    client = cls("k", upload_cache=False)
    checked = 0
    for resource in ("runs", "assets", "agents", "tasks", "fashion_models", "locations"):
        group = getattr(client, resource)
        for name in dir(group):
            if not name.startswith("_") and callable(method := getattr(group, name)):
                assert _options_of(method) in OPTION_TYPES, f"{resource}.{name}"
                checked += 1
    for name, builder in BUILDERS.items():
        assert _options_of(builder) is weshop.PollRequestOptions, name
    assert checked >= 20


# --------------------------------------------------------------------------- identity
@pytest.mark.anyio
async def test_user_agent_and_default_headers(make_client: Factory, api: Api) -> None:
    client, recorder = make_client(Capture(), default_headers={"X-Team": "shop"})
    assert user_agent() == (
        f"weshop-python/{weshop.__version__} (Python/{platform.python_version()}; "
        f"httpx/{httpx.__version__}; {platform.system()})"
    )
    copy = client.with_options(default_headers={"X-Env": "stage"})
    await api(copy.runs.get, "e-1")
    sent = recorder.requests[-1]
    assert sent.headers["User-Agent"] == user_agent()
    assert sent.headers["X-Team"] == "shop"  # kept by the copy
    assert sent.headers["X-Env"] == "stage"
    await api.close(copy)
    await api.close(client)


def test_downloads_carry_the_identity_but_not_the_default_headers() -> None:
    client = WeShop("k", upload_cache=False, default_headers={"X-Team": "shop"})
    downloads = client._api.files.http.headers
    assert downloads["User-Agent"] == user_agent()
    assert "X-Team" not in downloads
    client.close()


def test_version_has_one_source() -> None:
    import tomllib
    from pathlib import Path

    from weshop._version import __version__

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["hatch"]["version"]["path"] == "weshop/_version.py"
    assert weshop.__version__ == __version__


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_weshop_log_sets_the_logger(value: str, level: int) -> None:
    logger = logging.getLogger("weshop")
    before_level, before_handlers = logger.level, list(logger.handlers)
    try:
        setup_logging({"WESHOP_LOG": value})
        setup_logging({"WESHOP_LOG": value})  # twice: still one handler
        assert logger.level == level
        assert len(logger.handlers) == len(before_handlers) + 1
    finally:
        logger.setLevel(before_level)
        logger.handlers[:] = before_handlers


def test_weshop_log_unset_leaves_logging_alone() -> None:
    logger = logging.getLogger("weshop")
    before = (logger.level, list(logger.handlers))
    setup_logging({})
    setup_logging({"WESHOP_LOG": "verbose"})
    assert (logger.level, list(logger.handlers)) == before


# --------------------------------------------------------------------------- results
@pytest.mark.anyio
async def test_request_id_on_runs_and_estimates(make_client: Factory, api: Api) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"X-Request-Id": f"req-{request.url.path.rsplit('/', 1)[-1]}"}
        if request.url.path.endswith("/agent/runs"):
            return json_response(200, envelope({"executionId": "e-1"}), headers)
        if request.url.path.endswith("/power/estimate") or "estimate" in request.url.path:
            return json_response(200, envelope({"totalPower": 8}), headers)
        return json_response(200, run_answer("e-1", "Success"), headers)

    client, _ = make_client(answer)
    created = await api(client.runs.create, "aiproduct", image=URL, params=GOOD)
    assert created.request_id == "req-runs"
    read = await api(client.runs.get, "e-1")
    assert read.request_id == "req-e-1"
    estimate = await api(client.runs.estimate, "aiproduct", image=URL, params=GOOD)
    assert estimate.request_id is not None
    assert estimate.request_id.startswith("req-")
    await api.close(client)


def _round_trip(model: Any) -> None:
    data = model.to_dict()
    assert json.loads(model.to_json()) == data
    back = type(model).from_dict(json.loads(json.dumps(data)))
    assert back == model
    assert back.to_dict() == data


def test_models_round_trip() -> None:
    result = weshop.RunResult(status="Success", image="https://cdn/x.png", raw={"image": "x"})
    run = weshop.Run(
        execution_id="e-1",
        status="Success",
        results=(result,),
        params={"batchCount": 1},
        power_consumption=2.0,
        idempotency_key="k-1",
        raw={"executionId": "e-1", "future": True},
        request_id="req-1",
    )
    _round_trip(result)
    _round_trip(run)
    assert weshop.Run.from_dict(run.to_dict()).raw == run.raw
    assert weshop.Run.from_dict(run.to_dict()).request_id == "req-1"
    _round_trip(weshop.PowerEstimate(total_power=8.0, type="power", request_id="r"))
    _round_trip(weshop.CustomFashionModel(id=1, name="A", status="complete", images=("u",)))
    _round_trip(weshop.CustomLocation(id=2, name="B", status="prepare"))
    _round_trip(weshop.TaskInfo("aimodel", "v1.0", None, None, executions=(run,)))
    from weshop import _generated as gen

    info = weshop.AgentInfo(
        agent_name="aimodel",
        agent_version="v1.0",
        locations=[gen.models.Location.from_dict({"id": 7, "name": "White Studio"})],
    )
    _round_trip(info)
    assert weshop.AgentInfo.from_dict(info.to_dict()).location("white studio") == 7


@pytest.mark.anyio
async def test_async_run_round_trips_as_itself() -> None:
    run = weshop.AsyncRun(execution_id="e-1", status="Pending")
    _round_trip(run)
    with pytest.raises(RuntimeError, match="not attached"):
        await weshop.AsyncRun.from_dict(run.to_dict()).download(".")


# --------------------------------------------------------------------------- paging
def _info_pages(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params.get("page", "1"))
    names = {1: ["White Studio", "Beach"], 2: ["Loft"]}[page]
    data = {
        "agentName": "aimodel",
        "agentVersion": "v1.0",
        "locations": [{"id": page * 10 + i, "name": n} for i, n in enumerate(names)],
        "pagination": {"locations": {"total": 3, "isLastPage": page == 2}},
    }
    return json_response(200, envelope(data))


@pytest.mark.anyio
async def test_presets_page_by_page(make_client: Factory, flavour: str) -> None:
    client, recorder = make_client(_info_pages)
    pages: list[weshop.AgentInfo] = []
    if flavour == "async":
        assert isinstance(client, AsyncWeShop)
        async for page in client.agents.pages("aimodel", extra_query={"lang": "en"}):
            pages.append(page)
        await client.close()
    else:
        assert isinstance(client, WeShop)
        pages = list(client.agents.pages("aimodel", extra_query={"lang": "en"}))
        client.close()
    assert [[loc.name for loc in page.locations] for page in pages] == [
        ["White Studio", "Beach"],
        ["Loft"],
    ]
    assert [request.url.params["page"] for request in recorder.requests] == ["1", "2"]
    assert all(request.url.params["lang"] == "en" for request in recorder.requests)


def test_a_loop_stopped_early_reads_no_further_page(make_client: Factory, flavour: str) -> None:
    if flavour == "async":
        pytest.skip("one flavour is enough: the sync code is generated from the async")
    client, recorder = make_client(_info_pages)
    assert isinstance(client, WeShop)
    for _page in client.agents.pages("aimodel"):
        break
    assert len(recorder.requests) == 1
    info = client.agents.info("aimodel")
    assert info.location("loft") == 20
    client.close()


# --------------------------------------------------------------------------- one rule
@pytest.mark.anyio
async def test_runs_create_applies_the_spec_facade_default(make_client: Factory, api: Api) -> None:
    capture = Capture()
    client, _ = make_client(capture)
    params = {"generatedContent": "freeCreation", "textDescription": "on marble"}
    await api(client.runs.create, "aiproduct", image=URL, params=params)
    await api(client.aiproduct, URL, generated_content="freeCreation", text_description="on marble")
    by_create, by_method = capture.bodies
    assert (
        by_create["params"]["maskType"] == by_method["params"]["maskType"] == ("autoSubjectSegment")
    )
    # A value given wins over the default.
    await api(
        client.runs.create,
        "aiproduct",
        image=URL,
        params={**params, "maskType": "custom", "customMaskUrl": URL},
    )
    assert capture.bodies[-1]["params"]["maskType"] == "custom"
    await api.close(client)


def test_errors_name_local_images_not_placeholder_urls(tmp_path: Any) -> None:
    from .conftest import png_bytes

    path = tmp_path / "shirt.png"
    path.write_bytes(png_bytes())
    client = WeShop("k", base_url="http://127.0.0.1:9/openapi", upload_cache=False)
    with pytest.raises(weshop.RequestValidationError) as caught:
        client.runs.create("2d-to-3d-image-converter", images=[path, b"raw"], params={})
    text = str(caught.value)
    assert "upload.invalid" not in text
    assert f"<local image {path}>" in text
    assert "<local image: 3 bytes>" in text
    client.close()
