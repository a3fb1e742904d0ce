"""What the spec gained before the facade did: ``extra_body`` on run creation, the raw
answer on results; and a generated operation that is gone disables only its methods."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import weshop
from weshop import _generated

from .conftest import Api, Factory, envelope, json_response, run_answer
from .test_validation import GOOD, URL, Capture


@pytest.mark.anyio
async def test_extra_body_fields_are_validated_and_sent(make_client: Factory, api: Api) -> None:
    capture = Capture()
    client, _ = make_client(capture)
    await api(
        client.runs.create,
        "aiproduct",
        image=URL,
        params=GOOD,
        extra_body={"region": "eu", "params": {"newOption": 2}},
    )
    body = capture.bodies[-1]
    assert body["region"] == "eu"
    assert body["params"] == {**GOOD, "newOption": 2}  # merged into params, not replacing

    # The merged body is what is validated: a broken known field is still refused.
    with pytest.raises(weshop.RequestValidationError, match=r"params\.maskType"):
        await api(
            client.runs.create,
            "aiproduct",
            image=URL,
            params=GOOD,
            extra_body={"params": {"maskType": "bogus"}},
        )
    await api.close(client)


@pytest.mark.anyio
async def test_typed_agents_take_extra_body(make_client: Factory, api: Api) -> None:
    capture = Capture()
    client, _ = make_client(capture)
    await api(client.remove_background, URL, background_hex="#ffffff", extra_body={"region": "eu"})
    assert capture.bodies[-1]["region"] == "eu"
    await api.close(client)


@pytest.mark.anyio
async def test_results_keep_the_raw_answer(make_client: Factory, api: Api) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/agent/runs"):
            return json_response(200, envelope({"executionId": "e-1", "newCreationField": 1}))
        body: dict[str, Any] = run_answer("e-1", "Success")
        execution = body["data"]["executions"][0]
        execution["newExecutionField"] = "x"
        execution["result"][0]["width"] = 1024
        return json_response(200, body)

    client, _ = make_client(answer)
    created = await api(client.runs.create, "aiproduct", image=URL, params=GOOD)
    assert created.raw["newCreationField"] == 1
    run = await api(client.runs.get, "e-1")
    assert run.raw["newExecutionField"] == "x"
    assert run.results[0].raw["width"] == 1024
    assert "raw" not in repr(run.results[0])
    await api.close(client)


@pytest.mark.anyio
async def test_a_missing_operation_disables_only_its_methods(
    make_client: Factory, api: Api, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As after regenerating from a spec without the power-estimates operation.
    real = _generated._endpoint

    def endpoint(name: str) -> Any:
        if name == "estimate_power":
            raise weshop.OperationUnavailableError(
                name, module=f"{_generated.GENERATED_PACKAGE}.api.*.{name}"
            )
        return real(name)

    monkeypatch.delattr(_generated, "estimate_power", raising=False)
    monkeypatch.setattr(_generated, "_endpoint", endpoint)
    capture = Capture()
    client, recorder = make_client(capture)
    try:
        with pytest.raises(weshop.OperationUnavailableError, match="estimate_power is not in"):
            await api(client.runs.estimate, "aiproduct", image=URL, params=GOOD)
        assert recorder.requests == []  # nothing was sent, not even an upload
        run = await api(client.runs.create, "aiproduct", image=URL, params=GOOD)
        assert run.execution_id == "e-1"
    finally:
        await api.close(client)
    assert isinstance(weshop.OperationUnavailableError("x", module="m"), weshop.WeShopError)


def test_generated_module_names_what_is_missing() -> None:
    with pytest.raises(weshop.OperationUnavailableError) as caught:
        _generated.generated_module("api.runs.no_such_operation")
    assert caught.value.module == f"{_generated.GENERATED_PACKAGE}.api.runs.no_such_operation"
    with pytest.raises(weshop.OperationUnavailableError, match="NoSuchModel"):
        _generated.generated_attr("models", "NoSuchModel")
    assert _generated.generated_literals("AimodelParamsPose", "Gone")["Gone"] is str
    assert json.dumps(sorted(_generated.__all__))


@pytest.mark.parametrize("kind", [weshop.Run, weshop.AsyncRun])
def test_a_run_from_fields_equals_the_dataclass_built_one(kind: type[weshop.Run]) -> None:
    """``from_fields`` (the read path's shortcut past the frozen ``__init__``) fills in
    every field the dataclass declares, exactly as ``__init__`` would."""
    import dataclasses

    from weshop._models import RunFields, RunResult

    fields = RunFields(
        execution_id="e1",
        status="Success",
        results=(RunResult(image="https://cdn.example.com/a.png", status="Success"),),
        error=None,
        task_id="t1",
        agent_name="aimodel",
        agent_version="v1.0",
        execution_time="2026-12-02 10:00:00",
        params={"batchCount": 1},
        power_consumption=2.0,
        power_balance=98.0,
        idempotency_key="k",
        raw={"executionId": "e1", "future": True},
        request_id="req-1",
    )
    files = object()
    built = kind.from_fields(fields, files)
    assert set(RunFields.__annotations__) | {"_files"} == {f.name for f in dataclasses.fields(kind)}
    assert built == kind(**fields, _files=files)  # type: ignore[arg-type]
    assert {f.name: getattr(built, f.name) for f in dataclasses.fields(kind)} == {
        **fields,
        "_files": files,
    }
    assert repr(built) == repr(kind(**fields))
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.status = "Failed"  # type: ignore[misc]
