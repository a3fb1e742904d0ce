"""The agent catalog of the overlaid spec (``x-weshop-agents``), read at run time.

Every catalog agent's inputs ("up to N" images, videos, audios), result kind and params
schema live once, in the spec; the facade, the mock and the CLI read them here. Agent
names stay open: a name the catalog does not know runs under the generic rules, with an
image result.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from ._spec import load_spec, resolve_pointer

__all__ = [
    "MEDIA_INPUTS",
    "AgentEntry",
    "MediaInput",
    "ResultKind",
    "agent_entry",
    "catalog",
    "cli_option",
    "python_name",
    "result_kind",
]

ResultKind = Literal["image", "video"]

#: The media inputs a run can carry, by wire name (``input.<name>`` / ``params.<name>``).
MEDIA_INPUTS: Final = ("images", "videos", "audios")


@dataclass(frozen=True)
class MediaInput:
    """One input an agent takes: whether it is required and how many it takes."""

    required: bool
    max_items: int | None
    min_items: int | None = None


@dataclass(frozen=True)
class AgentEntry:
    """One agent of the catalog, as the spec states it."""

    name: str
    version: str
    summary: str
    source: str
    documented: bool
    inputs: Mapping[str, MediaInput]
    #: ``image``, ``video`` or ``parameter`` (decided by ``result_parameter``).
    result: Mapping[str, Any]
    #: The params JSON Schema with a top-level ``$ref`` resolved.
    params: Mapping[str, Any]
    vendor_command: str | None = None
    #: The typed method's name (``client.catalog.<python_name>``).
    python_name: str = ""
    properties: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @functools.cached_property
    def facade_defaults(self) -> dict[str, Any]:
        """The params the facade sends when not given (the spec's ``x-facade-default``),
        by wire name: the same for typed methods, ``runs.create``, the CLI and batches."""
        return {
            str(wire): schema["x-facade-default"]
            for wire, schema in self.properties.items()
            if isinstance(schema, Mapping) and "x-facade-default" in schema
        }

    @property
    def required_params(self) -> list[str]:
        """Params the agent requires (media inputs not included)."""
        return [str(name) for name in self.params.get("required", [])]

    @property
    def result_kinds(self) -> tuple[ResultKind, ...]:
        """What its runs make: ``("image",)``, ``("video",)`` or both (by a parameter)."""
        kind = self.result.get("kind")
        if kind == "parameter":
            values = self.result.get("values", {})
            kinds = [value for value in values.values() if value in ("image", "video")]
            return tuple(dict.fromkeys(kinds)) or ("image",)
        return ("video",) if kind == "video" else ("image",)

    def result_kind(self, params: Mapping[str, Any]) -> ResultKind:
        """What a run with these params makes."""
        kind = self.result.get("kind")
        if kind == "video":
            return "video"
        if kind == "parameter":
            name = str(self.result.get("parameter"))
            chosen = params.get(name, self.result.get("default"))
            value = self.result.get("values", {}).get(chosen)
            return "video" if value == "video" else "image"
        return "image"


def _entry(name: str, raw: Mapping[str, Any]) -> AgentEntry:
    spec = load_spec()
    params: Mapping[str, Any] = raw.get("params", {})
    if "$ref" in params:
        params = resolve_pointer(spec, str(params["$ref"]).removeprefix("#"))
    inputs = {
        str(wire): MediaInput(
            bool(spec_.get("required")), spec_.get("maxItems"), spec_.get("minItems")
        )
        for wire, spec_ in raw.get("inputs", {}).items()
    }
    return AgentEntry(
        name=name,
        version=str(raw.get("version", "v1.0")),
        summary=str(raw.get("summary", "")),
        source=str(raw.get("source", "")),
        documented=bool(raw.get("documented", True)),
        inputs=inputs,
        result=raw.get("result", {"kind": "image"}),
        params=params,
        vendor_command=raw.get("vendorCommand"),
        python_name=str(raw.get("pythonName") or python_name(name)),
        properties=params.get("properties", {}),
    )


def _raw_agents() -> Mapping[str, Any]:
    raw: Mapping[str, Any] = load_spec().get("x-weshop-agents", {})
    return raw


@functools.cache
def catalog() -> Mapping[str, AgentEntry]:
    """Every agent of the catalog by name (built once)."""
    return {str(name): _built_entry(str(name)) for name in _raw_agents()}


@functools.cache
def _cached_entry(name: str) -> AgentEntry | None:
    # One agent's entry, built on first use: a cold start asking for one agent does not
    # build the other 140-odd (and catalog() shares these very objects).
    raw = _raw_agents().get(name)
    return None if raw is None else _entry(name, raw)


def _built_entry(name: str) -> AgentEntry:
    entry = _cached_entry(name)
    assert entry is not None, name  # a name of the spec's own catalog
    return entry


def agent_entry(name: str) -> AgentEntry | None:
    """The catalog entry of ``name``, or None for an agent the spec does not know."""
    return _cached_entry(name)


def result_kind(agent: str, params: Mapping[str, Any]) -> ResultKind:
    """What a run of ``agent`` with ``params`` makes (image for unknown agents)."""
    entry = agent_entry(agent)
    return entry.result_kind(params) if entry is not None else "image"


def cli_option(wire: str, schema: Mapping[str, Any]) -> str:
    """The command-line option of a parameter: the spec's ``x-cli-option`` (the vendor
    CLI's name, e.g. ``prompt`` for ``textDescription``) or its kebab-cased wire name."""
    named = schema.get("x-cli-option")
    if isinstance(named, str):
        return named
    return re.sub(r"([A-Z])", r"-\1", wire).lower()


def python_name(agent: str) -> str:
    """A Python identifier for an agent name: ``ai-3d-rendering`` → ``ai_3d_rendering``;
    names starting with a digit get an ``agent_`` prefix (``agent_2d_to_3d_image_converter``)."""
    snake = re.sub(r"[^0-9A-Za-z]+", "_", agent).strip("_")
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", snake).lower()
    return f"agent_{snake}" if snake[:1].isdigit() else snake
