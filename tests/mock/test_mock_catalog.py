"""The mock serves the whole agent catalog: both wire layouts, each agent's rules, results of
the agent's kind (real MP4 videos with posters), estimates for every agent."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

from contract_tests.catalog_cases import invalid_runs, media_url, valid_run
from weshop._catalog import catalog
from weshop.mock import MockServer

from .helpers import wait_until

AGENTS = sorted(catalog())


def _finished(client: httpx.Client, body: dict[str, Any]) -> list[dict[str, Any]]:
    created = client.post("/agent/runs", json=body)
    assert created.status_code == 200, created.text
    execution_id = created.json()["data"]["executionId"]
    result: list[dict[str, Any]] = []

    def done() -> bool:
        execution = client.get(f"/agent/runs/{execution_id}").json()["data"]["executions"][0]
        result[:] = execution["result"]
        return bool(execution["status"] == "Success")

    assert wait_until(done, timeout=10)
    return result


def test_the_catalog_holds_every_documented_and_vendor_agent() -> None:
    entries = catalog()
    assert sum(entry.documented for entry in entries.values()) == 120
    assert len(entries) == 142
    assert {"midjourney", "kling", "sora-2", "ai-collage-maker", "veo-ai"} <= set(entries)


@pytest.mark.parametrize("agent", AGENTS)
def test_every_agent_runs_estimates_and_refuses_what_breaks_its_rules(
    client: httpx.Client, agent: str
) -> None:
    entry = catalog()[agent]
    body = valid_run(entry)
    estimate = client.post("/agent/power-estimates", json=body)
    assert estimate.status_code == 200, estimate.text
    assert estimate.json()["data"]["totalPower"] > 0
    for case in invalid_runs(entry):
        answer = client.post("/agent/runs", json=case.body)
        assert answer.status_code == 400, (case.why, answer.text)
        assert case.field in answer.json()["error"]["message"], case.why


@pytest.mark.parametrize(
    "agent", [name for name in AGENTS if catalog()[name].result_kinds == ("video",)][:6]
)
def test_video_agents_answer_playable_mp4_with_a_poster(client: httpx.Client, agent: str) -> None:
    result = _finished(client, valid_run(catalog()[agent]))
    assert result
    assert all("video" in item and "image" not in item for item in result)
    video = httpx.get(result[0]["video"])
    assert video.status_code == 200
    assert video.headers["content-type"] == "video/mp4"
    poster = httpx.get(result[0]["videoPoster"])
    assert poster.headers["content-type"] == "image/png"
    av = pytest.importorskip("av", reason="PyAV decodes the video (dev extra)")
    with av.open(io.BytesIO(video.content)) as container:
        frames = list(container.decode(video=0))
    assert len(frames) > 1
    assert frames[0].width > 0


def test_generated_type_decides_the_result_kind(client: httpx.Client) -> None:
    body = valid_run(catalog()["ai-bikini-model"])
    assert "video" in _finished(client, body)[0]  # the page's default: video
    body["params"]["generatedType"] = "image"
    assert "image" in _finished(client, body)[0]


def test_both_documented_layouts_are_accepted(client: httpx.Client) -> None:
    urls = [media_url("images", i) for i in range(3)]
    reference_layout = {
        "agent": {"name": "ai-collage-maker", "version": "v1.0"},
        "input": {"images": urls},
        "params": {},
    }
    vendor_layout = {
        "agent": {"name": "ai-collage-maker", "version": "v1.0"},
        "input": {"originalImage": urls[0]},
        "params": {"images": urls},
    }
    video_layouts = [
        {"input": {"videos": [media_url("videos")]}, "params": {}},
        {"input": {"videos": [media_url("videos")]}, "params": {"videos": [media_url("videos")]}},
    ]
    for body in (reference_layout, vendor_layout):
        assert client.post("/agent/runs", json=body).status_code == 200
    for layout in video_layouts:
        body = {"agent": {"name": "ai-video-enhancer", "version": "v1.0"}, **layout}
        assert client.post("/agent/runs", json=body).status_code == 200


def test_text_only_agents_need_no_image(client: httpx.Client) -> None:
    body = {
        "agent": {"name": "midjourney", "version": "v1.0"},
        "input": {},
        "params": {"textDescription": "a lighthouse at dusk", "modelName": "Midjourney_7"},
    }
    assert "image" in _finished(client, body)[0]


def test_an_unknown_agent_runs_under_the_generic_rules(client: httpx.Client) -> None:
    body: dict[str, Any] = {
        "agent": {"name": "released-tomorrow", "version": "v1.0"},
        "input": {},
        "params": {},
    }
    assert client.post("/agent/runs", json=body).status_code == 200
    body["params"] = {"images": ["/home/me/photo.png"]}
    answer = client.post("/agent/runs", json=body)
    assert answer.status_code == 400
    assert "params.images.0" in answer.json()["error"]["message"]


def test_results_of_image_runs_are_not_served_as_video(shared_mock: MockServer) -> None:
    with httpx.Client(base_url=shared_mock.base_url, headers={"Authorization": "k-x"}) as client:
        image = _finished(client, valid_run(catalog()["ai-aging"]))[0]["image"]
        assert httpx.get(image.rsplit(".", 1)[0] + ".mp4").status_code == 404
