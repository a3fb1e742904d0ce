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

from typing import TYPE_CHECKING, Final

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
    tag: str
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
                tags = operation.get("tags") or ["default"]
                found.append(
                    OperationFacts(
                        operation_id, snake(str(tags[0])), snake(operation_id), model, replay_safe
                    )
                )
    if problems:
        raise OperationsError("cannot generate the operations:\n  " + "\n  ".join(problems))
    return found


def render(spec: Mapping[str, Any]) -> str:
    """The source of ``weshop/_operations.py`` (unformatted; the pipeline runs ruff)."""
    facts = operation_facts(spec)
    names = ", ".join(repr(fact.constant) for fact in facts)
    parts = [HEADER, f"__all__ = [{names}]\n"]
    # mypy reads the first branch: the generated modules themselves, so every Operation is
    # typed by its endpoint's signature. At run time (the second branch) the endpoint and
    # the model are looked up through weshop._generated when first used, never at import.
    typed = ["from weshop_openapi import models"] + [
        f"from weshop_openapi.api.{fact.tag} import {fact.module}" for fact in facts
    ]
    parts.append("if TYPE_CHECKING:\n" + "".join(f"    {line}\n" for line in typed))
    parts += [_constant(fact, "", "models.", "    ") for fact in facts]
    parts.append("else:\n")
    parts += [_constant(fact, "gen.", "gen.models.", "    ") for fact in facts]
    return "\n".join(parts)


def _constant(fact: OperationFacts, endpoint: str, models: str, indent: str) -> str:
    return (
        f"{indent}{fact.constant}: Final = Operation(\n"
        f"{indent}    {fact.operation_id!r},\n"
        f"{indent}    lambda: {endpoint}{fact.module},\n"
        f"{indent}    lambda: {models}{fact.success_model},\n"
        f"{indent}    {fact.replay_safe!r},\n"
        f"{indent})\n"
    )
