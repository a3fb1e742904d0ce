"""Valid and invalid runs for every catalog agent, generated from its spec entry.

``valid_run(entry)`` is the smallest run the agent's rules accept (its required params,
its required media at their minimum counts) in the vendor CLI's wire layout;
``invalid_runs(entry)`` breaks one rule at a time — an enum value the agent does not
offer, one medium more than "up to N", a required param or input left out, a local path
where a URL must be — and names the field that must be reported.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from weshop._catalog import MEDIA_INPUTS, AgentEntry

__all__ = ["InvalidRun", "invalid_runs", "media_url", "valid_params", "valid_run"]


def media_url(wire: str, index: int = 0) -> str:
    """A public-looking URL for one input of kind ``wire`` (images, videos, audios)."""
    ext = {"images": "png", "videos": "mp4", "audios": "mp3"}[wire]
    return f"https://cdn.example.com/{wire}/{index}.{ext}"


def _value(schema: Mapping[str, Any]) -> Any:
    if "enum" in schema:
        return schema.get("default", schema["enum"][0])
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind == "integer":
        return int(schema.get("default", schema.get("minimum", 1)))
    if kind == "boolean":
        return True
    if kind == "array":
        return ["web_search"]
    return str(schema.get("default", "a calm scene, soft light")) or "text"


#: Params the six need beyond their `required` list (their at-least-one-of rules).
_SIX_EXTRAS: Mapping[str, Mapping[str, Any]] = {
    "aimodel": {"textDescription": "street style"},
    "aiproduct": {"textDescription": "on a marble table"},
    "removeBG": {"backgroundHex": "#ffffff"},
    "expandimage": {"targetWidth": 2048, "targetHeight": 2048},
    "virtualtryon": {"textDescription": "in a park"},
}


def valid_params(entry: AgentEntry) -> dict[str, Any]:
    """The agent's required params, each with a value its schema accepts."""
    params = {
        name: _value(entry.properties[name])
        for name in entry.required_params
        if name in entry.properties and name not in MEDIA_INPUTS
    }
    params.update(_SIX_EXTRAS.get(entry.name, {}))
    return params


def valid_run(entry: AgentEntry) -> dict[str, Any]:
    """The smallest run body of ``entry`` its rules accept (vendor CLI layout)."""
    params = valid_params(entry)
    run_input: dict[str, Any] = {"taskName": "catalog"}
    for wire, spec in entry.inputs.items():
        if not spec.required:
            continue
        if wire in MEDIA_INPUTS:
            params[wire] = [media_url(wire, i) for i in range(max(1, spec.min_items or 1))]
        else:
            run_input[wire] = media_url("images")
    if "images" in params:
        run_input.setdefault("originalImage", params["images"][0])
    return {
        "agent": {"name": entry.name, "version": entry.version},
        "input": run_input,
        "params": params,
    }


@dataclass(frozen=True)
class InvalidRun:
    """A run breaking exactly one rule; ``field`` must be named in the error."""

    why: str
    field: str
    body: dict[str, Any]


def invalid_runs(entry: AgentEntry) -> Iterator[InvalidRun]:
    """One run per rule of ``entry``, each breaking only that rule."""
    base = valid_run(entry)
    for name, schema in entry.properties.items():
        if "enum" in schema and name not in MEDIA_INPUTS:
            body = copy.deepcopy(base)
            body["params"][name] = "not-a-documented-value"
            yield InvalidRun(f"{name} outside its enum", f"params.{name}", body)
        if schema.get("type") == "integer" and "maximum" in schema:
            body = copy.deepcopy(base)
            body["params"][name] = int(schema["maximum"]) + 1
            yield InvalidRun(f"{name} above its maximum", f"params.{name}", body)
    for name in entry.required_params:
        if name in base["params"]:
            body = copy.deepcopy(base)
            del body["params"][name]
            yield InvalidRun(f"{name} missing", f"params.{name}", body)
    for wire, spec in entry.inputs.items():
        if wire not in MEDIA_INPUTS:
            if spec.required:
                body = copy.deepcopy(base)
                del body["input"][wire]
                yield InvalidRun(f"input.{wire} missing", f"input.{wire}", body)
            continue
        if spec.max_items is not None:
            body = copy.deepcopy(base)
            body["params"][wire] = [media_url(wire, i) for i in range(spec.max_items + 1)]
            yield InvalidRun(f"more {wire} than up to {spec.max_items}", f"params.{wire}", body)
        if spec.required:
            body = copy.deepcopy(base)
            body["params"].pop(wire, None)
            yield InvalidRun(f"{wire} missing", "", body)
        body = copy.deepcopy(base)
        body["params"][wire] = [f"./local/{wire}.bin"]
        yield InvalidRun(f"a local path in params.{wire}", f"params.{wire}.0", body)
