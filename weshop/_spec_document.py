"""The overlaid OpenAPI document the package ships — loaded once and addressed by JSON
pointer — and what is read straight off it: parameters of an operation, agents' params
schemas, the upload limits. Validation against it lives in :mod:`weshop._spec`."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "ImageConstraints",
    "agent_params_schemas",
    "escape_pointer",
    "image_constraints",
    "load_spec",
    "operation_parameters",
    "parameter_pointer",
    "resolve_pointer",
    "schema_at",
]

_SPEC_FILE: Final = "openapi.yaml"


_PARSED_FILE: Final = "openapi.parsed.json"


def _spec_files() -> tuple[Traversable, Traversable]:
    """The overlaid spec of *this* copy's generated package (a vendored copy reads its own)
    and, beside it, its parsed form (``openapi.parsed.json``, written with it by
    ``python -m codegen generate``). An installed wheel carries both inside that package;
    a source checkout (or an editable install) keeps them in generated/ beside it."""
    from ._generated import GENERATED_PACKAGE, generated_package_dir

    packaged = generated_package_dir()
    source_tree = [packaged.parent] if isinstance(packaged, Path) else []
    for directory in [packaged, *source_tree]:
        if directory.joinpath(_SPEC_FILE).is_file():
            return directory.joinpath(_SPEC_FILE), directory.joinpath(_PARSED_FILE)
    raise FileNotFoundError(
        f"the overlaid spec {_SPEC_FILE} is missing from {GENERATED_PACKAGE!r}: vendor"
        " 'weshop_openapi' from a built wheel (it ships the spec inside the package)"
    )


def _spec_text() -> str:
    return _spec_files()[0].read_text(encoding="utf-8")


@functools.cache
def load_spec() -> Mapping[str, Any]:
    """Return the overlaid spec shipped with the package (parsed once, then cached).

    It is read from ``openapi.parsed.json`` when that file records the sha256 of the YAML
    beside it (JSON parses in ~2 ms; the YAML parser costs more than ``import httpx``);
    otherwise — the YAML edited or patched after generation — the YAML itself is parsed."""
    yaml_file, parsed_file = _spec_files()
    yaml_bytes = yaml_file.read_bytes()
    if parsed_file.is_file():
        import hashlib
        import json

        parsed = _without_collections(json.loads, parsed_file.read_bytes())
        if (
            isinstance(parsed, dict)
            and parsed.get("yaml_sha256") == hashlib.sha256(yaml_bytes).hexdigest()
        ):
            spec: Mapping[str, Any] = parsed["spec"]
            return spec
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return cast("Mapping[str, Any]", yaml.load(yaml_bytes.decode("utf-8"), Loader=loader))


def _without_collections(parse: Callable[[bytes], Any], data: bytes) -> Any:
    """``parse(data)`` with the cyclic garbage collector paused: parsing the spec makes
    some 6,600 containers, enough for a dozen collections — among them, at a cold start,
    older-generation ones walking everything imported so far — that can find nothing
    (parsed JSON has no cycles) and cost up to several times the parse itself."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return parse(data)
    finally:
        if enabled:
            gc.enable()


@functools.cache
def agent_params_schemas() -> Mapping[str, str]:
    """Agent name → the component schema of its params (``aimodel`` → ``AimodelParams``),
    for the agents whose params schema is a named component (the six of the main
    overlay): ``x-weshop-agents.<name>.params`` is a reference to it."""
    found: dict[str, str] = {}
    prefix = "#/components/schemas/"
    for name, entry in load_spec().get("x-weshop-agents", {}).items():
        params = entry.get("params") if isinstance(entry, Mapping) else None
        ref = params.get("$ref") if isinstance(params, Mapping) else None
        if isinstance(ref, str) and ref.startswith(prefix):
            found[str(name)] = ref.removeprefix(prefix)
    return found


def resolve_pointer(spec: Mapping[str, Any], pointer: str) -> Any:
    """The node at a JSON pointer into ``spec`` (``$ref`` is not followed)."""
    node: Any = spec
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def escape_pointer(token: str) -> str:
    """A JSON pointer token for ``token`` (``/agent/runs`` becomes ``~1agent~1runs``)."""
    return token.replace("~", "~0").replace("/", "~1")


def operation_parameters(operation_id: str) -> Iterator[tuple[Mapping[str, Any], str]]:
    """Each parameter of an operation with the JSON pointer to it (``$ref`` followed)."""
    spec = load_spec()
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or operation.get("operationId") != operation_id:
                continue
            for index, parameter in enumerate(operation.get("parameters", [])):
                pointer = f"/paths/{escape_pointer(path)}/{method}/parameters/{index}"
                if isinstance(parameter, Mapping) and isinstance(parameter.get("$ref"), str):
                    pointer = str(parameter["$ref"]).removeprefix("#")
                    parameter = resolve_pointer(spec, pointer)
                if isinstance(parameter, Mapping):
                    yield parameter, pointer


@functools.cache
def parameter_pointer(operation_id: str, name: str) -> str:
    """The JSON pointer to the schema of parameter ``name`` of operation ``operation_id``,
    e.g. ``parameter_pointer("getAgentInfo", "pageSize")``. Raises ``KeyError`` if absent."""
    for parameter, pointer in operation_parameters(operation_id):
        if parameter.get("name") == name:
            return f"{pointer}/schema"
    raise KeyError(f"operation {operation_id!r} has no parameter {name!r}")


def schema_at(pointer: str) -> Any:
    """The node of the overlaid spec at a JSON pointer (``$ref`` is not followed)."""
    return resolve_pointer(load_spec(), pointer)


@dataclass(frozen=True)
class ImageConstraints:
    """What an uploaded image must be: the overlay's ``x-image-constraints`` on ``ImageUpload``.

    ``media_types`` maps each accepted format name (``png``, ``jpeg``, ``jpg``, ``webp``) to
    its media type; an image must be at most ``max_bytes`` long, have both sides greater
    than ``min_side_exclusive`` pixels and an aspect ratio below ``max_aspect_ratio_exclusive``.
    """

    media_types: Mapping[str, str]
    max_bytes: int
    min_side_exclusive: int
    max_aspect_ratio_exclusive: float
    #: Size limit of an image referenced by URL when creating a fashion model or location.
    max_referenced_bytes: int


@functools.cache
def image_constraints() -> ImageConstraints:
    """The upload limits stated in the shipped overlaid spec."""
    image = load_spec()["components"]["schemas"]["ImageUpload"]["properties"]["image"]
    limits = image["x-image-constraints"]
    schemas = load_spec()["components"]["schemas"]
    model_image = schemas["MyFashionModelCreateRequest"]["properties"]["images"]["items"]
    return ImageConstraints(
        media_types=dict(limits["mediaTypes"]),
        max_bytes=int(limits["maxBytes"]),
        min_side_exclusive=int(limits["minSideExclusive"]),
        max_aspect_ratio_exclusive=float(limits["maxAspectRatioExclusive"]),
        max_referenced_bytes=int(model_image["x-image-max-bytes"]),
    )
