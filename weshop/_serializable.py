"""What the public data classes share: ``to_dict()`` / ``to_json()`` / ``from_dict()``
(:class:`Serializable`), and reading a generated model's optional field (:func:`opt`)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from . import _generated as gen

if TYPE_CHECKING:
    from weshop_openapi.types import Unset

_T = TypeVar("_T")


def opt(value: _T | Unset) -> _T | None:
    """A generated model's optional field: ``None`` when the answer left it out."""
    return None if isinstance(value, gen.types.Unset) else value


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data: models as dicts, tuples as lists."""
    if isinstance(value, Serializable) or hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


class Serializable:
    """``to_dict()`` / ``to_json()`` / ``from_dict()`` for the public data classes.

    The dict has the Python field names (``execution_id``), JSON types only (tuples as
    lists; generated preset models in their wire form), ``raw`` included: what a run or
    an estimate said can be stored and read back (``Run.from_dict(run.to_dict()) == run``;
    a run read back is not attached to a client, so it cannot ``download``).
    """

    #: Fields holding nested models: field name → how one item is read back.
    _nested: ClassVar[Mapping[str, Callable[[Any], Any]]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The public fields as JSON-ready data."""
        return {
            item.name: _plain(getattr(self, item.name))
            for item in dataclasses.fields(self)  # type: ignore[arg-type]
            if not item.name.startswith("_")
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as a JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """The model a :meth:`to_dict` made (unknown keys are an error)."""
        values = dict(data)
        for name, read in cls._nested.items():
            if isinstance(values.get(name), list):
                values[name] = tuple(read(item) for item in values[name])
        for item in dataclasses.fields(cls):  # type: ignore[arg-type]
            if isinstance(values.get(item.name), list) and item.name not in cls._nested:
                values[item.name] = _restore_sequence(item.type, values[item.name])
        return cls(**values)


def _restore_sequence(annotation: object, value: list[Any]) -> Any:
    # Tuples went out as lists; the annotation says which fields are tuples.
    return tuple(value) if str(annotation).startswith("tuple") else value
