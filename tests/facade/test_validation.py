"""Requests are checked against the overlaid spec before anything is sent; the typed
agents build the documented wire bodies (batchCount always explicit)."""

from __future__ import annotations

import base64
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import weshop
from weshop._agents import AGENT_BUILDERS, wire_name
from weshop._spec import load_spec

from .conftest import Api, Client, Factory, FakeTime, envelope, json_response, png_bytes, run_answer

URL = "https://cdn.example/garment.png"
GOOD = {
    "generatedContent": "freeCreation",
    "maskType": "autoSubjectSegment",
    "textDescription": "on a table",
    "batchCount": 1,
}


def runs_create(agent: str, params: dict[str, Any], **kw: Any) -> Callable[[Client], Any]:
    return lambda c: c.runs.create(agent, image=kw.pop("image", URL), params=params, **kw)


CASES: list[tuple[str, Callable[[Client], Any], str, str]] = [
    (
        "bad enum",
        runs_create("aiproduct", {**GOOD, "maskType": "bogus"}),
        "params.maskType",
        "enum",
    ),
    (
        "batch too big",
        runs_create("aiproduct", {**GOOD, "batchCount": 40}),
        "params.batchCount",
        "maximum",
    ),
    (
        "no reference",
        runs_create(
            "aiproduct", {"generatedContent": "freeCreation", "maskType": "autoSubjectSegment"}
        ),
        "params",
        "aiproduct-reference",
    ),
    (
        "custom mask missing",
        runs_create("aiproduct", {**GOOD, "maskType": "custom"}),
        "params",
        "custom-mask",
    ),
    (
        "task name too long",
        runs_create("aiproduct", GOOD, task_name="x" * 21),
        "input.taskName",
        "maxLength",
    ),
    (
        "callback not http",
        runs_create("aiproduct", GOOD, callback_url="ftp://x/y"),
        "callbackUrl",
        "pattern",
    ),
    (
        "remove bg without background",
        lambda c: c.remove_background(URL),
        "params",
        "removebg-background",
    ),
    (
        "bad hex",
        lambda c: c.remove_background(URL, background_hex="white"),
        "params.backgroundHex",
        "pattern",
    ),
    (
        "try-on custom without text",
        lambda c: c.virtual_try_on(URL, generate_version="weshopFlash", description_type="custom"),
        "params.textDescription",
        "virtualtryon-custom-description",
    ),
    (
        "bananaPro without size",
        lambda c: c.virtual_try_on(URL, generate_version="bananaPro", description_type="auto"),
        "params.imageSize",
        "virtualtryon-image-size",
    ),
    (
        "aspect ratio on flash",
        lambda c: c.virtual_try_on(
            URL, generate_version="weshopFlash", description_type="auto", aspect_ratio="1:1"
        ),
        "params.generateVersion",
        "virtualtryon-aspect-ratio",
    ),
    (
        "empty pose",
        lambda c: c.aipose(URL, text_description=""),
        "params.textDescription",
        "minLength",
    ),
    (
        "canvas too big",
        lambda c: c.expand_image(URL, target_width=5000, target_height=1000),
        "params.targetWidth",
        "maximum",
    ),
    (
        "aimodel without reference",
        lambda c: c.aimodel(URL, generated_content="freeCreation", mask_type="autoApparelSegment"),
        "params",
        "aimodel-reference",
    ),
    (
        "batch zero",
        lambda c: c.aiproduct(
            URL, generated_content="freeCreation", text_description="x", batch_count=0
        ),
        "params.batchCount",
        "minimum",
    ),
    (
        "estimate too",
        lambda c: c.runs.estimate("aiproduct", image=URL, params={**GOOD, "batchCount": 17}),
        "params.batchCount",
        "maximum",
    ),
    ("empty agent name", runs_create("", GOOD), "agent.name", "anyOf"),
    ("task query without handle", lambda c: c.tasks.query(), "", "task-query-handle"),
    (
        "too many model images",
        lambda c: c.fashion_models.create([URL] * 5, name="m"),
        "images",
        "maxItems",
    ),
    (
        "location image not a url",
        lambda c: c.locations.create("ftp://x/y.png", name="l"),
        "image",
        "upload-readable",
    ),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("label", "call", "field", "rule"), CASES, ids=[c[0] for c in CASES])
async def test_invalid_requests_send_nothing(
    make_client: Factory,
    api: Api,
    label: str,
    call: Callable[[Client], Any],
    field: str,
    rule: str,
) -> None:
    client, recorder = make_client()  # any request fails the test
    with pytest.raises(weshop.RequestValidationError) as caught:
        await api(call, client)
    error = caught.value
    assert (field, rule) in [(v.field, v.rule) for v in error.violations], error.violations
    assert rule in str(error)
    if field:
        assert field in str(error)
    assert recorder.requests == []
    await api.close(client)


@pytest.mark.anyio
async def test_params_are_checked_before_a_local_image_is_uploaded(
    make_client: Factory, api: Api
) -> None:
    client, recorder = make_client()
    with pytest.raises(weshop.RequestValidationError, match="batchCount"):
        await api(
            client.aiproduct,
            png_bytes(),
            generated_content="freeCreation",
            text_description="x",
            batch_count=99,
        )
    assert recorder.requests == []
    await api.close(client)


class Capture:
    """Answers uploads, run creation and reads; keeps the run bodies."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.uploads = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/assets/images"):
            self.uploads += 1
            return json_response(
                200, envelope({"image": f"https://cdn.example/u{self.uploads}.png"})
            )
        if path.endswith("/agent/runs"):
            self.bodies.append(json.loads(request.content))
            return json_response(200, envelope({"executionId": "e-1", "powerConsumption": 8}))
        return json_response(200, run_answer("e-1", "Success"))


@pytest.mark.anyio
async def test_typed_agents_build_wire_bodies(make_client: Factory, api: Api) -> None:
    capture = Capture()
    client, _ = make_client(capture)
    run = await api(
        client.aiproduct,
        URL,
        generated_content="referToOrigin",
        text_description="studio",
        location_tag_ids=(1, 2),
        wait=False,
    )
    assert run.status == "Pending"
    assert run.power_consumption == 8
    await api(
        client.aimodel,
        URL,
        generated_content="freeCreation",
        mask_type="custom",
        custom_mask=b"\x89PNG-mask",
        fashion_model_id=7,
        pose="freePose",
        wait=False,
    )
    await api(
        client.virtual_try_on,
        png_bytes(),
        generate_version="bananaPro",
        description_type="auto",
        image_size="2K",
        fashion_model_image=png_bytes(900, 900),
        location_image=URL,
        batch_count=3,
        task_name="try",
        wait=False,
    )
    product, model, tryon = capture.bodies
    assert product == {
        "agent": {"name": "aiproduct", "version": "v1.0"},
        "input": {"originalImage": URL},
        "params": {
            "generatedContent": "referToOrigin",
            "maskType": "autoSubjectSegment",
            "textDescription": "studio",
            "locationTagIds": [1, 2],
            "batchCount": 1,
        },
    }
    assert model["params"]["customMask"] == base64.b64encode(b"\x89PNG-mask").decode()
    assert model["params"]["batchCount"] == 1  # sent even when left at the default
    assert tryon["input"] == {
        "originalImage": "https://cdn.example/u1.png",
        "fashionModelImage": "https://cdn.example/u2.png",
        "locationImage": URL,
        "taskName": "try",
    }
    assert tryon["params"] == {
        "generateVersion": "bananaPro",
        "descriptionType": "auto",
        "imageSize": "2K",
        "batchCount": 3,
    }
    await api.close(client)


@pytest.mark.anyio
async def test_any_agent_name_works_with_plain_params(make_client: Factory, api: Api) -> None:
    capture = Capture()
    client, _ = make_client(capture)
    await api(
        client.runs.create,
        "videoagent",
        image=URL,
        params={"anything": [1, 2]},
        version="v2.0",
        callback_url="https://hooks.example/done",
    )
    assert capture.bodies == [
        {
            "agent": {"name": "videoagent", "version": "v2.0"},
            "input": {"originalImage": URL},
            # batchCount is always sent, so the server's default never decides the bill
            "params": {"batchCount": 1, "anything": [1, 2]},
            "callbackUrl": "https://hooks.example/done",
        }
    ]
    await api(client.runs.create, "videoagent", image=URL, params={"batchCount": 3})
    assert capture.bodies[-1]["params"] == {"batchCount": 3}
    await api.close(client)


@pytest.mark.anyio
async def test_further_input_images_go_into_input_by_wire_name(
    make_client: Factory, api: Api, png: Path
) -> None:
    capture = Capture()
    client, _ = make_client(capture)
    params = {"generateVersion": "weshopFlash", "descriptionType": "auto", "batchCount": 1}
    await api(
        client.runs.create,
        "virtualtryon",
        image=URL,
        inputs={"fashionModelImage": "https://cdn.example/model.png", "locationImage": png},
        params=params,
    )
    (body,) = capture.bodies
    assert body["input"]["originalImage"] == URL
    assert body["input"]["fashionModelImage"] == "https://cdn.example/model.png"
    assert body["input"]["locationImage"].startswith("http")  # the local file, uploaded
    with pytest.raises(TypeError, match="image="):
        await api(
            client.runs.create, "aimodel", image=URL, inputs={"originalImage": URL}, params={}
        )
    await api.close(client)


@pytest.mark.anyio
async def test_wait_true_returns_the_finished_run_with_creation_facts(
    make_client: Factory, api: Api, fake_time: FakeTime
) -> None:
    client, recorder = make_client(Capture())
    run = await api(client.expand_image, URL, target_width=2048, target_height=2048)
    # No read right after submitting (it could only say "Pending"): a short wait first.
    assert [r.method for r in recorder.requests] == ["POST", "GET"]
    assert fake_time.sleeps == [pytest.approx(0.25, rel=0.11)]
    assert run.succeeded
    assert run.images
    assert run.power_consumption == 8
    assert run.idempotency_key
    await api.close(client)


@pytest.mark.parametrize("method", sorted(AGENT_BUILDERS))
def test_typed_parameters_are_properties_of_the_spec(method: str) -> None:
    """The snake_case keywords map onto the agent's params schema: no drift, no typos."""
    build, schema = AGENT_BUILDERS[method]
    properties = load_spec()["components"]["schemas"][schema]["properties"]
    run_options = {
        "version",
        "wait",
        "timeout",
        "on_progress",
        "idempotency_key",
        "task_name",
        "callback_url",
        "extra_body",
        "fashion_model_image",
        "location_image",
    }
    parameters = [
        name
        for name, p in inspect.signature(build).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY and name not in run_options
    ]
    assert parameters
    for name in parameters:
        assert wire_name(name) in properties, (method, name)
    # ...and every documented parameter has a keyword.
    assert {wire_name(n) for n in parameters} == set(properties)


def test_typed_enums_come_from_the_generated_literals() -> None:
    hints = inspect.get_annotations(AGENT_BUILDERS["aimodel"][0], eval_str=True)
    from weshop_openapi.models import AimodelParamsMaskType

    assert hints["mask_type"] == AimodelParamsMaskType


def test_status_words_the_facade_relies_on_are_in_the_spec() -> None:
    from weshop._models import TERMINAL_STATUSES

    schemas = load_spec()["components"]["schemas"]
    assert {"Success", "Failed"} == TERMINAL_STATUSES
    assert set(schemas["Execution"]["properties"]["status"]["enum"]) >= TERMINAL_STATUSES
    assert set(schemas["ResultItem"]["properties"]["status"]["enum"]) >= TERMINAL_STATUSES
    for name in ("MyFashionModel", "MyLocation"):
        assert {"complete", "failed"} <= set(schemas[name]["properties"]["status"]["enum"])
