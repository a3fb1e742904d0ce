"""The answers of ``createRun`` and ``getRun`` read straight from their JSON.

Every run started or polled goes through one of these two answers, and the generated
parser builds a tree of envelope models from each (envelope, meta, data, executions...)
only for the facade to copy a few fields into a run. When an answer has exactly the shape
the generated parser reads without complaint — a ``200``, ``success: true``, each object
where the spec has one, each enum value one the spec lists — these readers take the
fields from the JSON instead. Any other answer (an error, an unknown status, ``null``
where an object belongs, no such execution...) makes them return ``None``, and the
generated parser reads it as before, with the same result or the same error.

``run.raw`` stays what it was, the generated model's ``to_dict()``: :class:`WireModel`
makes it from the JSON when first asked for (most runs never are).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, TypeGuard

import httpx

from . import _generated as gen
from ._raw_answers import PARSE_ERRORS
from ._spec_document import schema_at

if TYPE_CHECKING:
    from weshop_openapi.models import ResultItem

__all__ = ["WireModel", "WireRun", "created_run_data", "wire_run"]

_OK: Final = 200


class WireModel:
    """Stands for a generated model in a run's ``raw``: the model's ``to_dict()``, made
    from the answer's JSON when asked for."""

    __slots__ = ("_data", "_model")

    def __init__(self, model: str, data: dict[str, Any]) -> None:
        self._model = model  # the name of the generated model (``RunCreated``)
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        built: Any = getattr(gen.models, self._model).from_dict(self._data)
        result: dict[str, Any] = built.to_dict()
        return result


@dataclass(frozen=True)
class _Shape:
    """What the generated parser of a component schema insists on, read off the spec: the
    required fields, and the fields it parses as objects (nested models, free-form objects)
    or as lists when present."""

    required: tuple[str, ...]
    objects: tuple[str, ...]
    lists: tuple[str, ...]

    def fits(self, value: object) -> TypeGuard[dict[str, Any]]:
        """Whether ``value`` is an object the generated parser reads as it is."""
        return (
            type(value) is dict
            and all(name in value for name in self.required)
            and all(type(value[name]) is dict for name in self.objects if name in value)
            and all(type(value[name]) is list for name in self.lists if name in value)
        )


@functools.cache
def _shape(schema: str) -> _Shape:
    node = schema_at(f"/components/schemas/{schema}")
    properties: dict[str, Any] = node.get("properties", {})

    def kind(prop: dict[str, Any]) -> object:
        if "$ref" in prop:
            return schema_at(str(prop["$ref"]).removeprefix("#")).get("type")
        return prop.get("type")

    return _Shape(
        required=tuple(node.get("required", ())),
        objects=tuple(name for name, prop in properties.items() if kind(prop) == "object"),
        lists=tuple(name for name, prop in properties.items() if kind(prop) == "array"),
    )


def _envelope_data(response: httpx.Response) -> dict[str, Any] | None:
    """``data`` of a success envelope (``meta`` absent or an object), else None."""
    if response.status_code != _OK:
        return None
    try:
        answer = response.json()
    except ValueError:
        return None
    if type(answer) is not dict or answer.get("success") is not True:
        return None
    if "meta" in answer and type(answer["meta"]) is not dict:
        return None
    data = answer.get("data")
    return data if type(data) is dict else None


def created_run_data(response: httpx.Response) -> dict[str, Any] | None:
    """``data`` of a ``createRun`` success answer (``RunCreated``: ``executionId`` and
    optional fields), or None when the generated parser must read the answer."""
    data = _envelope_data(response)
    return data if data is not None and _shape("RunCreated").fits(data) else None


@dataclass(frozen=True)
class WireRun:
    """A ``getRun`` success answer: its ``data``, the execution asked for, and that
    execution's result items (parsed by the generated ``ResultItem``; None when it has
    no ``result`` field)."""

    data: dict[str, Any]
    execution: dict[str, Any]
    results: list[ResultItem] | None


def wire_run(response: httpx.Response, execution_id: str) -> WireRun | None:
    """The execution ``execution_id`` of a ``getRun`` success answer (``RunData``), or
    None when the generated parser must read the answer: a shape it would refuse or read
    differently, or no such execution (its path then says so)."""
    data = _envelope_data(response)
    if data is None or not _shape("RunData").fits(data):
        return None
    executions = data["executions"]
    found: WireRun | None = None
    try:
        for execution in executions:
            plain = found is None and _plain_execution(execution)
            if plain and execution["executionId"] == execution_id:
                found = WireRun(data, execution, _result_items(execution))
                continue
            # Any other execution: parsed as the generated parser would (it must parse).
            gen.models.Execution.from_dict(execution)
    except PARSE_ERRORS:
        return None
    return found


def _plain_execution(execution: object) -> bool:
    """Whether an execution is an object the generated ``Execution`` reads as it is (its
    status is checked against the spec's enum by :func:`_result_items`)."""
    return _shape("Execution").fits(execution) and type(execution["status"]) is str


@functools.cache
def _check_execution_status() -> Callable[[str], object]:
    check: Callable[[str], object] = gen.generated_attr(
        "models.execution_status", "check_execution_status"
    )
    return check


def _result_items(execution: dict[str, Any]) -> list[ResultItem] | None:
    _check_execution_status()(execution["status"])  # raises as the generated parser would
    if "result" not in execution:
        return None
    read = gen.models.ResultItem.from_dict
    return [read(item) for item in execution["result"]]
