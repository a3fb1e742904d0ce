"""Run answers read straight from their JSON (``weshop._run_answers``) make the very run
the generated parser's path makes, ``raw`` included — and every answer the readers pass
on (None) is one the generated parser reads or refuses as before."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from weshop import Run, _generated
from weshop._models import (
    created_run,
    execution_run,
    find_execution,
    wire_created_run,
    wire_execution_run,
)
from weshop._raw_answers import PARSE_ERRORS
from weshop._run_answers import WireModel, created_run_data, wire_run

EXECUTION_ID = "e-1"
CREATED: dict[str, Any] = {
    "success": True,
    "data": {
        "executionId": EXECUTION_ID,
        "taskId": "t-1",
        "powerConsumption": 12.0,
        "powerBalanceAmount": 88.5,
    },
    "meta": {"executionId": EXECUTION_ID},
}
EXECUTION: dict[str, Any] = {
    "executionId": EXECUTION_ID,
    "executionTime": "2026-12-04 12:00:00",
    "params": {"maskType": "autoApparelSegment", "batchCount": 1},
    "status": "Running",
    "result": [
        {"status": "Success", "image": "https://cdn.example/a.png", "width": 1024},
        {"status": "Running", "progress": "0.4"},
    ],
}
READ: dict[str, Any] = {
    "success": True,
    "data": {
        "agentName": "aimodel",
        "agentVersion": "v1.0",
        "initParams": {"originalImage": "https://example.com/a.png", "taskName": "x"},
        "executions": [EXECUTION],
        "newDataField": 1,
    },
    "meta": {"executionId": EXECUTION_ID},
}


def _changed(answer: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    """``answer`` with the value at ``path`` replaced (``...``: removed)."""
    changed = copy.deepcopy(answer)
    node: Any = changed
    for part in path[:-1]:
        node = node[part]
    if value is ...:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return changed


def _response(answer: object, status: int = 200) -> httpx.Response:
    content = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
    return httpx.Response(status, content=content, headers={"content-type": "application/json"})


def _generated_client() -> Any:
    return _generated.client.Client(base_url="http://127.0.0.1")


CREATED_ANSWERS: list[tuple[object, int]] = [
    (CREATED, 200),
    (_changed(CREATED, ("meta",), ...), 200),
    (_changed(CREATED, ("meta",), None), 200),
    (_changed(CREATED, ("meta",), [["executionId", "x"]]), 200),
    (_changed(CREATED, ("data", "taskId"), None), 200),
    (_changed(CREATED, ("data", "taskId"), ...), 200),
    (_changed(CREATED, ("data", "newField"), {"a": [1]}), 200),
    (_changed(CREATED, ("data", "executionId"), ...), 200),
    (_changed(CREATED, ("data",), None), 200),
    (_changed(CREATED, ("data",), [1]), 200),
    (_changed(CREATED, ("success",), False), 200),
    (_changed(CREATED, ("success",), 1), 200),
    (_changed(CREATED, ("success",), ...), 200),
    (CREATED, 201),
    (CREATED, 400),
    ([CREATED], 200),
    (b"not json", 200),
]


@pytest.mark.parametrize(("answer", "status"), CREATED_ANSWERS)
def test_a_created_run_read_from_json_is_the_generated_parsers(answer: object, status: int) -> None:
    response = _response(answer, status)
    data = created_run_data(response)
    if data is None:
        return  # the generated parser reads it, as before
    module = _generated.generated_module("api.runs.create_run")
    parsed = module._build_response(client=_generated_client(), response=response).parsed
    assert isinstance(parsed, _generated.models.RunCreatedEnvelope)
    assert parsed.success is True
    expected = created_run(Run, parsed.data, "key", "req", None)
    fast = wire_created_run(Run, data, WireModel("RunCreated", data), "key", "req", None)
    assert fast.fields() == expected.fields()
    assert fast == expected
    assert fast.raw == expected.raw


def test_the_usual_created_answer_is_read_from_json() -> None:
    assert created_run_data(_response(CREATED)) == CREATED["data"]


READ_ANSWERS: list[object] = [
    READ,
    _changed(READ, ("meta",), ...),
    _changed(READ, ("meta",), None),
    _changed(READ, ("data", "initParams"), ...),
    _changed(READ, ("data", "initParams"), None),
    _changed(READ, ("data", "initParams"), "x"),
    _changed(READ, ("data", "agentName"), ...),
    _changed(READ, ("data", "executions"), []),
    _changed(READ, ("data", "executions"), None),
    _changed(READ, ("data", "executions"), ...),
    _changed(READ, ("data", "executions", 0, "status"), "Exploded"),
    _changed(READ, ("data", "executions", 0, "status"), None),
    _changed(READ, ("data", "executions", 0, "status"), ...),
    _changed(READ, ("data", "executions", 0, "executionId"), ...),
    _changed(READ, ("data", "executions", 0, "executionId"), "other"),
    _changed(READ, ("data", "executions", 0, "params"), None),
    _changed(READ, ("data", "executions", 0, "params"), ...),
    _changed(READ, ("data", "executions", 0, "result"), None),
    _changed(READ, ("data", "executions", 0, "result"), ...),
    _changed(READ, ("data", "executions", 0, "result"), []),
    _changed(READ, ("data", "executions", 0, "result", 0, "status"), "Weird"),
    _changed(READ, ("data", "executions", 0, "result", 0), "x"),
    _changed(READ, ("data", "executions", 0, "result", 1, "progress"), 71),
    _changed(
        _changed(READ, ("data", "executions", 0, "result"), ...),
        ("data", "executions", 0, "results"),
        [{"status": "Success", "image": "https://cdn.example/b.png"}, 3],
    ),
    _changed(READ, ("data", "executions", 0, "error"), "boom"),
    _changed(READ, ("data", "executions", 0, "newField"), [1, 2]),
    _changed(
        READ, ("data", "executions"), [{"executionId": "other", "status": "Success"}, EXECUTION]
    ),
    _changed(READ, ("data", "executions"), [EXECUTION, {"executionId": "other", "status": "?"}]),
    _changed(READ, ("data", "executions"), [EXECUTION, {"status": "Success"}]),
    _changed(READ, ("data", "executions"), [EXECUTION, _changed(EXECUTION, ("status",), "Failed")]),
    _changed(READ, ("success",), False),
    _changed(READ, ("data",), None),
]


@pytest.mark.parametrize("answer", READ_ANSWERS)
def test_a_run_read_from_json_is_the_generated_parsers(answer: object) -> None:
    response = _response(answer)
    wire = wire_run(response, EXECUTION_ID)
    if wire is None:
        return  # the generated parser reads it, as before
    module = _generated.generated_module("api.runs.get_run")
    # The reader passed it: the generated parser must read it without complaint.
    parsed = module._build_response(client=_generated_client(), response=response).parsed
    assert isinstance(parsed, _generated.models.RunEnvelope)
    assert parsed.success is True
    execution = find_execution(parsed.data, EXECUTION_ID)
    assert execution is not None
    expected = execution_run(Run, parsed.data, execution, None, request_id="req")
    fast = wire_execution_run(
        Run,
        wire.data,
        wire.execution,
        wire.results,
        WireModel("Execution", wire.execution),
        None,
        request_id="req",
    )
    assert fast.fields() == expected.fields()
    assert fast == expected
    assert fast.raw == expected.raw
    assert [r.raw for r in fast.results] == [r.raw for r in expected.results]


@pytest.mark.parametrize("answer", READ_ANSWERS)
def test_an_answer_the_generated_parser_refuses_is_never_read_from_json(answer: object) -> None:
    response = _response(answer)
    module = _generated.generated_module("api.runs.get_run")
    try:
        parsed = module._build_response(client=_generated_client(), response=response).parsed
    except PARSE_ERRORS:
        assert wire_run(response, EXECUTION_ID) is None
        return
    found = None
    if isinstance(parsed, _generated.models.RunEnvelope) and parsed.success is True:
        found = find_execution(parsed.data, EXECUTION_ID)
    if found is None:
        assert wire_run(response, EXECUTION_ID) is None


def test_the_usual_answers_are_read_from_json() -> None:
    wire = wire_run(_response(READ), EXECUTION_ID)
    assert wire is not None
    assert wire.execution == EXECUTION
    assert wire_run(_response(READ), "no-such-execution") is None


@pytest.mark.parametrize(("answer", "status"), CREATED_ANSWERS)
def test_a_created_answer_the_generated_parser_refuses_is_never_read_from_json(
    answer: object, status: int
) -> None:
    response = _response(answer, status)
    module = _generated.generated_module("api.runs.create_run")
    try:
        parsed = module._build_response(client=_generated_client(), response=response).parsed
    except PARSE_ERRORS:
        assert created_run_data(response) is None
        return
    if not (isinstance(parsed, _generated.models.RunCreatedEnvelope) and parsed.success is True):
        assert created_run_data(response) is None
