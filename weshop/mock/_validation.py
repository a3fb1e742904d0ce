"""Validating a request against its operation: parameters and body, per the spec.

Every rule comes from the overlaid spec through ``weshop._spec``; this module only finds
the values (query, path, header, cookie; a JSON or multipart body), types query values
the way their schemas do, and names each broken field and rule (a 400's message).
"""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request

from .._spec import SpecValidator, Violation, spec_validator
from ._bodies import TooComplex, parse_json
from ._multipart import MultipartError, Part, parse_content_type, parse_multipart
from ._recording import multipart_summary
from ._routes import Operation

__all__ = ["RequestValidator"]


class RequestValidator:
    """The spec's rules applied to a request's parameters and body.

    Every check of the mock, the task API's agent params included, goes through
    :meth:`violations` (the contract tests' lax variants replace it on the instance).
    """

    def __init__(self, validator: SpecValidator | None = None) -> None:
        self.validator = validator or spec_validator()

    def violations(self, pointer: str, instance: object) -> list[Violation]:
        """The rules ``instance`` breaks, per ``weshop._spec`` (whose quick path makes a
        valid instance cost microseconds)."""
        return self.validator.violations(pointer, instance)

    def parameters(
        self,
        op: Operation,
        request: Request,
        raw_query: dict[str, list[str]],
        path_params: dict[str, str],
        violations: list[Violation],
    ) -> dict[str, Any]:
        """The operation's parameters, typed; what breaks a rule goes to ``violations``."""
        values: dict[str, Any] = {}
        for param in op.parameters:
            if param.location == "query":
                found = raw_query.get(param.name)
                raw: str | None = found[-1] if found else None
            elif param.location == "path":
                raw = path_params.get(param.name)
            elif param.location == "header":
                raw = request.headers.get(param.name)
            else:
                raw = request.cookies.get(param.name)
            if raw is None:
                if param.required:
                    violations.append(Violation(param.name, "required", "is required"))
                continue
            value = _coerce(raw, param.scalar_type)
            for violation in self.violations(param.schema_pointer, value):
                name = f"{param.name}.{violation.field}" if violation.field else param.name
                violations.append(Violation(name, violation.rule, violation.message))
            values[param.name] = value
        return values

    def body(
        self, op: Operation, request: Request, raw: bytes, violations: list[Violation]
    ) -> tuple[Any, list[Part]]:
        """The parsed body (a multipart body as its summary, with its parts); what breaks
        a rule goes to ``violations``."""
        if op.body_media_type is None or op.body_schema_pointer is None:
            return None, []
        declared = request.headers.get("content-type", "")
        media_type, params = parse_content_type(declared)
        expected = op.body_media_type
        if not raw:
            if op.body_required:
                violations.append(Violation("", "required", f"a {expected} body is required"))
            return None, []
        if not _media_type_matches(media_type, expected):
            got = media_type or "none"
            violations.append(
                Violation("", "content-type", f"Content-Type must be {expected}, got {got}")
            )
            return None, []
        if expected == "multipart/form-data":
            try:
                parts = parse_multipart(raw, params.get("boundary", ""))
            except MultipartError as exc:
                violations.append(Violation("", "multipart", str(exc)))
                return None, []
            instance = {part.name: "" for part in parts}
            violations.extend(self.violations(op.body_schema_pointer, instance))
            return multipart_summary(parts), parts
        try:
            body = parse_json(raw)
        except TooComplex as exc:
            violations.append(Violation("", "json-containers", str(exc)))
            return None, []
        except (ValueError, RecursionError) as exc:
            message = f"the body is not valid JSON ({_short(exc)})"
            violations.append(Violation("", "json", message))
            return None, []
        try:
            violations.extend(self.violations(op.body_schema_pointer, body))
        except RecursionError:
            violations.append(Violation("", "json", "the body is nested too deeply"))
        return body, []


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:119] + "…"


def _coerce(raw: str, scalar_type: str | None) -> Any:
    """A query value as the parameter's schema types it (left a string if it is not one,
    so that validation reports the type rule)."""
    if scalar_type == "integer" and re.fullmatch(r"[+-]?\d{1,4000}", raw):
        return int(raw)  # any size: the schema bounds it, not the parser
    if scalar_type == "number":
        try:
            number = float(raw)
        except ValueError:
            return raw
        return number if number == number and abs(number) != float("inf") else raw
    if scalar_type == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw


def _media_type_matches(media_type: str, expected: str) -> bool:
    if expected == "application/json":
        return media_type == "application/json" or (
            media_type.startswith("application/") and media_type.endswith("+json")
        )
    return media_type == expected
