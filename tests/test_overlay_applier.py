"""Tests for codegen.overlay, our OpenAPI Overlay 1.0 applier."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.overlay import (
    OverlayError,
    actions_touching,
    apply_overlay,
    apply_overlay_file,
    apply_overlay_traced,
    load_overlay,
)


def make_overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {
        "overlay": "1.0.0",
        "info": {"title": "test overlay", "version": "1.0.0"},
        "actions": list(actions),
    }


def make_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "WeShop", "version": "2.0.0"},
        "tags": [{"name": "runs"}, {"name": "models"}],
        "paths": {
            "/runs": {
                "post": {
                    "operationId": "createRun",
                    "tags": ["runs"],
                    "parameters": [
                        {"name": "a", "in": "header", "required": True},
                        {"name": "b", "in": "query"},
                        {"name": "c", "in": "header"},
                        {"name": "d", "in": "header", "deprecated": True},
                        {"name": "e", "in": "query"},
                    ],
                },
                "get": {"operationId": "listRuns", "tags": ["runs"]},
            },
            "/models": {"get": {"operationId": "listModels", "deprecated": True}},
        },
        "components": {
            "schemas": {
                "Run": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["queued", "done"]},
                    },
                },
                "Model": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ ordering


def test_actions_apply_in_order_and_see_previous_results() -> None:
    overlay = make_overlay(
        {"target": "$.components.schemas", "update": {"Job": {"type": "object"}}},
        {"target": "$.components.schemas.Job", "update": {"properties": {"id": {}}}},
        {"target": "$.components.schemas.Job.properties.id", "remove": True},
    )
    result = apply_overlay(make_spec(), overlay)
    assert result["components"]["schemas"]["Job"] == {"type": "object", "properties": {}}


def test_target_evaluated_after_previous_removal() -> None:
    overlay = make_overlay(
        {"target": "$.components.schemas.Model", "remove": True},
        {"description": "Model is gone", "target": "$.components.schemas.Model", "update": {}},
    )
    with pytest.raises(OverlayError, match=r'#2 \("Model is gone"\).*matched nothing'):
        apply_overlay(make_spec(), overlay)


# ---------------------------------------------------------------------------------- update


def test_update_deep_merges_into_objects() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run",
            "update": {
                "description": "A run",
                "properties": {
                    "status": {"description": "Run status"},
                    "createdAt": {"type": "string", "format": "date-time"},
                },
            },
        }
    )
    run = apply_overlay(make_spec(), overlay)["components"]["schemas"]["Run"]
    assert run["description"] == "A run"
    assert run["type"] == "object"
    assert run["properties"]["id"] == {"type": "string"}
    assert run["properties"]["status"] == {
        "type": "string",
        "enum": ["queued", "done"],
        "description": "Run status",
    }
    assert run["properties"]["createdAt"] == {"type": "string", "format": "date-time"}


def test_update_appends_nested_arrays() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run",
            "update": {"required": ["status"], "x-tags": ["b"]},
        }
    )
    spec = make_spec()
    spec["components"]["schemas"]["Run"]["x-tags"] = ["a"]
    run = apply_overlay(spec, overlay)["components"]["schemas"]["Run"]
    assert run["required"] == ["id", "status"]
    assert run["x-tags"] == ["a", "b"]


def test_an_enum_the_overlay_sets_replaces_an_equal_upstream_enum() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run.properties.status",
            "update": {"enum": ["done", "queued"]},
        }
    )
    run = apply_overlay(make_spec(), overlay)["components"]["schemas"]["Run"]
    assert run["properties"]["status"]["enum"] == ["done", "queued"]  # no duplicates


def test_an_enum_conflicting_with_the_upstream_enum_is_reported() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run.properties.status",
            "update": {"enum": ["queued", "failed"]},
        }
    )
    with pytest.raises(OverlayError) as caught:
        apply_overlay(make_spec(), overlay)
    message = str(caught.value)
    assert "overlay action #1" in message
    assert "adds ['done']" in message
    assert "no longer has ['failed']" in message


def test_removing_an_upstream_enum_is_reported_unless_declared() -> None:
    action = {"target": "$.components.schemas.Run.properties.status", "remove": True}
    with pytest.raises(OverlayError, match=r"would remove an upstream enum .*queued"):
        apply_overlay(make_spec(), make_overlay(action))
    stale = {**action, "x-removes-enum": ["queued"]}
    with pytest.raises(OverlayError, match="would remove an upstream enum"):
        apply_overlay(make_spec(), make_overlay(stale))
    declared = {**action, "x-removes-enum": ["done", "queued"]}
    result = apply_overlay(make_spec(), make_overlay(declared))
    assert "status" not in result["components"]["schemas"]["Run"]["properties"]


def test_x_expect_counts_are_enforced() -> None:
    fewer = {"target": "$.components.schemas.*", "update": {"x-a": 1}, "x-expect": 3}
    with pytest.raises(OverlayError, match=r"matched 2 node\(s\), x-expect says 3"):
        apply_overlay(make_spec(), make_overlay(fewer))
    exact = apply_overlay(make_spec(), make_overlay({**fewer, "x-expect": 2}))
    assert exact["components"]["schemas"]["Model"]["x-a"] == 1


@pytest.mark.parametrize("bad", [0, -1, True, "1", 1.5])
def test_x_expect_must_be_a_positive_integer(bad: object) -> None:
    action = {"target": "$.components.schemas.*", "update": {"x-a": 1}, "x-expect": bad}
    with pytest.raises(OverlayError, match="x-expect"):
        apply_overlay(make_spec(), make_overlay(action))


def test_every_failing_action_is_reported_at_once() -> None:
    overlay = make_overlay(
        {"target": "$.components.schemas.Gone", "update": {"x-a": 1}},
        {"target": "$.components.schemas.Run", "update": {"x-b": 1}},
        {"target": "$.components.schemas.*", "update": {"x-c": 1}, "x-expect": 1},
    )
    with pytest.raises(OverlayError) as caught:
        apply_overlay(make_spec(), overlay)
    assert [problem.action_index for problem in caught.value.problems] == [1, 3]
    assert str(caught.value).startswith("2 overlay actions failed")


def test_rules_naming_a_missing_property_name_the_action() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run",
            "description": "status is required when id is",
            "update": {"allOf": [{"if": {"required": ["id"]}, "then": {"required": ["state"]}}]},
        }
    )
    with pytest.raises(OverlayError) as caught:
        apply_overlay(make_spec(), overlay)
    message = str(caught.value)
    assert 'overlay action #1 ("status is required when id is")' in message
    assert "property state that the schema does not define" in message


def test_actions_touching_names_the_actions_around_a_path() -> None:
    overlay = make_overlay(
        {"target": "$.components.schemas.Run.properties.id", "update": {"x-a": 1}},
        {"target": "$.components.schemas.Model", "update": {"x-b": 1}},
    )
    traced = apply_overlay_traced(make_spec(), overlay)
    assert actions_touching(traced, ["components", "schemas", "Run"]) == [1]
    assert actions_touching(traced, ["components", "schemas", "Model", "x-b"]) == [2]


def test_update_of_array_target_appends_value() -> None:
    overlay = make_overlay({"target": "$.tags", "update": {"name": "extra"}})
    result = apply_overlay(make_spec(), overlay)
    assert result["tags"] == [{"name": "runs"}, {"name": "models"}, {"name": "extra"}]


def test_update_of_array_target_with_list_extends() -> None:
    overlay = make_overlay(
        {"target": "$.components.schemas.Run.properties.status.enum", "update": ["a", "b"]}
    )
    status = apply_overlay(make_spec(), overlay)["components"]["schemas"]["Run"]["properties"]
    assert status["status"]["enum"] == ["queued", "done", "a", "b"]


def test_scalars_replace_inside_merge() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run.properties.status",
            "update": {"type": "integer", "enum": None},
        },
        {"target": "$.info", "update": {"version": "2.0.1", "x-patched": True}},
    )
    result = apply_overlay(make_spec(), overlay)
    assert result["components"]["schemas"]["Run"]["properties"]["status"] == {
        "type": "integer",
        "enum": None,
    }
    assert result["info"] == {"title": "WeShop", "version": "2.0.1", "x-patched": True}


def test_object_replaces_mismatched_type() -> None:
    spec = make_spec()
    spec["components"]["schemas"]["Run"]["example"] = "old"
    overlay = make_overlay(
        {"target": "$.components.schemas.Run", "update": {"example": {"id": "r1"}}}
    )
    assert apply_overlay(spec, overlay)["components"]["schemas"]["Run"]["example"] == {"id": "r1"}


def test_update_of_scalar_target_is_an_error() -> None:
    overlay = make_overlay(
        {"description": "Patch title", "target": "$.info.title", "update": "New title"}
    )
    with pytest.raises(OverlayError, match=r'#1 \("Patch title"\).*scalar'):
        apply_overlay(make_spec(), overlay)


def test_object_target_requires_object_update() -> None:
    overlay = make_overlay({"target": "$.info", "update": ["x"]})
    with pytest.raises(OverlayError, match=r"#1 .*must be an object"):
        apply_overlay(make_spec(), overlay)


def test_update_root() -> None:
    overlay = make_overlay({"target": "$", "update": {"x-root": 1}})
    assert apply_overlay(make_spec(), overlay)["x-root"] == 1


def test_update_with_remove_false_just_updates() -> None:
    overlay = make_overlay(
        {"target": "$.components.schemas.Model", "update": {"title": "M"}, "remove": False}
    )
    result = apply_overlay(make_spec(), overlay)
    assert result["components"]["schemas"]["Model"]["title"] == "M"
    assert result["components"]["schemas"]["Model"]["properties"] == {"name": {"type": "string"}}


def test_every_target_gets_its_own_copy_of_the_update() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.*",
            "update": {"x-meta": {"tags": ["a"]}, "x-required": ["x"]},
        },
        {"target": "$.paths.*.*", "update": {"x-list": [{"k": 1}]}},
    )
    result = apply_overlay(make_spec(), overlay)
    run, model = result["components"]["schemas"]["Run"], result["components"]["schemas"]["Model"]
    assert run["x-meta"] == model["x-meta"]
    assert run["x-meta"] is not model["x-meta"]

    run["x-meta"]["tags"].append("mutated")
    run["x-required"].append("mutated")
    assert model["x-meta"] == {"tags": ["a"]}
    assert model["x-required"] == ["x"]
    assert overlay["actions"][0]["update"] == {"x-meta": {"tags": ["a"]}, "x-required": ["x"]}

    first = result["paths"]["/runs"]["post"]["x-list"]
    second = result["paths"]["/runs"]["get"]["x-list"]
    first[0]["k"] = 99
    assert second == [{"k": 1}]
    assert result["paths"]["/models"]["get"]["x-list"] == [{"k": 1}]


def test_input_document_and_overlay_are_not_mutated() -> None:
    spec = make_spec()
    overlay = make_overlay(
        {"target": "$.components.schemas.Run", "update": {"required": ["status"]}},
        {"target": "$.paths['/runs'].post.parameters[?@.in=='header']", "remove": True},
        {"target": "$.tags", "update": {"name": "x"}},
    )
    spec_before = copy.deepcopy(spec)
    overlay_before = copy.deepcopy(overlay)
    result = apply_overlay(spec, overlay)
    assert spec == spec_before
    assert overlay == overlay_before
    assert result is not spec
    assert result["tags"] is not spec["tags"]
    assert result["paths"]["/runs"]["get"] is not spec["paths"]["/runs"]["get"]
    result["paths"]["/runs"]["get"]["tags"].append("later")
    assert spec == spec_before


def test_shared_objects_in_input_are_unshared() -> None:
    shared = {"type": "string"}
    spec = {"components": {"schemas": {"A": shared, "B": shared}}}
    overlay = make_overlay({"target": "$.components.schemas.A", "update": {"format": "uuid"}})
    result = apply_overlay(spec, overlay)
    assert result["components"]["schemas"]["A"] == {"type": "string", "format": "uuid"}
    assert result["components"]["schemas"]["B"] == {"type": "string"}


def test_ancestor_and_descendant_matches_are_both_updated() -> None:
    spec: dict[str, Any] = {"a": {"x": {"a": {"x": {}}}}}
    overlay = make_overlay({"target": "$..x", "update": {"seen": True}})
    assert apply_overlay(spec, overlay) == {"a": {"x": {"a": {"x": {"seen": True}}, "seen": True}}}


def test_duplicate_nodes_in_node_list_are_updated_once() -> None:
    overlay = make_overlay({"target": "$.tags[0, 0, -2]", "update": {"x-n": [1]}})
    assert apply_overlay(make_spec(), overlay)["tags"][0] == {"name": "runs", "x-n": [1]}


# ---------------------------------------------------------------------------------- remove


def test_remove_object_key() -> None:
    overlay = make_overlay(
        {
            "target": "$.components.schemas.Run.properties.status",
            "remove": True,
            "x-removes-enum": ["queued", "done"],
        },
        {"target": "$.paths['/models']", "remove": True},
    )
    result = apply_overlay(make_spec(), overlay)
    assert result["components"]["schemas"]["Run"]["properties"] == {"id": {"type": "string"}}
    assert list(result["paths"]) == ["/runs"]


def test_remove_several_array_elements_via_filter() -> None:
    overlay = make_overlay(
        {"target": "$.paths['/runs'].post.parameters[?@.in == 'header']", "remove": True}
    )
    params = apply_overlay(make_spec(), overlay)["paths"]["/runs"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["b", "e"]


def test_remove_array_elements_by_index_list() -> None:
    overlay = make_overlay(
        {"target": "$.paths['/runs'].post.parameters[0, 3, 1, -1]", "remove": True}
    )
    params = apply_overlay(make_spec(), overlay)["paths"]["/runs"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["c"]


def test_remove_matches_across_several_containers() -> None:
    overlay = make_overlay({"target": "$..[?@.deprecated == true]", "remove": True})
    result = apply_overlay(make_spec(), overlay)
    assert "get" not in result["paths"]["/models"]
    params = result["paths"]["/runs"]["post"]["parameters"]
    assert [p["name"] for p in params] == ["a", "b", "c", "e"]


def test_remove_nested_matches_does_not_fail() -> None:
    spec = {"items": [{"drop": True, "items": [{"drop": True}, {"keep": 1}]}, {"keep": 2}]}
    overlay = make_overlay({"target": "$..items[?@.drop]", "remove": True})
    assert apply_overlay(spec, overlay) == {"items": [{"keep": 2}]}


def test_remove_root_is_an_error() -> None:
    overlay = make_overlay({"description": "Nuke it", "target": "$", "remove": True})
    with pytest.raises(OverlayError, match=r'#1 \("Nuke it"\).*root'):
        apply_overlay(make_spec(), overlay)


def test_remove_false_without_update_is_rejected() -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {}},
        {"description": "Keep info", "target": "$.info", "remove": False},
    )
    with pytest.raises(OverlayError, match=r'#2 \("Keep info"\).*update.*remove: true'):
        apply_overlay(make_spec(), overlay)


def test_action_without_update_or_remove_is_rejected() -> None:
    with pytest.raises(OverlayError, match=r"#1 \(target '\$\.info'\)"):
        apply_overlay(make_spec(), make_overlay({"target": "$.info"}))


def test_update_together_with_remove_true_is_rejected() -> None:
    overlay = make_overlay({"target": "$.info", "update": {"a": 1}, "remove": True})
    with pytest.raises(OverlayError, match="mutually exclusive"):
        apply_overlay(make_spec(), overlay)


def test_non_boolean_remove_is_rejected() -> None:
    with pytest.raises(OverlayError, match="boolean"):
        apply_overlay(make_spec(), make_overlay({"target": "$.info", "remove": "yes"}))


# ---------------------------------------------------------------------------------- errors


def test_target_matching_nothing_names_action_index_and_description() -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {"x-a": 1}},
        {"target": "$.info", "update": {"x-b": 1}},
        {
            "description": "Add maskType enum for aimodel",
            "target": "$.components.schemas.Nope",
            "update": {"enum": ["a"]},
        },
    )
    with pytest.raises(OverlayError) as excinfo:
        apply_overlay(make_spec(), overlay)
    message = str(excinfo.value)
    assert message == (
        'overlay action #3 ("Add maskType enum for aimodel"): '
        "target '$.components.schemas.Nope' matched nothing"
    )
    assert excinfo.value.action_index == 3


def test_target_matching_nothing_without_description_names_target() -> None:
    overlay = make_overlay({"target": "$.paths[?@.operationId == 'gone']", "remove": True})
    with pytest.raises(OverlayError, match=r"overlay action #1 \(target .*gone.*matched nothing"):
        apply_overlay(make_spec(), overlay)


@pytest.mark.parametrize(
    "target",
    [
        "$.paths[",
        "paths.x",
        "$.a[?@.x =]",
        "$[?length(@)]",
        "$..",
        "$.a[?@.x == 'y' &&]",
        "$[?@.a == 1e999]",
        "$[99999999999999999999]",
    ],
)
def test_invalid_jsonpath_raises_overlay_error(target: str) -> None:
    overlay = make_overlay(
        {"target": "$.info", "update": {}},
        {"description": "Broken path", "target": target, "update": {}},
    )
    with pytest.raises(
        OverlayError, match=r'overlay action #2 \("Broken path"\): invalid JSONPath'
    ):
        apply_overlay(make_spec(), overlay)


def test_invalid_jsonpath_rejected_by_load_overlay(tmp_path: Path) -> None:
    path = write(
        tmp_path / "o.yaml",
        """\
        overlay: 1.0.0
        info: {title: t, version: "1"}
        actions:
          - target: $.paths[
            remove: true
        """,
    )
    with pytest.raises(OverlayError, match=r"#1 \(target '\$\.paths\['\): invalid JSONPath"):
        load_overlay(path)


# ---------------------------------------------------------------------------- RFC 9535


def test_filter_on_operation_id() -> None:
    overlay = make_overlay(
        {
            "target": "$.paths.*[?@.operationId=='createRun']",
            "update": {"summary": "Create a run"},
        }
    )
    paths = apply_overlay(make_spec(), overlay)["paths"]
    assert paths["/runs"]["post"]["summary"] == "Create a run"
    assert "summary" not in paths["/runs"]["get"]
    assert "summary" not in paths["/models"]["get"]


def test_filter_with_logical_and() -> None:
    overlay = make_overlay(
        {
            "target": "$.paths['/runs'].post.parameters[?@.in == 'header' && @.required]",
            "update": {"x-hit": True},
        },
        {
            "target": "$.paths['/runs'].post.parameters[?@.deprecated && @.name]",
            "update": {"x-dep": True},
        },
    )
    params = apply_overlay(make_spec(), overlay)["paths"]["/runs"]["post"]["parameters"]
    assert [p["name"] for p in params if p.get("x-hit")] == ["a"]
    assert [p["name"] for p in params if p.get("x-dep")] == ["d"]


def test_descendant_segment() -> None:
    overlay = make_overlay({"target": "$..properties[?@.type == 'string']", "update": {"x-s": 1}})
    schemas = apply_overlay(make_spec(), overlay)["components"]["schemas"]
    assert schemas["Run"]["properties"]["id"]["x-s"] == 1
    assert schemas["Run"]["properties"]["status"]["x-s"] == 1
    assert schemas["Model"]["properties"]["name"]["x-s"] == 1


def test_filter_comparisons_respect_json_types() -> None:
    spec = {"items": [{"v": True}, {"v": 1}, {"v": 1.0}, {"v": "1"}]}
    overlay = make_overlay({"target": "$.items[?@.v == 1]", "remove": True})
    assert apply_overlay(spec, overlay) == {"items": [{"v": True}, {"v": "1"}]}


# ---------------------------------------------------------------------------- load_overlay


VALID_OVERLAY = """\
overlay: 1.0.0
info:
  title: WeShop fixes
  version: "1.2"
x-owner: codegen
actions:
  - target: $.info
    description: Bump title
    x-note: extensions are allowed
    update:
      title: Patched
"""


def test_load_overlay_accepts_valid_file(tmp_path: Path) -> None:
    overlay = load_overlay(write(tmp_path / "o.yaml", VALID_OVERLAY))
    assert overlay["info"]["title"] == "WeShop fixes"
    assert overlay["actions"][0]["update"] == {"title": "Patched"}


def test_load_overlay_accepts_patch_versions(tmp_path: Path) -> None:
    text = VALID_OVERLAY.replace("overlay: 1.0.0", "overlay: 1.0.3")
    assert load_overlay(write(tmp_path / "o.yaml", text))["overlay"] == "1.0.3"


@pytest.mark.parametrize("version", ["2.0.0", "1.1.0", "1.0", "'1.0'", "1.0.0-rc1", '""'])
def test_load_overlay_rejects_wrong_version(tmp_path: Path, version: str) -> None:
    text = VALID_OVERLAY.replace("overlay: 1.0.0", f"overlay: {version}")
    with pytest.raises(OverlayError, match="unsupported overlay version"):
        load_overlay(write(tmp_path / "o.yaml", text))


def test_load_overlay_rejects_missing_overlay_field(tmp_path: Path) -> None:
    text = VALID_OVERLAY.replace("overlay: 1.0.0\n", "")
    with pytest.raises(OverlayError, match="unsupported overlay version None"):
        load_overlay(write(tmp_path / "o.yaml", text))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('info:\n  title: WeShop fixes\n  version: "1.2"\n', "", "requires an 'info' object"),
        ("  title: WeShop fixes\n", "", r"info\.title"),
        ('  version: "1.2"\n', "", r"info\.version"),
        ('  version: "1.2"\n', "  version: 1.2\n", r"info\.version.*quote"),
    ],
)
def test_load_overlay_rejects_missing_info(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in VALID_OVERLAY
    with pytest.raises(OverlayError, match=message):
        load_overlay(write(tmp_path / "o.yaml", VALID_OVERLAY.replace(old, new)))


@pytest.mark.parametrize("actions", ["actions: []\n", "actions:\n", "actions: {}\n", ""])
def test_load_overlay_rejects_empty_actions(tmp_path: Path, actions: str) -> None:
    head = VALID_OVERLAY.split("actions:")[0]
    with pytest.raises(OverlayError, match="'actions' must be a non-empty list"):
        load_overlay(write(tmp_path / "o.yaml", head + actions))


def test_load_overlay_rejects_unknown_action_key(tmp_path: Path) -> None:
    text = VALID_OVERLAY.replace("    x-note: extensions are allowed\n", "    merge: deep\n")
    with pytest.raises(
        OverlayError, match=r'o\.yaml: overlay action #1 \("Bump title"\): unknown field.*merge'
    ):
        load_overlay(write(tmp_path / "o.yaml", text))


def test_load_overlay_rejects_unknown_top_level_key(tmp_path: Path) -> None:
    text = VALID_OVERLAY.replace("x-owner: codegen", "owner: codegen")
    with pytest.raises(OverlayError, match=r"unknown field.*owner"):
        load_overlay(write(tmp_path / "o.yaml", text))


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("  - remove: true\n", "'target' must be a non-empty string"),
        ("  - target: 5\n    remove: true\n", "'target' must be a non-empty string"),
        ("  - just a string\n", "must be a mapping"),
        ("  - target: $.info\n    remove: false\n", "needs either 'update' or 'remove: true'"),
        ("  - target: $.info\n    update:\n", "must not be null"),
        ("  - target: $.info\n    description: [x]\n    remove: true\n", "'description'"),
    ],
)
def test_load_overlay_rejects_malformed_actions(tmp_path: Path, action: str, message: str) -> None:
    text = VALID_OVERLAY.split("actions:")[0] + "actions:\n" + action
    with pytest.raises(OverlayError, match=message):
        load_overlay(write(tmp_path / "o.yaml", text))


def test_load_overlay_rejects_non_mapping_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match="must be a mapping"):
        load_overlay(write(tmp_path / "list.yaml", "- 1\n"))
    with pytest.raises(OverlayError, match="invalid YAML"):
        load_overlay(write(tmp_path / "bad.yaml", "overlay: [1.0.0\n"))


# ---------------------------------------------------------------------- apply_overlay_file


def test_apply_overlay_file(tmp_path: Path) -> None:
    spec = write(
        tmp_path / "openapi.yaml",
        """\
        openapi: 3.1.0
        info: {title: WeShop, version: "2"}
        paths:
          /runs:
            post:
              operationId: createRun
              responses:
                200: {description: OK}
                '404': {description: Missing}
        components:
          schemas:
            Base: &base {type: object}
            A: *base
            B: *base
        """,
    )
    overlay = write(
        tmp_path / "overlay.yaml",
        """\
        overlay: 1.0.0
        info: {title: t, version: "1"}
        actions:
          - description: Describe 200
            target: $.paths.*[?@.operationId=='createRun'].responses['200']
            update: {x-ok: true}
          - target: $.components.schemas.A
            update: {title: A}
        """,
    )
    result = apply_overlay_file(spec, overlay)
    responses = result["paths"]["/runs"]["post"]["responses"]
    assert responses == {
        "200": {"description": "OK", "x-ok": True},
        "404": {"description": "Missing"},
    }
    assert result["components"]["schemas"]["A"] == {"type": "object", "title": "A"}
    assert result["components"]["schemas"]["B"] == {"type": "object"}


def test_apply_overlay_file_reports_failing_action(tmp_path: Path) -> None:
    spec = write(tmp_path / "openapi.yaml", "openapi: 3.1.0\npaths: {}\n")
    overlay = write(
        tmp_path / "overlay.yaml",
        """\
        overlay: 1.0.0
        info: {title: t, version: "1"}
        actions:
          - description: Fix createRun
            target: $.paths.*[?@.operationId=='createRun']
            update: {summary: x}
        """,
    )
    with pytest.raises(OverlayError, match=r'#1 \("Fix createRun"\).*matched nothing'):
        apply_overlay_file(spec, overlay)


def test_descendant_recursion_limit_is_reported_as_overlay_error() -> None:
    spec: dict[str, Any] = {}
    node = spec
    for _ in range(150):  # jsonpath-rfc9535 caps `..` at 100 levels by default
        node["x"] = {}
        node = node["x"]
    overlay = make_overlay({"description": "Too deep", "target": "$..x", "update": {}})
    with pytest.raises(OverlayError, match=r'#1 \("Too deep"\): cannot evaluate target'):
        apply_overlay(spec, overlay)
