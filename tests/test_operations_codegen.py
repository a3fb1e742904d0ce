"""The facade's operations are generated from the spec (``codegen/operations.py`` →
``weshop/_operations.py``): names, endpoint modules, success models and replay safety."""

from __future__ import annotations

import copy
from types import ModuleType
from typing import Any

import pytest
import yaml

from codegen.operations import OperationsError, operation_facts, render, snake
from codegen.pipeline import ROOT
from weshop import _operations
from weshop._operation import Operation


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8")
    )
    return loaded


def test_every_operation_of_the_spec_is_generated(spec: dict[str, Any]) -> None:
    facts = operation_facts(spec)
    ids = [op["operationId"] for item in spec["paths"].values() for op in item.values()]
    assert [fact.operation_id for fact in facts] == ids
    for fact in facts:
        operation = getattr(_operations, fact.constant)
        assert isinstance(operation, Operation)
        assert (operation.name, operation.replay_safe) == (fact.operation_id, fact.replay_safe)
        operation.check_available()  # the endpoint module and the model exist
        assert operation.success.__name__ == fact.success_model
        module = operation.endpoint()
        assert isinstance(module, ModuleType)
        assert module.__name__.endswith(f".{fact.module}")


def test_replay_safety_follows_the_idempotency_key(spec: dict[str, Any]) -> None:
    unsafe = {fact.operation_id for fact in operation_facts(spec) if not fact.replay_safe}
    assert unsafe == {"createTask", "executeTask", "createMyFashionModel", "createMyLocation"}
    assert _operations.CREATE_RUN.replay_safe  # the facade always sends Idempotency-Key


def test_an_operation_without_x_replay_safe_fails_generation(spec: dict[str, Any]) -> None:
    broken = copy.deepcopy(spec)
    del broken["paths"]["/agent/runs"]["post"]["x-replay-safe"]
    broken["paths"]["/agent/runs/{executionId}"]["get"]["x-replay-safe"] = "yes"
    with pytest.raises(OperationsError) as caught:
        render(broken)
    message = str(caught.value)
    assert "createRun: no `x-replay-safe: true|false`" in message
    assert "getRun: no `x-replay-safe: true|false`" in message


def test_module_names_follow_the_generator() -> None:
    assert snake("createMyFashionModel") == "create_my_fashion_model"
    assert snake("uploadImageV1") == "upload_image_v1"
