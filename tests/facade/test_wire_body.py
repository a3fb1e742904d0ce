"""The validated run body is sent as it is (no generated model built and taken apart
again) only where the bytes on the wire are those the generated model would send."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from weshop import _generated
from weshop._wire_body import wire_body

from .conftest import Api, Factory, envelope, json_response, run_answer
from .test_validation import GOOD, URL

AGENT = {"name": "aiproduct", "version": "v1.0"}

#: Bodies in the facade's order, and in orders the generated model changes (extra keys,
#: declared keys after extra ones, nested extra objects).
BODIES: list[dict[str, Any]] = [
    {"agent": AGENT, "input": {"originalImage": URL}, "params": {"batchCount": 1}},
    {
        "agent": AGENT,
        "input": {"originalImage": URL, "taskName": "t"},
        "params": {"images": [URL], "batchCount": 1},
        "callbackUrl": "https://hooks.example/x",
    },
    {
        "callbackUrl": "https://hooks.example/x",
        "region": "eu",
        "params": {"videos": ["https://v.example/a.mp4"], "newOption": {"b": 1, "a": [2]}},
        "input": {"locationImage": URL, "originalImage": URL, "x": 1},
        "agent": {"version": "v1.0", "name": "aiproduct", "extra": True},
    },
    {"agent": AGENT, "input": {}, "params": {}, "region": {"zone": "eu-1", "tier": 2}},
]


def _model_bytes(body: dict[str, Any]) -> str:
    return json.dumps(_generated.models.RunRequest.from_dict(body).to_dict())


@pytest.mark.parametrize("body", BODIES)
def test_wire_body_sends_the_bytes_the_generated_model_would(body: dict[str, Any]) -> None:
    expected = _model_bytes(body)
    for _ in range(2):  # the first sight of a shape, then the remembered answer
        sent = wire_body(_generated.models.RunRequest, json.loads(json.dumps(body)))
        assert json.dumps(sent.to_dict()) == expected


@pytest.mark.anyio
async def test_runs_create_sends_the_model_bytes(make_client: Factory, api: Api) -> None:
    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/agent/runs"):
            sent.append(request.content)
            return json_response(200, envelope({"executionId": "e-1", "powerConsumption": 8}))
        return json_response(200, run_answer("e-1", "Success"))

    client, _ = make_client(handler)
    calls: list[dict[str, Any]] = [
        {},
        {"callback_url": "https://hooks.example/x", "task_name": "t"},
        {"extra_body": {"region": "eu", "params": {"newOption": {"b": 1, "a": 2}}}},
        {"inputs": {"locationImage": URL}, "extra_body": {"input": {"x": 1}}},
    ]
    for _ in range(2):
        for extra in calls:
            await api(client.runs.create, "aiproduct", image=URL, params=dict(GOOD), **extra)
    assert len(sent) == 2 * len(calls)
    for content in sent:
        body = json.loads(content)
        # Key order included: the model's order, whatever the arguments.
        assert json.dumps(body) == _model_bytes(body)
    assert sent[: len(calls)] == sent[len(calls) :]
