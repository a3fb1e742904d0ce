"""What the command line reads from the overlaid spec: agent names, run statuses, enums,
defaults, rules and limits (never re-typed here). Light: no client, no HTTP, so help
text can be built from it without importing the facade."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from ..spec import agent_params_schemas, image_constraints, load_spec

__all__ = [
    "agent_wire_name",
    "batch_count_range",
    "enum_default",
    "enum_values",
    "known_agents",
    "params_schema",
    "parse_param_value",
    "required_params",
    "run_statuses",
    "spec_rules",
    "task_name_max_length",
    "upload_limits_text",
]


@functools.cache
def _schemas() -> Mapping[str, Any]:
    schemas: Mapping[str, Any] = load_spec()["components"]["schemas"]
    return schemas


def known_agents() -> list[str]:
    """The documented agent names (``KnownAgentName`` in the spec)."""
    return [str(name) for name in _schemas()["KnownAgentName"]["enum"]]


def run_statuses() -> list[str]:
    """A run's statuses, in the spec's order."""
    return [str(status) for status in _schemas()["Execution"]["properties"]["status"]["enum"]]


def _agent_params_refs() -> Mapping[str, str]:
    """Agent name → its params schema name (the spec's ``x-weshop-agents.<name>.params``)."""
    return agent_params_schemas()


def agent_wire_name(name: str) -> str:
    """A documented agent's exact name for ``name`` in any case (``removebg`` →
    ``removeBG``); other names are returned as given."""
    for known in known_agents():
        if known.casefold() == name.casefold():
            return known
    return name


def params_schema(agent: str) -> Mapping[str, Any] | None:
    """The params schema of a documented agent (``None`` for others)."""
    name = _agent_params_refs().get(agent_wire_name(agent))
    return None if name is None else _schemas()[name]


def required_params(agent: str) -> list[str]:
    """The params a documented agent requires (its params schema's ``required``)."""
    schema = params_schema(agent) or {}
    return [str(name) for name in schema.get("required", [])]


def batch_count_range() -> tuple[int, int]:
    """The smallest ``minimum`` and largest ``maximum`` of ``batchCount`` over the
    documented agents' params schemas."""
    found = [
        prop
        for name in _agent_params_refs().values()
        if (prop := _schemas()[name].get("properties", {}).get("batchCount")) is not None
    ]
    return min(int(p["minimum"]) for p in found), max(int(p["maximum"]) for p in found)


def task_name_max_length() -> int:
    """``RunInput.taskName``'s ``maxLength``."""
    return int(_schemas()["RunInput"]["properties"]["taskName"]["maxLength"])


def upload_limits_text() -> str:
    """The upload limits in words, from the spec (e.g. "png, jpeg or webp; at most 10 MB;
    both sides larger than 512 px; aspect ratio below 2")."""
    limits = image_constraints()
    kinds = list(dict.fromkeys(media.partition("/")[2] for media in limits.media_types.values()))
    listed = ", ".join(kinds[:-1]) + f" or {kinds[-1]}" if len(kinds) > 1 else kinds[0]
    size = limits.max_bytes / (1024 * 1024)
    ratio = limits.max_aspect_ratio_exclusive
    return (
        f"{listed}; at most {size:g} MB; both sides larger than {limits.min_side_exclusive} "
        f"px; aspect ratio below {ratio:g}"
    )


def _property(agent: str, prop: str) -> Mapping[str, Any]:
    schema = params_schema(agent)
    properties = {} if schema is None else schema.get("properties", {})
    found: Mapping[str, Any] = properties.get(prop, {})
    return found


def enum_values(agent: str, prop: str) -> list[str]:
    """The enum of a params property of an agent, in the spec's order (``[]`` if none)."""
    return [str(value) for value in _property(agent, prop).get("enum", [])]


def enum_default(agent: str, prop: str) -> str | None:
    """The spec's (server-side) default of a params property, if it states one."""
    default = _property(agent, prop).get("default")
    return None if default is None else str(default)


def spec_rules(agent: str) -> list[str]:
    """The descriptions of an agent's cross-field rules (the overlay's ``x-rule``s)."""
    schema = params_schema(agent) or {}
    return [
        str(rule["description"])
        for rule in schema.get("allOf", [])
        if isinstance(rule, Mapping) and "x-rule" in rule and "description" in rule
    ]


def parse_param_value(agent: str, key: str, text: str) -> Any:
    """A parameter value given as text (``--param key=value``, a CSV cell).

    Parsed as JSON when it parses (``4`` → 4, ``true`` → True, ``[1,2]`` → a list),
    else kept as text — except for parameters the spec types as strings, which are always
    kept as text (so ``--param textDescription=123`` stays ``"123"``).
    """
    if _property(agent, key).get("type") == "string":
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def info_kinds() -> tuple[str, ...]:
    """The preset kinds of an agent's info, as ``--kind`` values and JSON keys: the
    spec's ``AgentInfo`` array properties."""
    properties = load_spec()["components"]["schemas"]["AgentInfo"]["properties"]
    return tuple(str(name) for name, prop in properties.items() if prop.get("type") == "array")
