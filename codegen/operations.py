"""Render ``weshop/_operations.py`` — one ``Operation`` per operation of the spec.

Part of ``nox -s generate`` (and checked by ``nox -s drift``). For each operation of the
overlaid spec: its ``operationId``, the generated endpoint module (openapi-python-client's
snake_case of the operationId), the model of its 2xx answer (the ``$ref``'d schema's name)
and ``replay_safe`` from the overlay's ``x-replay-safe`` extension. Generation fails,
naming the operations, when one lacks ``x-replay-safe`` or a 2xx JSON schema reference.
Nothing in the output is typed by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

HEADER: Final = '''"""The spec's operations — GENERATED from generated/openapi.yaml by
codegen/operations.py (``nox -s generate``); do not edit, ``nox -s drift`` checks it.

Each is an :class:`~weshop._operation.Operation`: the generated endpoint module, the model
of its success answer, and whether a repeated request is harmless (the overlay's
``x-replay-safe``, which says why for each operation).
"""

from __future__ import annotations

from typing import Final

from . import _generated as gen
from ._operation import Operation

'''

HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class OperationsError(Exception):
    """The spec does not say enough to generate the operations."""


@dataclass(frozen=True)
class OperationFacts:
    """What the facade needs to know about one operation."""

    operation_id: str
    module: str
    success_model: str
    replay_safe: bool

    @property
    def constant(self) -> str:
        """``createMyFashionModel`` → ``CREATE_MY_FASHION_MODEL``."""
        return self.module.upper()


def snake(operation_id: str) -> str:
    """The generated module name: ``createMyFashionModel`` → ``create_my_fashion_model``,
    ``uploadImageV1`` → ``upload_image_v1`` (openapi-python-client's rule for these ids)."""
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id).lower()


def _success_model(operation: Mapping[str, Any]) -> str | None:
    for status, response in sorted(operation.get("responses", {}).items()):
        if not str(status).startswith("2"):
            continue
        for media in response.get("content", {}).values():
            ref = media.get("schema", {}).get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                return ref.rsplit("/", 1)[-1]
    return None


def operation_facts(spec: Mapping[str, Any]) -> list[OperationFacts]:
    """Every operation of ``spec``, in the spec's order; :class:`OperationsError` lists
    each operation that lacks ``x-replay-safe`` (a boolean) or a 2xx schema reference."""
    found: list[OperationFacts] = []
    problems: list[str] = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
            replay_safe = operation.get("x-replay-safe")
            model = _success_model(operation)
            if not isinstance(replay_safe, bool):
                problems.append(
                    f"{operation_id}: no `x-replay-safe: true|false` (add it in the overlay, "
                    "saying why a repeated request is or is not harmless)"
                )
            if model is None:
                problems.append(f"{operation_id}: no 2xx response with a schema $ref")
            if "operationId" not in operation:
                problems.append(f"{method.upper()} {path}: no operationId")
            if isinstance(replay_safe, bool) and model is not None:
                found.append(OperationFacts(operation_id, snake(operation_id), model, replay_safe))
    if problems:
        raise OperationsError("cannot generate the operations:\n  " + "\n  ".join(problems))
    return found


def render(spec: Mapping[str, Any]) -> str:
    """The source of ``weshop/_operations.py`` (unformatted; the pipeline runs ruff)."""
    facts = operation_facts(spec)
    parts = [HEADER]
    for fact in facts:
        parts.append(
            f"{fact.constant}: Final = Operation(\n"
            f"    {fact.operation_id!r},\n"
            f"    lambda: gen.{fact.module},\n"
            f"    lambda: gen.models.{fact.success_model},\n"
            f"    {fact.replay_safe!r},\n"
            ")\n"
        )
    names = ", ".join(repr(fact.constant) for fact in facts)
    parts.append(f"\n__all__ = [{names}]\n")
    return "\n".join(parts)
