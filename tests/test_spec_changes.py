"""The eight realistic upstream changes of issue 14, each a small edit of the pinned
snapshot, and what regenerating must then tell the user: the change report (upstream and
overlaid), the overlay's errors, and how the facade behaves.
"""

from __future__ import annotations

import copy
import functools
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

import pytest
import yaml

from codegen.changes import Change, ChangeReport, compare, render_json, render_markdown
from codegen.overlay import OverlayError
from codegen.pipeline import DEFAULT_PATHS, PipelineError, PipelinePaths, build_overlaid_spec

ROOT = Path(__file__).resolve().parent.parent
Spec = dict[str, Any]
Edit = Callable[[Spec], None]
DOCUMENTED = ["virtualtryon", "aimodel", "aiproduct", "aipose", "expandimage", "removeBG"]


@functools.cache
def _pinned() -> Spec:
    loaded: Spec = yaml.safe_load(DEFAULT_PATHS.upstream.read_text(encoding="utf-8"))
    return loaded


def upstream(*edits: Edit) -> Spec:
    """The pinned snapshot with ``edits`` applied (each one small, in place)."""
    spec = copy.deepcopy(_pinned())
    for edit in edits:
        edit(spec)
    return spec


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _rename(schema: str, old: str, new: str) -> Edit:
    def edit(spec: Spec) -> None:
        properties = _schemas(spec)[schema]["properties"]
        properties[new] = properties.pop(old)

    return edit


# ------------------------------------------------------------------ the eight edits
def agent_enum(spec: Spec) -> None:
    """The vendor's spec lists its agents (the first real vendor spec likely will)."""
    _schemas(spec)["AgentRef"]["properties"]["name"]["enum"] = list(DOCUMENTED)


def new_agent(spec: Spec) -> None:
    agent_enum(spec)
    _schemas(spec)["AgentRef"]["properties"]["name"]["enum"].append("aivideo")
    _schemas(spec)["AivideoParams"] = {
        "type": "object",
        "properties": {"prompt": {"type": "string"}, "duration": {"type": "integer"}},
    }


rename_mask_type = _rename("AimodelParams", "maskType", "segmentationType")
rename_result_format = _rename("AimodelParams", "resultImageFormat", "outputFormat")


def remove_power_estimates(spec: Spec) -> None:
    del spec["paths"]["/agent/power-estimates"]


def location_id_string(spec: Spec) -> None:
    _schemas(spec)["AimodelParams"]["properties"]["locationId"] = {"type": "string"}


def required_region(spec: Spec) -> None:
    request = _schemas(spec)["RunRequest"]
    request["properties"]["region"] = {"type": "string"}
    request["required"].append("region")


def optional_result_width(spec: Spec) -> None:
    _schemas(spec)["ResultItem"]["properties"]["width"] = {"type": "integer"}


def image_size_enum(spec: Spec) -> None:
    _schemas(spec)["VirtualtryonParams"]["properties"]["imageSize"]["enum"] = ["1K", "2K", "4K"]


def image_size_drops_4k(spec: Spec) -> None:
    image_size_enum(spec)
    _schemas(spec)["VirtualtryonParams"]["properties"]["imageSize"]["enum"].remove("4K")


def overlaid(spec: Spec, tmp_path: Path, name: str = "upstream.yaml") -> Spec:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    paths = PipelinePaths(path, DEFAULT_PATHS.overlay, DEFAULT_PATHS.config, tmp_path / "out")
    return build_overlaid_spec(paths)


def overlay_error(spec: Spec, tmp_path: Path) -> OverlayError:
    with pytest.raises(OverlayError) as caught:
        overlaid(spec, tmp_path)
    return caught.value


def find(report: ChangeReport, kind: str, change: str, location: str) -> Change:
    matches = [
        c
        for c in report.changes
        if c.kind == kind and c.change == change and c.location.startswith(location)
    ]
    assert matches, f"no {change} {kind} {location} in:\n{render_markdown([report])}"
    return matches[0]


def _action_index(rule_or_target: str) -> int:
    overlay = yaml.safe_load(DEFAULT_PATHS.overlay.read_text(encoding="utf-8"))
    for index, action in enumerate(overlay["actions"], start=1):
        if rule_or_target in (action.get("x-rule"), action["target"]):
            return index
    raise AssertionError(rule_or_target)


# ------------------------------------------------------------------ 1. a new agent
def test_new_agent_is_reported_and_the_overlay_no_longer_hides_the_vendor_enum(
    tmp_path: Path,
) -> None:
    report = compare(upstream(agent_enum), upstream(new_agent))
    assert not find(report, "agent", "added", "aivideo").breaking
    assert not find(report, "enum value", "added", "AgentRef.name = 'aivideo'").breaking
    assert find(report, "schema", "added", "AivideoParams").reason.endswith("reaches")
    assert any("AivideoParams is reached by no operation" in note for note in report.notes)

    # Before: the overlay's remove + KnownAgentName quietly replaced the vendor's enum.
    error = str(overlay_error(upstream(new_agent), tmp_path))
    assert "would remove an upstream enum" in error
    assert "aivideo" in error
    remover = _action_index("$.components.schemas.AgentRef.properties[?@.type == 'string']")
    assert f"overlay action #{remover}" in error


def test_the_first_real_vendor_spec_listing_the_agents_is_reconciled_not_hidden(
    tmp_path: Path,
) -> None:
    # A vendor enum equal to ours: the remove action must say it drops exactly those values.
    error = str(overlay_error(upstream(agent_enum), tmp_path))
    assert "x-removes-enum: [...]" in error
    overlay = yaml.safe_load(DEFAULT_PATHS.overlay.read_text(encoding="utf-8"))
    remover = _action_index("$.components.schemas.AgentRef.properties[?@.type == 'string']")
    overlay["actions"][remover - 1]["x-removes-enum"] = list(DOCUMENTED)
    reconciled = tmp_path / "overlay.yaml"
    reconciled.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    spec = tmp_path / "vendor.yaml"
    spec.write_text(yaml.safe_dump(upstream(agent_enum)), encoding="utf-8")
    paths = PipelinePaths(spec, reconciled, DEFAULT_PATHS.config, tmp_path / "out")
    known = _schemas(build_overlaid_spec(paths))["KnownAgentName"]["enum"]
    assert known == DOCUMENTED
    # ... and the next agent the vendor adds fails again instead of staying unknown.
    spec.write_text(yaml.safe_dump(upstream(new_agent)), encoding="utf-8")
    with pytest.raises(OverlayError, match="aivideo"):
        build_overlaid_spec(paths)


# ------------------------------------------------------------------ 2. maskType renamed
def test_renamed_param_is_reported_and_every_action_using_it_fails_at_once(
    tmp_path: Path,
) -> None:
    report = compare(upstream(), upstream(rename_mask_type))
    assert find(report, "field", "removed", "AimodelParams.maskType").breaking
    assert not find(report, "field", "added", "AimodelParams.segmentationType").breaking

    error = overlay_error(upstream(rename_mask_type), tmp_path)
    message = str(error)
    enum_action = _action_index("$.components.schemas.AimodelParams.properties.maskType")
    assert f"overlay action #{enum_action}" in message
    assert "matched nothing" in message
    # The rules naming maskType fail too, in the same error, naming their actions.
    for rule in ("aimodel-required", "custom-mask"):
        assert f"#{_action_index(rule)}" in message, rule
    assert "maskType that the schema does not define" in message
    assert "Was a property renamed upstream?" in message
    assert len(error.problems) >= 3


# ------------------------------------------------------------------ 3. filter-targeted rename
def test_filter_matching_fewer_nodes_fails_naming_the_action(tmp_path: Path) -> None:
    report = compare(upstream(), upstream(rename_result_format))
    assert find(report, "field", "removed", "AimodelParams.resultImageFormat").breaking

    message = str(overlay_error(upstream(rename_result_format), tmp_path))
    index = _action_index(
        "$.components.schemas[?@.properties.resultImageFormat].properties.resultImageFormat"
    )
    assert f"overlay action #{index}" in message
    assert "matched 1 node(s), x-expect says 2" in message
    assert "AiproductParams" in message  # the node it still matched


# ------------------------------------------------------------------ 4. operation removed
#: The overlay's x-replay-safe action of estimatePower: it fails once the operation is gone.
ESTIMATE_ACTION: Final = "$.paths.*[?@.operationId == 'estimatePower']"


def overlay_without_estimates(tmp_path: Path) -> Path:
    """The overlay edited for an upstream without estimatePower (its action dropped)."""
    overlay = yaml.safe_load(DEFAULT_PATHS.overlay.read_text(encoding="utf-8"))
    overlay["actions"] = [a for a in overlay["actions"] if a["target"] != ESTIMATE_ACTION]
    edited = tmp_path / "edited.overlay.yaml"
    edited.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    return edited


def test_removed_operation_is_breaking_in_both_reports(tmp_path: Path) -> None:
    before, after = upstream(), upstream(remove_power_estimates)
    report = compare(before, after)
    removed = find(report, "operation", "removed", "estimatePower")
    assert removed.breaking
    assert "disabled" in removed.reason
    # The overlay annotates every operation (x-replay-safe): its estimatePower action now
    # fails, naming the change; dropping that action is the overlay edit that follows.
    message = str(overlay_error(after, tmp_path))
    assert f"overlay action #{_action_index(ESTIMATE_ACTION)}" in message
    assert "matched nothing" in message
    source = tmp_path / "upstream.yaml"
    source.write_text(yaml.safe_dump(after, sort_keys=False), encoding="utf-8")
    paths = PipelinePaths(
        source, overlay_without_estimates(tmp_path), DEFAULT_PATHS.config, tmp_path / "out"
    )
    overlaid_report = compare(overlaid(before, tmp_path, "a.yaml"), build_overlaid_spec(paths))
    assert find(overlaid_report, "operation", "removed", "estimatePower").breaking
    assert any(
        "PowerEstimateEnvelope is reached by no operation" in n for n in overlaid_report.notes
    )


# ------------------------------------------------------------------ 5. a type changed
def test_changed_type_is_breaking_and_the_typed_agent_is_flagged(tmp_path: Path) -> None:
    from codegen.surface import typed_agent_problems

    before, after = upstream(), upstream(location_id_string)
    change = find(compare(before, after), "field", "changed", "AimodelParams.locationId")
    assert change.breaking
    assert change.detail == "integer → string"
    typed = ROOT / "weshop" / "_typed_agents.py"  # generated; stale until regenerated
    problems = typed_agent_problems(overlaid(after, tmp_path), typed)
    assert problems == [
        "aimodel(location_id: int | None) but AimodelParams.locationId is string in the spec"
        " (aimodel): regenerate the typed agents (nox -s generate)"
    ]


# ------------------------------------------------------------------ 6. new required field
def test_new_required_request_field_is_breaking(tmp_path: Path) -> None:
    report = compare(upstream(), upstream(required_region))
    added = find(report, "field", "added", "RunRequest.region")
    assert added.breaking
    assert added.side == "request"
    assert "refused" in added.reason
    overlaid(upstream(required_region), tmp_path)  # the overlay still applies


# ------------------------------------------------------------------ 7. new optional response field
def test_new_optional_response_field_is_harmless_and_points_at_raw() -> None:
    report = compare(upstream(), upstream(optional_result_width))
    added = find(report, "field", "added", "ResultItem.width")
    assert not added.breaking
    assert added.side == "response"
    assert "raw answer" in added.reason
    assert not report.breaking


# ------------------------------------------------------------------ 8. enum value removed
def test_removed_enum_value_is_breaking_and_the_overlay_conflict_reported(
    tmp_path: Path,
) -> None:
    report = compare(upstream(image_size_enum), upstream(image_size_drops_4k))
    removed = find(report, "enum value", "removed", "VirtualtryonParams.imageSize = '4K'")
    assert removed.breaking
    assert "may still send it" in removed.reason

    # Before: the overlay appended its values (1K, 2K, 4K, 1K, 2K) and kept sending 4K.
    message = str(overlay_error(upstream(image_size_drops_4k), tmp_path))
    assert "imageSize" in message
    assert "no longer has ['4K']" in message
    assert f"#{_action_index('$.components.schemas.VirtualtryonParams.properties.imageSize')}" in (
        message
    )
    # An upstream enum equal to the overlay's is replaced, not appended into duplicates.
    spec = overlaid(upstream(image_size_enum), tmp_path)
    assert _schemas(spec)["VirtualtryonParams"]["properties"]["imageSize"]["enum"] == [
        "1K",
        "2K",
        "4K",
    ]


# ------------------------------------------------------------------ the report itself
def test_an_unchanged_spec_reports_nothing() -> None:
    report = compare(upstream(), upstream())
    assert report.changes == ()
    assert not report.breaking


def test_report_renders_as_markdown_and_json_for_ci() -> None:
    report = compare(upstream(), upstream(remove_power_estimates, optional_result_width))
    markdown = render_markdown([report])
    assert "**yes** | removed | operation | `estimatePower (POST /agent/power-estimates)`" in (
        markdown
    )
    document = json.loads(render_json([report], surface=[]))
    assert document["breaking"] is True
    assert document["reports"][0]["counts"]["breaking"] >= 1


def test_changes_command_compares_files_and_fails_on_breaking(tmp_path: Path) -> None:
    from codegen.__main__ import main

    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(upstream()), encoding="utf-8")
    new.write_text(yaml.safe_dump(upstream(remove_power_estimates)), encoding="utf-8")
    report = tmp_path / "changes.json"
    assert main(["changes", str(old), str(new), "--json", str(report)]) == 0
    assert json.loads(report.read_text(encoding="utf-8"))["breaking"] is True
    assert main(["changes", str(old), str(new), "--fail-on-breaking"]) == 5
    assert main(["changes", str(old), str(old), "--fail-on-breaking", "--overlaid"]) == 0
    assert main(["changes", "HEAD:codegen/upstream/openapi.yaml", str(old)]) == 0


def test_validation_errors_name_the_action_that_caused_them(tmp_path: Path) -> None:
    overlay = yaml.safe_load(DEFAULT_PATHS.overlay.read_text(encoding="utf-8"))
    overlay["actions"].append(
        {
            "target": "$.components.schemas.ResultItem.properties.status",
            "description": "a broken type",
            "update": {"type": "text"},
            "x-expect": 1,
        }
    )
    broken = tmp_path / "overlay.yaml"
    broken.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    paths = PipelinePaths(DEFAULT_PATHS.upstream, broken, DEFAULT_PATHS.config, tmp_path / "o")
    with pytest.raises(PipelineError) as caught:
        build_overlaid_spec(paths)
    message = str(caught.value)
    assert "components/schemas/ResultItem/properties/status/type: 'text'" in message
    status_enum = _action_index("$.components.schemas.ResultItem.properties.status")
    assert f"(changed by overlay action #{status_enum}, #{len(overlay['actions'])})" in message


def test_every_overlay_action_states_its_expected_count(tmp_path: Path) -> None:
    overlay = yaml.safe_load(DEFAULT_PATHS.overlay.read_text(encoding="utf-8"))
    assert all(isinstance(action.get("x-expect"), int) for action in overlay["actions"])
    del overlay["actions"][3]["x-expect"]
    broken = tmp_path / "overlay.yaml"
    broken.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    paths = PipelinePaths(DEFAULT_PATHS.upstream, broken, DEFAULT_PATHS.config, tmp_path / "o")
    with pytest.raises(OverlayError, match=r"missing on:\n  - overlay action #4"):
        build_overlaid_spec(paths)


# ------------------------------------------------------------------ the facade survives
FACADE_PROBE = textwrap.dedent(
    """
    import httpx, json, sys
    import weshop

    def answer(request: httpx.Request) -> httpx.Response:
        body = {"success": True, "data": {"executionId": "e1", "taskId": "t1"}}
        return httpx.Response(200, json=body)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = weshop.WeShop(api_key="k", base_url="http://127.0.0.1:9/openapi", http_client=http)
    params = {"generatedContent": "freeCreation", "maskType": "autoApparelSegment",
              "textDescription": "x"}
    result = {}
    try:
        client.runs.estimate("aimodel", image="https://img.example/a.png", params=params)
    except weshop.OperationUnavailableError as exc:
        result["estimate"] = str(exc)
    run = client.runs.create("aimodel", image="https://img.example/a.png", params=params)
    result["create"] = run.execution_id
    print(json.dumps(result))
    """
)


def test_a_removed_operation_disables_only_its_methods(tmp_path: Path) -> None:
    from codegen.pipeline import generate

    spec = tmp_path / "upstream.yaml"
    spec.write_text(yaml.safe_dump(upstream(remove_power_estimates)), encoding="utf-8")
    output = tmp_path / "generated"
    generate(PipelinePaths(spec, overlay_without_estimates(tmp_path), DEFAULT_PATHS.config, output))
    assert not list(output.glob("weshop_openapi/api/*/estimate_power.py"))
    report = (output / "changes.md").read_text(encoding="utf-8")
    assert "weshop_openapi.api.*.estimate_power is gone" in report

    env = {**os.environ, "PYTHONPATH": f"{output}{os.pathsep}{ROOT}"}
    probe = subprocess.run(
        [sys.executable, "-c", FACADE_PROBE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert result["create"] == "e1"
    assert "estimate_power is not in the generated client" in result["estimate"]


def rename_mask_type_everywhere(spec: Spec) -> None:
    for schema in ("AimodelParams", "AiproductParams", "RemovebgParams"):
        _rename(schema, "maskType", "segmentationType")(spec)


def test_a_renamed_param_leaves_import_weshop_working(tmp_path: Path) -> None:
    from codegen.pipeline import generate

    spec = tmp_path / "upstream.yaml"
    spec.write_text(yaml.safe_dump(upstream(rename_mask_type_everywhere)), encoding="utf-8")
    # The user retargets the overlay (every maskType action now names segmentationType).
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        DEFAULT_PATHS.overlay.read_text(encoding="utf-8").replace("maskType", "segmentationType"),
        encoding="utf-8",
    )
    output = tmp_path / "generated"
    result = generate(PipelinePaths(spec, overlay, DEFAULT_PATHS.config, output))
    # The typed agents are generated with their own Literal types: the facade no longer
    # uses the generated enum aliases, so their disappearance touches nothing.
    assert [line for line in result.surface if "MaskType is gone" in line] == []
    assert (
        "aimodel(mask_type=...) sends maskType, which AimodelParams no longer has (aimodel):"
        " regenerate the typed agents (nox -s generate)"
    ) in result.surface
    assert "AimodelParamsMaskType" not in (output / "weshop_openapi/models/__init__.py").read_text()

    code = (
        "import inspect, weshop\n"
        "from weshop._agents import aimodel\n"
        "import typing\n"
        "hints = inspect.get_annotations(aimodel, eval_str=True)\n"
        "print(typing.get_origin(hints['mask_type']) is typing.Literal,"
        " hints['pose'] is not str)\n"
    )
    env = {**os.environ, "PYTHONPATH": f"{output}{os.pathsep}{ROOT}"}
    probe = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["True", "True"]
