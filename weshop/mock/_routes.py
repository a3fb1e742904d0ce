"""The mock's route table, derived from the overlaid spec (nothing here is hand-listed).

For every operation of ``generated/openapi.yaml`` this reads: its method and path, the
statuses it declares, its parameters (with JSON pointers to their schemas, so that
``weshop._spec`` validates them), its request body's media type and schema, which
envelope its errors use, and which fields its success envelope carries. The agent names,
versions, per-agent parameter schemas and their defaults come from the spec as well.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from .._spec import agent_params_schemas, escape_pointer, load_spec, resolve_pointer

__all__ = [
    "BASE_PATH",
    "AgentCatalogue",
    "Operation",
    "Parameter",
    "RouteTable",
    "agent_catalogue",
    "route_table",
]

#: Where the API lives on the mock (and on the service): ``/openapi/agent/runs``.
BASE_PATH: Final = "/openapi"
HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

ErrorStyle = Literal["agent", "legacy"]


def _ref_pointer(ref: str) -> str:
    if not ref.startswith("#"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    return ref[1:]


def _follow(spec: Mapping[str, Any], pointer: str) -> tuple[str, Any]:
    """Follow ``$ref`` chains from ``pointer``; return the final pointer and node."""
    node = resolve_pointer(spec, pointer)
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node and pointer not in seen:
        seen.add(pointer)
        pointer = _ref_pointer(str(node["$ref"]))
        node = resolve_pointer(spec, pointer)
    return pointer, node


@dataclass(frozen=True)
class Parameter:
    """One declared parameter: where it lives and where its schema is."""

    name: str
    location: str  # "query" | "path" | "header"
    required: bool
    schema_pointer: str
    scalar_type: str | None  # "integer" | "number" | "boolean" when a query value needs it


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the mock serves it."""

    operation_id: str
    method: str  # upper case
    path: str  # the spec's path, e.g. /agent/runs/{executionId}
    pointer: str  # JSON pointer of the operation object
    statuses: frozenset[int]
    parameters: tuple[Parameter, ...]
    body_media_type: str | None
    body_schema_pointer: str | None
    body_required: bool
    error_style: ErrorStyle
    success_fields: frozenset[str]
    regex: re.Pattern[str]

    def status(self, wanted: int) -> int:
        """``wanted`` if the operation declares it, else the closest declared fallback.

        The mock only answers with statuses an operation declares; e.g. a body too large
        for an operation without 413 gets its 400.
        """
        for candidate in (wanted, 400, 404, 500):
            if candidate in self.statuses:
                return candidate
        return min(self.statuses)


class RouteTable:
    """Matches a request (method, path under the server base) to an operation."""

    def __init__(self, operations: tuple[Operation, ...]) -> None:
        self.operations = operations
        self.by_id: Mapping[str, Operation] = {op.operation_id: op for op in operations}

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for ``method`` at ``path`` (relative to ``/openapi``), if any."""
        method = method.upper()
        for op in self.operations:
            if op.method != method:
                continue
            found = op.regex.fullmatch(path)
            if found is not None:
                return op, dict(found.groupdict())
        return None

    def methods_at(self, path: str) -> list[str]:
        """The methods of the operations at ``path`` (upper case, sorted; empty if none)."""
        return sorted({op.method for op in self.operations if op.regex.fullmatch(path)})

    def error_style_at(self, path: str) -> ErrorStyle:
        """The error envelope of the operations at ``path``; for a path no operation has,
        the task API's under ``/v1/`` and the agent API's elsewhere."""
        for op in self.operations:
            if op.regex.fullmatch(path):
                return op.error_style
        return "legacy" if path.startswith("/v1/") else "agent"


def _path_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path)
    pattern = "".join(
        f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    return re.compile(pattern)


def _scalar_type(spec: Mapping[str, Any], pointer: str) -> str | None:
    _, schema = _follow(spec, pointer)
    kind = schema.get("type") if isinstance(schema, Mapping) else None
    return kind if kind in ("integer", "number", "boolean") else None


def _response_schema(spec: Mapping[str, Any], pointer: str) -> str | None:
    response_pointer, response = _follow(spec, pointer)
    content = response.get("content") if isinstance(response, Mapping) else None
    if not isinstance(content, Mapping) or "application/json" not in content:
        return None
    return f"{response_pointer}/content/{escape_pointer('application/json')}/schema"


def _operation(
    spec: Mapping[str, Any], path: str, method: str, operation: Mapping[str, Any]
) -> Operation:
    op_pointer = f"/paths/{escape_pointer(path)}/{method}"
    statuses = frozenset(int(code) for code in operation.get("responses", {}) if code.isdigit())
    schemas: dict[int, str] = {}
    for code in operation.get("responses", {}):
        if code.isdigit():
            found = _response_schema(spec, f"{op_pointer}/responses/{code}")
            if found is not None:
                schemas[int(code)] = found

    parameters: list[Parameter] = []
    for index, _ in enumerate(operation.get("parameters", [])):
        param_pointer, param = _follow(spec, f"{op_pointer}/parameters/{index}")
        schema_pointer = f"{param_pointer}/schema"
        parameters.append(
            Parameter(
                name=str(param["name"]),
                location=str(param["in"]),
                required=bool(param.get("required", False)),
                schema_pointer=schema_pointer,
                scalar_type=_scalar_type(spec, schema_pointer),
            )
        )

    media_type: str | None = None
    body_pointer: str | None = None
    body_required = False
    if "requestBody" in operation:
        request_pointer, request_body = _follow(spec, f"{op_pointer}/requestBody")
        media_type = next(iter(request_body.get("content", {})), None)
        if media_type is not None:
            body_pointer = f"{request_pointer}/content/{escape_pointer(media_type)}/schema"
        body_required = bool(request_body.get("required", False))

    # The error envelope: whichever schema the operation's client errors use. The agent
    # API's ErrorEnvelope carries an `error` object; the task API's LegacyEnvelope does not.
    error_style: ErrorStyle = "agent"
    for code in sorted(schemas):
        if 400 <= code < 500:
            _, schema = _follow(spec, schemas[code])
            error_style = "agent" if "error" in schema.get("properties", {}) else "legacy"
            break

    success_fields: frozenset[str] = frozenset()
    if 200 in schemas:
        _, schema = _follow(spec, schemas[200])
        success_fields = frozenset(schema.get("properties", {}))

    return Operation(
        operation_id=str(operation["operationId"]),
        method=method.upper(),
        path=path,
        pointer=op_pointer,
        statuses=statuses,
        parameters=tuple(parameters),
        body_media_type=media_type,
        body_schema_pointer=body_pointer,
        body_required=body_required,
        error_style=error_style,
        success_fields=success_fields,
        regex=_path_regex(path),
    )


@functools.cache
def route_table() -> RouteTable:
    """The route table of the shipped spec (built once)."""
    spec = load_spec()
    operations = [
        _operation(spec, path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]
    return RouteTable(tuple(operations))


@dataclass(frozen=True)
class AgentCatalogue:
    """What the spec says about agents: names, versions and their parameter schemas."""

    names: tuple[str, ...]
    versions: tuple[str, ...]
    params_schemas: Mapping[str, str]  # agent name -> JSON pointer of its params schema

    def params_default(self, agent: str, field: str) -> Any:
        """The spec's default for ``params.<field>`` of ``agent`` (None if it has none)."""
        pointer = self.params_schemas.get(agent)
        if pointer is None:
            return None
        _, schema = _follow(load_spec(), pointer)
        prop = schema.get("properties", {}).get(field, {})
        return prop.get("default") if isinstance(prop, Mapping) else None


@functools.cache
def agent_catalogue() -> AgentCatalogue:
    """Agent names and versions from ``KnownAgentName``/``KnownAgentVersion``, and the
    params schema of each agent that has a named one (:func:`agent_params_schemas`)."""
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    params = {
        name: f"/components/schemas/{schema}" for name, schema in agent_params_schemas().items()
    }
    return AgentCatalogue(
        names=tuple(str(n) for n in schemas["KnownAgentName"]["enum"]),
        versions=tuple(str(v) for v in schemas["KnownAgentVersion"]["enum"]),
        params_schemas=params,
    )
