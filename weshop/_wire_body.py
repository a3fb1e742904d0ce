"""A validated request body handed to a generated endpoint as it is, without building
the generated model from it only for the endpoint to turn that model back into a dict.

The generated endpoints call one method of their ``body``: ``to_dict()``, whose result
httpx serialises. A generated model's ``to_dict()`` may order keys differently from the
validated dict (extra keys first, then the declared ones in declared order), and the
bytes on the wire must not change. So the first body of each *shape* (its keys, and the
keys of its object members, in order) goes through the model once and the two JSON texts
are compared: when they are the same the dict is sent as it is for that shape from then
on, otherwise that shape keeps going through the model. The test suite checks the bytes
are the same either way (``tests/facade/test_wire_body.py``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final, Protocol, Self, TypeVar, cast

__all__ = ["wire_body"]


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


M = TypeVar("M", bound=_Model)

#: Shapes seen so far, per model: whether the dict goes out as the model would send it.
_SAME_BYTES: dict[tuple[type[Any], tuple[object, ...]], bool] = {}
#: Enough for every shape a program sends; past it, new shapes are checked every time.
_MAX_SHAPES: Final = 1024


class _WireBody:
    """The validated dict, answering the generated endpoint's ``to_dict()``."""

    __slots__ = ("_body",)

    def __init__(self, body: dict[str, Any]) -> None:
        self._body = body

    def to_dict(self) -> dict[str, Any]:
        return self._body


def _shape(body: dict[str, Any]) -> tuple[object, ...]:
    return tuple(
        [(key, tuple(value)) if type(value) is dict else key for key, value in body.items()]
    )


def wire_body(model: type[M], body: dict[str, Any]) -> M:
    """What to pass a generated endpoint as ``body``: ``body`` itself when the model would
    send the same bytes, else the model built from it."""
    key = (model, _shape(body))
    same = _SAME_BYTES.get(key)
    if same is None:
        built = model.from_dict(body)
        same = json.dumps(built.to_dict()) == json.dumps(body)
        if len(_SAME_BYTES) < _MAX_SHAPES:
            _SAME_BYTES[key] = same
        if not same:
            return built
    if same:
        # Stands in for the model: the endpoint only calls ``to_dict()`` on it.
        return cast(M, _WireBody(body))
    return model.from_dict(body)
