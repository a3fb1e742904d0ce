"""Every agent of the catalog, from its spec entry: valid runs succeed and invalid ones are
refused — over HTTP against the mock (``tests/mock/test_mock_catalog.py`` does the HTTP
half for the bodies) and here through the facade, typed methods and ``runs.create`` alike,
where a broken rule sends nothing at all."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests.catalog_cases import invalid_runs, valid_params, valid_run
from weshop import RequestValidationError, WeShop
from weshop._catalog import catalog
from weshop._typed_agents import BUILDERS
from weshop.mock import MockServer

AGENTS = sorted(catalog())


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(speed=1000) as server:
        yield server


@pytest.fixture(scope="module")
def client(mock: MockServer) -> Iterator[WeShop]:
    with WeShop(api_key="k-catalog", base_url=mock.base_url, upload_cache=False) as weshop:
        yield weshop


def _sent(mock: MockServer) -> int:
    return sum(mock.state.stats.requests.values())


def test_every_agent_has_a_typed_method() -> None:
    assert set(BUILDERS) == set(AGENTS)
    for agent, builder in BUILDERS.items():
        assert builder.__name__ == catalog()[agent].python_name


@pytest.mark.parametrize("agent", AGENTS)
def test_valid_runs_go_out_and_invalid_ones_send_nothing(
    client: WeShop, mock: MockServer, agent: str
) -> None:
    entry = catalog()[agent]
    body = valid_run(entry)
    run = client.runs.create(
        agent,
        images=body["params"].get("images"),
        videos=body["params"].get("videos"),
        image=body["input"].get("originalImage") if _takes_image(agent) else None,
        params={k: v for k, v in body["params"].items() if k not in ("images", "videos")},
    )
    assert run.execution_id
    for case in invalid_runs(entry):
        before = _sent(mock)
        params = dict(case.body["params"])
        lists = {wire: params.pop(wire) for wire in ("images", "videos") if wire in params}
        image = case.body["input"].get("originalImage") if _takes_image(agent) else None
        if "./local/" in json.dumps(lists):
            continue  # a local image is uploaded, not refused: covered below
        if case.why.removesuffix(" missing") in entry.facade_defaults:
            # The facade fills it from the spec's x-facade-default: the run goes out.
            client.runs.create(agent, image=image, **lists, params=params)
            assert _sent(mock) > before, case.why
            continue
        with pytest.raises(RequestValidationError) as raised:
            client.runs.create(agent, image=image, **lists, params=params)
        assert _sent(mock) == before, case.why
        assert case.field in str(raised.value), (case.why, str(raised.value))


@pytest.mark.parametrize("agent", AGENTS)
def test_the_typed_method_builds_the_same_run(agent: str) -> None:
    entry = catalog()[agent]
    keywords: dict[str, Any] = {}
    for wire, value in valid_params(entry).items():
        keywords[_snake(wire)] = value
    for wire, spec in entry.inputs.items():
        if spec.required and wire in ("images", "videos", "audios"):
            keywords[wire] = ["https://cdn.example.com/x"] * (spec.min_items or 1)
    positional = ["https://cdn.example.com/x.png"] if _takes_image(agent) else []
    call = BUILDERS[agent](*positional, **keywords)
    assert call.agent == agent
    sent = dict(call.params)
    assert sent.pop("batchCount", 1) == 1  # always sent where the agent has it
    assert sent == valid_params(entry)


def _takes_image(agent: str) -> bool:
    original = catalog()[agent].inputs.get("originalImage")
    return original is not None and original.required


def _snake(wire: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in wire)


def test_a_local_video_is_refused_before_anything_is_sent(client: WeShop, mock: MockServer) -> None:
    before = _sent(mock)
    with pytest.raises(RequestValidationError, match="no upload endpoint for videos"):
        client.catalog.ai_video_enhancer(videos=["clip.mp4"])
    assert _sent(mock) == before


def test_too_many_images_and_unknown_enum_values_send_nothing(
    client: WeShop, mock: MockServer
) -> None:
    before = _sent(mock)
    with pytest.raises(RequestValidationError, match=r"params\.images"):
        client.catalog.ai_collage_maker(
            images=[f"https://cdn.example.com/{i}.png" for i in range(11)]
        )
    with pytest.raises(RequestValidationError, match=r"params\.modelName"):
        client.runs.create("midjourney", params={"textDescription": "x", "modelName": "v99"})
    assert _sent(mock) == before
