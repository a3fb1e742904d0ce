"""The generation pipeline: overlaid spec, provenance, drift detection, typed models."""

from __future__ import annotations

import hashlib
import importlib
import json
import shutil
import typing
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from openapi_spec_validator import validate

from codegen.overlay import OverlayError
from codegen.pipeline import (
    DEFAULT_PATHS,
    LIVE_SPEC_URL,
    PipelineError,
    PipelinePaths,
    build_overlaid_spec,
    check_expected_models,
    compare_trees,
    dump_spec,
    generate,
)

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
COMMITTED_SPEC = GENERATED / "openapi.yaml"

OPERATIONS = {
    ("post", "/agent/runs"): "createRun",
    ("get", "/agent/runs/{executionId}"): "getRun",
    ("post", "/agent/assets/images"): "uploadImage",
    ("post", "/agent/power-estimates"): "estimatePower",
    ("get", "/v1/agent/info"): "getAgentInfo",
    ("post", "/v1/agent/task/create"): "createTask",
    ("post", "/v1/agent/task/execute"): "executeTask",
    ("post", "/v1/agent/task/query"): "queryTask",
    ("post", "/v1/agent/task/delete"): "deleteTask",
    ("post", "/v1/asset/upload/image"): "uploadImageV1",
    ("post", "/v1/agent/myFashionModel/create"): "createMyFashionModel",
    ("get", "/v1/agent/myFashionModel/query"): "queryMyFashionModel",
    ("post", "/v1/agent/myFashionModel/delete"): "deleteMyFashionModel",
    ("post", "/v1/agent/myLocation/create"): "createMyLocation",
    ("get", "/v1/agent/myLocation/query"): "queryMyLocation",
    ("post", "/v1/agent/myLocation/delete"): "deleteMyLocation",
}
AGENT_PARAMS = [
    "AimodelParams",
    "AiproductParams",
    "AiposeParams",
    "ExpandimageParams",
    "RemovebgParams",
    "VirtualtryonParams",
]


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))
    return loaded


def test_committed_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_committed_spec_is_the_overlay_applied_to_the_pin() -> None:
    assert dump_spec(build_overlaid_spec()) == COMMITTED_SPEC.read_text(encoding="utf-8")


def test_spec_holds_every_documented_operation(spec: dict[str, Any]) -> None:
    found = {
        (method, path): op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    assert found == OPERATIONS


def test_spec_basics(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == "https://openapi.weshop.ai/openapi"
    scheme = spec["components"]["securitySchemes"]["apiKey"]
    assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", "Authorization")
    create = spec["paths"]["/agent/runs"]["post"]
    assert any(p.get("$ref", "").endswith("/IdempotencyKey") for p in create["parameters"])
    assert "callbackUrl" in spec["components"]["schemas"]["RunRequest"]["properties"]
    link = create["responses"]["200"]["links"]["GetRunByExecutionId"]
    assert link == {
        "operationId": "getRun",
        "parameters": {"executionId": "$response.body#/data/executionId"},
        "description": link["description"],
    }
    description = spec["info"]["description"]
    assert LIVE_SPEC_URL in description
    for document in ("2026-04-02", "2024-06-18", "2025-05-13", "weshop-cli"):
        assert document in description


def _walk(node: object) -> typing.Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_upstream_enums_survive_the_overlay() -> None:
    # The reconstructed snapshot is plain today, but the vendor's real spec may carry its
    # own enums: the overlay must keep each one as the vendor states it (an overlay enum
    # that disagrees fails generation), wherever the node still exists.
    upstream = yaml.safe_load(DEFAULT_PATHS.upstream.read_text(encoding="utf-8"))
    overlaid = yaml.safe_load(COMMITTED_SPEC.read_text(encoding="utf-8"))

    def enums(node: object, where: tuple[str | int, ...]) -> typing.Iterator[tuple[Any, ...]]:
        if isinstance(node, dict):
            if isinstance(node.get("enum"), list):
                yield (where, node["enum"])
            for key, value in node.items():
                yield from enums(value, (*where, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from enums(value, (*where, index))

    for where, values in enums(upstream, ()):
        node: Any = overlaid
        for key in where:
            found = (isinstance(node, dict) and key in node) or (
                isinstance(node, list) and isinstance(key, int) and key < len(node)
            )
            node = node[key] if found else None
        if isinstance(node, dict):
            assert set(node["enum"]) == set(values), where


def test_provenance_records_inputs_and_tools() -> None:
    provenance = json.loads((GENERATED / "provenance.json").read_text(encoding="utf-8"))

    def sha(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    assert provenance["upstream"]["sha256"] == sha(DEFAULT_PATHS.upstream)
    assert provenance["overlay"]["sha256"] == sha(DEFAULT_PATHS.overlay)
    assert provenance["config"]["sha256"] == sha(DEFAULT_PATHS.config)
    assert provenance["overlaid_spec_sha256"] == sha(COMMITTED_SPEC)
    assert provenance["generator"] == {"name": "openapi-python-client", "version": "0.29.1"}


def test_hand_edit_is_detected(tmp_path: Path) -> None:
    edited = tmp_path / "generated"
    shutil.copytree(GENERATED, edited, ignore=shutil.ignore_patterns("__pycache__", ".*"))
    assert compare_trees(GENERATED, edited) == []
    client = edited / "weshop_openapi" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "\n# a hand edit\n", encoding="utf-8")
    (edited / "weshop_openapi" / "extra.py").write_text("x = 1\n", encoding="utf-8")
    diff = "\n".join(compare_trees(GENERATED, edited))
    assert "+# a hand edit" not in diff  # the diff reads committed -> regenerated
    assert "-# a hand edit" in diff
    assert "only in committed tree: weshop_openapi/extra.py" in diff


def test_retargeted_action_fails_naming_it(tmp_path: Path) -> None:
    overlay = yaml.safe_load(DEFAULT_PATHS.overlay.read_text(encoding="utf-8"))
    index = next(i for i, a in enumerate(overlay["actions"]) if a.get("x-rule") == "hex-colour")
    overlay["actions"][index]["target"] = (
        "$.components.schemas.RemoveBgParams.properties.backgroundHex"
    )
    broken = tmp_path / "overlay.yaml"
    broken.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    paths = PipelinePaths(DEFAULT_PATHS.upstream, broken, DEFAULT_PATHS.config, tmp_path / "out")
    with pytest.raises(OverlayError) as caught:
        generate(paths)
    message = str(caught.value)
    assert f"#{index + 1}" in message
    assert "backgroundHex is a hex colour" in message
    assert "matched nothing" in message
    assert not (tmp_path / "out").exists()


def test_untyped_model_fails_the_check(tmp_path: Path) -> None:
    # openapi-python-client turns an object whose top level is anyOf of `required` blocks
    # into Any; the pipeline must refuse such output.
    upstream = yaml.safe_load(DEFAULT_PATHS.upstream.read_text(encoding="utf-8"))
    schemas = upstream["components"]["schemas"]
    schemas["AimodelParams"]["anyOf"] = [
        {"required": ["locationId"]},
        {"required": ["textDescription"]},
    ]
    schemas["RunRequest"]["properties"]["params"] = {"$ref": "#/components/schemas/AimodelParams"}
    spec_path = tmp_path / "upstream.yaml"
    spec_path.write_text(yaml.safe_dump(upstream, sort_keys=False), encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        yaml.safe_dump(
            {
                "overlay": "1.0.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.info", "update": {"x-test": True}, "x-expect": 1}],
            }
        ),
        encoding="utf-8",
    )
    paths = PipelinePaths(spec_path, overlay, DEFAULT_PATHS.config, tmp_path / "out")
    with pytest.raises(PipelineError, match="AimodelParams"):
        generate(paths)


def test_committed_models_pass_the_check() -> None:
    check_expected_models(GENERATED / "weshop_openapi")


@pytest.mark.parametrize("name", AGENT_PARAMS)
def test_each_agent_has_a_typed_params_class(name: str) -> None:
    models = importlib.import_module("weshop_openapi.models")
    cls = getattr(models, name)
    assert attrs.has(cls)
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in attrs.fields(cls)} - {"additional_properties"}
    assert fields
    for field in fields:
        assert hints[field] is not Any, f"{name}.{field} is Any"
        assert "Any" not in str(hints[field]), f"{name}.{field}: {hints[field]}"


def test_generated_package_imports_every_operation() -> None:
    for (_, _), operation_id in OPERATIONS.items():
        snake = "".join(f"_{c.lower()}" if c.isupper() else c for c in operation_id)
        matches = list((GENERATED / "weshop_openapi" / "api").glob(f"*/{snake}.py"))
        assert len(matches) == 1, operation_id
        module = importlib.import_module(
            f"weshop_openapi.api.{matches[0].parent.name}.{matches[0].stem}"
        )
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function))
