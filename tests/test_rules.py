"""The overlaid spec accepts the documents' examples and rejects each broken rule.

Every overlay action that carries ``x-rule`` has a row in ``RULE_CASES``: one request the
rule accepts and one it rejects, with the source line the rule comes from. A test checks
that the table covers every rule id in the overlay, so a new rule without examples fails.
Validation goes through ``weshop._spec`` — the same code the facade and the mock use —
and every test runs twice: with the compiled jsonschema-rs (the ``fast`` extra) answering
"valid?" and without it (the pure-Python validator alone, as where it has no wheel).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from weshop import _spec
from weshop._spec import spec_validator

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "overlay" / "weshop.overlay.yaml"
CATALOG_OVERLAY = ROOT / "overlay" / "catalog-2026-04.overlay.yaml"
IMAGE = "https://ai-image.weshop.ai/example.png"
MASK_B64 = (  # a 1x1 PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


@pytest.fixture(autouse=True, params=["jsonschema-rs", "pure-python"])
def validator_kind(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """Each test with and without the compiled validator: the verdicts must not differ."""
    if request.param == "pure-python":
        monkeypatch.setattr(_spec, "_compiled_validators", lambda: None)
    spec_validator.cache_clear()
    yield str(request.param)
    spec_validator.cache_clear()


def run(agent: str, params: dict[str, Any], **input_extra: Any) -> dict[str, Any]:
    """A run request for ``agent`` v1.0 on the example image."""
    return {
        "agent": {"name": agent, "version": "v1.0"},
        "input": {"originalImage": IMAGE, **input_extra},
        "params": params,
    }


def with_params(request: Mapping[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of ``request`` with params changed; a value of ``None`` removes the param."""
    changed = copy.deepcopy(dict(request))
    for name, value in changes.items():
        if value is None:
            changed["params"].pop(name, None)
        else:
            changed["params"][name] = value
    return changed


# --------------------------------------------------------------------------- examples
# Request examples from the documents, verbatim except for placeholders ("<Location Id>",
# "<mask image base64 encoded>", "https://...") which are replaced by valid values.
AIMODEL_MINIMAL = {  # agent-openapi-integration-2026-04.txt "Minimal runnable example"
    "agent": {"name": "aimodel", "version": "v1.0"},
    "input": {"taskName": "agent-native-sample", "originalImage": IMAGE},
    "params": {
        "generatedContent": "freeCreation",
        "maskType": "autoApparelSegment",
        "textDescription": "street style fashion photo",
        "batchCount": 1,
    },
}

DOCUMENT_RUN_EXAMPLES: dict[str, dict[str, Any]] = {
    "integration minimal runnable example": AIMODEL_MINIMAL,
    # v1-api-reference-2024-06.txt quick start, step 3 (task execute params as a run)
    "quick start aimodel text": run(
        "aimodel",
        {
            "generatedContent": "freeCreation",
            "maskType": "autoApparelSegment",
            "textDescription": "A young caucasian woman with highly detailed skin, realistic eyes.",
        },
    ),
    # v1-api-reference-2024-06.txt "Execute Task" example
    "execute task aimodel location": run(
        "aimodel",
        {
            "generatedContent": "freeCreation",
            "maskType": "autoApparelSegment",
            "locationId": 2002093,
        },
    ),
    # v1-agents-reference-2025-05.txt aimodel "Parameter Combinations"
    "change model and location": run(
        "aimodel",
        {
            "pose": "originalImagePose",
            "generatedContent": "freeCreation",
            "maskType": "autoApparelSegment",
            "locationId": 6000372,
            "fashionModelId": 4020082,
        },
    ),
    "change model": run(
        "aimodel",
        {
            "pose": "originalImagePose",
            "generatedContent": "referToOrigin",
            "maskType": "autoHumanSegment",
            "fashionModelId": 4020082,
        },
    ),
    "virtual try-on via aimodel": run(
        "aimodel",
        {
            "pose": "freePose",
            "generatedContent": "freeCreation",
            "maskType": "autoApparelSegment",
            "locationId": 6000372,
            "fashionModelId": 4020082,
        },
    ),
    # v1-agents-reference-2025-05.txt aiproduct "Parameters Sample"
    "aiproduct automatic subject segmentation": run(
        "aiproduct",
        {
            "generatedContent": "referToOrigin",
            "maskType": "autoSubjectSegment",
            "locationId": 2718,
            "textDescription": "A toy race car in front of a white wall.",
            "negTextDescription": "human faces",
        },
    ),
    "aiproduct custom mask": run(
        "aiproduct",
        {
            "generatedContent": "freeCreation",
            "maskType": "custom",
            "customMask": MASK_B64,
            "textDescription": "A toy race car in front of a white wall.",
            "negTextDescription": "human faces",
        },
    ),
    # v1-agents-reference-2025-05.txt expandimage "Parameters Sample"
    "expandimage custom margins": run(
        "expandimage", {"fillLeft": 100, "fillTop": 100, "targetWidth": 1080, "targetHeight": 1920}
    ),
    "expandimage auto-centred": run("expandimage", {"targetWidth": 1080, "targetHeight": 1920}),
    # v1-agents-reference-2025-05.txt removeBG "Parameters Sample"
    "removeBG template colour": run(
        "removeBG", {"maskType": "autoSubjectSegment", "backgroundId": 457}
    ),
    "removeBG custom colour": run(
        "removeBG", {"maskType": "autoSubjectSegment", "backgroundHex": "#ced2ce"}
    ),
    "removeBG custom mask": run(
        "removeBG", {"maskType": "custom", "customMask": MASK_B64, "backgroundId": 457}
    ),
    # agent-openapi-integration-2026-04.txt agent tables: smallest documented requests
    "aipose": run("aipose", {"textDescription": "arms crossed", "generateVersion": "lite"}),
    "virtualtryon auto": run(
        "virtualtryon",
        {"generateVersion": "weshopFlash", "descriptionType": "auto"},
        fashionModelImage=IMAGE,
        locationImage=IMAGE,
    ),
    "virtualtryon bananaPro": run(
        "virtualtryon",
        {
            "generateVersion": "bananaPro",
            "descriptionType": "custom",
            "textDescription": "Figure 1 worn by Figure 2 in Figure 3",
            "imageSize": "2K",
            "aspectRatio": "3:4",
        },
    ),
}

DOCUMENT_OTHER_EXAMPLES: list[tuple[str, str, dict[str, Any]]] = [
    # v1-api-reference-2024-06.txt
    (
        "create task",
        "TaskCreateRequest",
        {
            "agentName": "aimodel",
            "agentVersion": "v1.0",
            "initParams": {"taskName": "Create Task Api Test", "originalImage": IMAGE},
        },
    ),
    (
        "execute task",
        "TaskExecuteRequest",
        {
            "taskId": "<task id>",
            "params": {
                "generatedContent": "freeCreation",
                "maskType": "autoApparelSegment",
                "locationId": 2002093,
            },
        },
    ),
    ("query task by execution", "TaskQueryRequest", {"executionId": "<execution id>"}),
    ("query task by task", "TaskQueryRequest", {"taskId": "<task id>"}),
    ("delete task", "TaskDeleteRequest", {"taskId": "<task id>"}),
    # v1-agents-reference-2025-05.txt My Models / My Locations
    (
        "create my model",
        "MyFashionModelCreateRequest",
        {
            "images": [IMAGE],
            "name": "fashionModelName",
            "agentName": "aimodel",
            "agentVersion": "v1.0",
        },
    ),
    ("delete my model", "MyFashionModelDeleteRequest", {"fashionModelId": 1}),
    (
        "create my location",
        "MyLocationCreateRequest",
        {"image": IMAGE, "name": "locationName", "agentName": "aimodel", "agentVersion": "v1.0"},
    ),
    ("delete my location", "MyLocationDeleteRequest", {"locationId": 1}),
]


@pytest.mark.parametrize("name", sorted(DOCUMENT_RUN_EXAMPLES))
def test_document_run_examples_are_accepted(name: str) -> None:
    assert spec_validator().violations("RunRequest", DOCUMENT_RUN_EXAMPLES[name]) == []


@pytest.mark.parametrize(("name", "schema", "body"), DOCUMENT_OTHER_EXAMPLES, ids=lambda x: str(x))
def test_document_other_examples_are_accepted(name: str, schema: str, body: dict[str, Any]) -> None:
    assert spec_validator().violations(schema, body) == [], name


# --------------------------------------------------------------------------- rules
@dataclass(frozen=True)
class RuleCase:
    """One accepted and one rejected instance of a rule, and where the rule is written."""

    source: str
    schema: str
    accepted: Any
    rejected: Any
    field: str  # the field the rejection must name


AIPRODUCT = DOCUMENT_RUN_EXAMPLES["aiproduct automatic subject segmentation"]
REMOVEBG = DOCUMENT_RUN_EXAMPLES["removeBG template colour"]
TRYON = DOCUMENT_RUN_EXAMPLES["virtualtryon auto"]
EXPAND = DOCUMENT_RUN_EXAMPLES["expandimage auto-centred"]
AIPOSE = DOCUMENT_RUN_EXAMPLES["aipose"]
INFO_PAGE_SIZE = "/paths/~1v1~1agent~1info/get/parameters/1/schema"
INFO_PAGE = "/paths/~1v1~1agent~1info/get/parameters/0/schema"

RULE_CASES: dict[str, list[RuleCase]] = {
    "batch-count-range": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:96",
            "RunRequest",
            with_params(AIMODEL_MINIMAL, batchCount=16),
            with_params(AIMODEL_MINIMAL, batchCount=17),
            "params.batchCount",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:96",
            "RunRequest",
            with_params(EXPAND, batchCount=1),
            with_params(EXPAND, batchCount=0),
            "params.batchCount",
        ),
    ],
    "task-name-length": [
        RuleCase(
            "v1-agents-reference-2025-05.txt:58",
            "RunRequest",
            {**AIMODEL_MINIMAL, "input": {"originalImage": IMAGE, "taskName": "x" * 20}},
            {**AIMODEL_MINIMAL, "input": {"originalImage": IMAGE, "taskName": "x" * 21}},
            "input.taskName",
        ),
        RuleCase(
            "v1-agents-reference-2025-05.txt:58",
            "TaskCreateRequest",
            {
                "agentName": "aimodel",
                "agentVersion": "v1.0",
                "initParams": {"originalImage": IMAGE, "taskName": "short"},
            },
            {
                "agentName": "aimodel",
                "agentVersion": "v1.0",
                "initParams": {"originalImage": IMAGE, "taskName": "a task name that is too long"},
            },
            "initParams.taskName",
        ),
    ],
    "custom-mask-base64": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:82",
            "RunRequest",
            DOCUMENT_RUN_EXAMPLES["aiproduct custom mask"],
            with_params(
                DOCUMENT_RUN_EXAMPLES["aiproduct custom mask"],
                customMask="data:image/png;base64," + MASK_B64,
            ),
            "params.customMask",
        )
    ],
    "http-url": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:62",
            "RunRequest",
            AIMODEL_MINIMAL,
            {**AIMODEL_MINIMAL, "input": {"originalImage": "/path/to/your-image.png"}},
            "input.originalImage",
        ),
        RuleCase(
            "v1-api-reference-2024-06.txt:148",
            "RunRequest",
            {**AIMODEL_MINIMAL, "callbackUrl": "https://hooks.example.com/weshop?run=1&x=%20"},
            {**AIMODEL_MINIMAL, "callbackUrl": "hooks.example.com/weshop"},
            "callbackUrl",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:62",
            "RunRequest",
            {
                **AIMODEL_MINIMAL,
                "input": {"originalImage": "https://cdn.example.com/caf%C3%A9.png"},
            },
            {**AIMODEL_MINIMAL, "input": {"originalImage": "https://cdn.example.com/café.png"}},
            "input.originalImage",
        ),
        RuleCase(
            "v1-agents-reference-2025-05.txt:421",
            "MyFashionModelCreateRequest",
            {"images": [IMAGE], "name": "m", "agentName": "aimodel", "agentVersion": "v1.0"},
            {"images": [""], "name": "m", "agentName": "aimodel", "agentVersion": "v1.0"},
            "images.0",
        ),
    ],
    "my-model-images": [
        RuleCase(
            "v1-agents-reference-2025-05.txt:421",
            "MyFashionModelCreateRequest",
            {"images": [IMAGE] * 4, "name": "m", "agentName": "aimodel", "agentVersion": "v1.0"},
            {"images": [IMAGE] * 5, "name": "m", "agentName": "aimodel", "agentVersion": "v1.0"},
            "images",
        )
    ],
    "idempotency-key": [
        RuleCase(
            "RFC 9110 section 5.5",
            "/components/parameters/IdempotencyKey/schema",
            "k",
            "a\r\nb",
            "",
        ),
        RuleCase(
            "RFC 9110 section 5.5; weshop-cli 0.2.22 sends a UUID",
            "/components/parameters/IdempotencyKey/schema",
            "7d3f0c1e-2b4a-4c5d-9e8f-0a1b2c3d4e5f",
            "x" * 256,
            "",
        ),
        RuleCase(
            "RFC 9110 section 5.5", "/components/parameters/IdempotencyKey/schema", "a b", "   ", ""
        ),
        RuleCase(
            "RFC 9110 section 5.5", "/components/parameters/IdempotencyKey/schema", "k", "ключ", ""
        ),
    ],
    "info-paging": [
        RuleCase("README.md:40 (weshop-cli 0.2.22)", INFO_PAGE_SIZE, 100, 101, ""),
        RuleCase("README.md:40 (weshop-cli 0.2.22)", INFO_PAGE, 1, 0, ""),
    ],
    "task-query-handle": [
        RuleCase(
            "v1-api-reference-2024-06.txt:186",
            "TaskQueryRequest",
            {"taskId": "t"},
            {},
            "",
        )
    ],
    "aimodel-required": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:103",
            "RunRequest",
            AIMODEL_MINIMAL,
            with_params(AIMODEL_MINIMAL, generatedContent=None),
            "params.generatedContent",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:104",
            "RunRequest",
            AIMODEL_MINIMAL,
            with_params(AIMODEL_MINIMAL, maskType=None),
            "params.maskType",
        ),
    ],
    "aimodel-reference": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:105-107",
            "RunRequest",
            with_params(AIMODEL_MINIMAL, textDescription=None, fashionModelId=4020082),
            with_params(AIMODEL_MINIMAL, textDescription=None),
            "params",
        )
    ],
    "aiproduct-required": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:118-119",
            "RunRequest",
            AIPRODUCT,
            with_params(AIPRODUCT, maskType=None),
            "params.maskType",
        )
    ],
    "aiproduct-reference": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:120-121",
            "RunRequest",
            with_params(AIPRODUCT, textDescription=None),
            with_params(AIPRODUCT, textDescription=None, locationId=None),
            "params",
        )
    ],
    "custom-mask": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:80-82",
            "RunRequest",
            with_params(AIMODEL_MINIMAL, maskType="custom", customMaskUrl=IMAGE),
            with_params(AIMODEL_MINIMAL, maskType="custom"),
            "params",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:123-124",
            "RunRequest",
            with_params(AIPRODUCT, maskType="custom", customMask=MASK_B64),
            with_params(AIPRODUCT, maskType="custom"),
            "params",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:152-153",
            "RunRequest",
            with_params(REMOVEBG, maskType="custom", customMaskUrl=IMAGE),
            with_params(REMOVEBG, maskType="custom"),
            "params",
        ),
    ],
    "aipose-required": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:131",
            "RunRequest",
            AIPOSE,
            with_params(AIPOSE, textDescription=None),
            "params.textDescription",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:131",
            "RunRequest",
            AIPOSE,
            with_params(AIPOSE, textDescription=""),
            "params.textDescription",
        ),
    ],
    "expandimage-required": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:139-140",
            "RunRequest",
            EXPAND,
            with_params(EXPAND, targetHeight=None),
            "params.targetHeight",
        )
    ],
    "expandimage-target-size": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:139",
            "RunRequest",
            with_params(EXPAND, targetWidth=4096),
            with_params(EXPAND, targetWidth=4097),
            "params.targetWidth",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:140",
            "RunRequest",
            with_params(EXPAND, targetHeight=4096),
            with_params(EXPAND, targetHeight=5000),
            "params.targetHeight",
        ),
    ],
    "removebg-required": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:149",
            "RunRequest",
            REMOVEBG,
            with_params(REMOVEBG, maskType=None),
            "params.maskType",
        )
    ],
    "removebg-background": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:150-151",
            "RunRequest",
            with_params(REMOVEBG, backgroundId=None, backgroundHex="#ffffff"),
            with_params(REMOVEBG, backgroundId=None),
            "params",
        )
    ],
    "hex-colour": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:151",
            "RunRequest",
            with_params(REMOVEBG, backgroundHex="#CED2CE"),
            with_params(REMOVEBG, backgroundHex="ced2ce"),
            "params.backgroundHex",
        )
    ],
    "virtualtryon-required": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:166",
            "RunRequest",
            TRYON,
            with_params(TRYON, generateVersion=None),
            "params.generateVersion",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt:167",
            "RunRequest",
            TRYON,
            with_params(TRYON, descriptionType=None),
            "params.descriptionType",
        ),
    ],
    "virtualtryon-custom-description": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:168",
            "RunRequest",
            with_params(TRYON, descriptionType="custom", textDescription="Figure 1 on a beach"),
            with_params(TRYON, descriptionType="custom"),
            "params.textDescription",
        )
    ],
    "virtualtryon-image-size": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:170",
            "RunRequest",
            with_params(TRYON, generateVersion="bananaPro", imageSize="4K"),
            with_params(TRYON, generateVersion="bananaPro"),
            "params.imageSize",
        )
    ],
    "virtualtryon-aspect-ratio": [
        RuleCase(
            "agent-openapi-integration-2026-04.txt:169",
            "RunRequest",
            with_params(TRYON, generateVersion="weshopPro", aspectRatio="16:9"),
            with_params(TRYON, generateVersion="weshopFlash", aspectRatio="16:9"),
            "params.generateVersion",
        )
    ],
    "agent-catalog": [
        # kling's durations depend on its model (kling.md); the agent's own params schema.
        RuleCase(
            "catalog-2026-04/references/kling.md",
            "RunRequest",
            {
                "agent": {"name": "kling", "version": "v1.0"},
                "input": {"images": [IMAGE]},
                "params": {"modelName": "Kling_2_6", "duration": "10s", "textDescription": "walk"},
            },
            {
                "agent": {"name": "kling", "version": "v1.0"},
                "input": {"images": [IMAGE]},
                "params": {"modelName": "Kling_2_6", "duration": "7s", "textDescription": "walk"},
            },
            "params.duration",
        ),
    ],
    "agent-params": [
        # The same params are fine for aiproduct but break aimodel's maskType enum.
        RuleCase(
            "agent-openapi-integration-2026-04.txt Agent Details",
            "RunRequest",
            with_params(AIPRODUCT, maskType="autoSubjectSegment"),
            {
                **with_params(AIPRODUCT, maskType="autoSubjectSegment"),
                "agent": {"name": "removeBG", "version": "v1.0"},
            },
            "params",
        ),
        RuleCase(
            "agent-openapi-integration-2026-04.txt Agent Details",
            "RunRequest",
            EXPAND,
            {**EXPAND, "agent": {"name": "aipose", "version": "v1.0"}},
            "params.textDescription",
        ),
    ],
}


def _overlay_rule_ids() -> set[str]:
    """The rule ids of the overlays' actions, and of the agent selection's branches (the
    catalog overlay's action on RunRequest: agent-params for the six, agent-catalog)."""
    found: set[str] = set()
    for path in (OVERLAY, CATALOG_OVERLAY):
        for action in yaml.safe_load(path.read_text(encoding="utf-8"))["actions"]:
            found.update([action["x-rule"]] if "x-rule" in action else [])
            if action["target"] == "$.components.schemas.RunRequest":
                (selection,) = action["update"]["allOf"]
                found.update(branch["x-rule"] for branch in selection["then"]["anyOf"])
    return found


def test_every_overlay_rule_has_accepted_and_rejected_examples() -> None:
    assert _overlay_rule_ids() == set(RULE_CASES)


CASES = [
    pytest.param(case, id=f"{rule}-{i}")
    for rule, cases in RULE_CASES.items()
    for i, case in enumerate(cases)
]


@pytest.mark.parametrize("case", CASES)
def test_rule_accepts(case: RuleCase) -> None:
    assert spec_validator().violations(case.schema, case.accepted) == [], case.source


@pytest.mark.parametrize("case", CASES)
def test_rule_rejects_and_names_the_field(case: RuleCase) -> None:
    violations = spec_validator().violations(case.schema, case.rejected)
    assert violations, f"{case.source}: rule did not reject"
    assert case.field in {v.field for v in violations}, (case.source, violations)


def test_rule_violation_names_the_overlay_rule() -> None:
    rejected = with_params(AIMODEL_MINIMAL, maskType="custom")
    (violation,) = spec_validator().violations("RunRequest", rejected)
    assert violation.rule == "custom-mask"
    assert "customMask" in str(violation)


# --------------------------------------------------------------------------- enums
ENUM_CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    # (what, accepted, rejected, field)
    (
        "generatedContent",
        AIMODEL_MINIMAL,
        with_params(AIMODEL_MINIMAL, generatedContent="free"),
        "params.generatedContent",
    ),
    (
        "aimodel maskType",
        with_params(AIMODEL_MINIMAL, maskType="inverseAutoHumanSegment"),
        with_params(AIMODEL_MINIMAL, maskType="auto"),
        "params.maskType",
    ),
    (
        "aiproduct maskType",
        AIPRODUCT,
        with_params(AIPRODUCT, maskType="autoApparelSegment"),
        "params.maskType",
    ),
    (
        "removeBG maskType",
        REMOVEBG,
        with_params(REMOVEBG, maskType="autoHumanSegment"),
        "params.maskType",
    ),
    (
        "pose",
        with_params(AIMODEL_MINIMAL, pose="referenceImagePose"),
        with_params(AIMODEL_MINIMAL, pose="sitting"),
        "params.pose",
    ),
    (
        "descriptionType",
        TRYON,
        with_params(TRYON, descriptionType="manual"),
        "params.descriptionType",
    ),
    (
        "aipose generateVersion",
        with_params(AIPOSE, generateVersion="pro"),
        with_params(AIPOSE, generateVersion="weshopPro"),
        "params.generateVersion",
    ),
    (
        "virtualtryon generateVersion",
        with_params(TRYON, generateVersion="weshopPro"),
        with_params(TRYON, generateVersion="pro"),
        "params.generateVersion",
    ),
    (
        "aspectRatio",
        with_params(TRYON, generateVersion="weshopPro", aspectRatio="21:9"),
        with_params(TRYON, generateVersion="weshopPro", aspectRatio="5:4"),
        "params.aspectRatio",
    ),
    (
        "imageSize",
        with_params(TRYON, generateVersion="bananaPro", imageSize="1K"),
        with_params(TRYON, generateVersion="bananaPro", imageSize="8K"),
        "params.imageSize",
    ),
    (
        "resultImageFormat",
        with_params(AIPRODUCT, resultImageFormat="jpg"),
        with_params(AIPRODUCT, resultImageFormat="gif"),
        "params.resultImageFormat",
    ),
]


@pytest.mark.parametrize(
    ("what", "accepted", "rejected", "field"), ENUM_CASES, ids=[c[0] for c in ENUM_CASES]
)
def test_enum(what: str, accepted: dict[str, Any], rejected: dict[str, Any], field: str) -> None:
    validator = spec_validator()
    assert validator.violations("RunRequest", accepted) == [], what
    assert field in {v.field for v in validator.violations("RunRequest", rejected)}, what


@pytest.mark.parametrize(
    ("pointer", "accepted", "rejected"),
    [
        ("/paths/~1v1~1agent~1info/get/parameters/2/schema", "fashionModels", "models"),
        ("/components/schemas/Execution/properties/status", "Segmenting", "Done"),
        ("/components/schemas/ResultItem/properties/status", "Failed", "Segmenting"),
        ("/components/schemas/MyLocation/properties/status", "prepare", "ready"),
        ("/components/schemas/FashionModel/properties/type", "Yours", "Mine"),
        (
            "/components/schemas/MyLocationCreateRequest/properties/agentName",
            "aimodel",
            "aiproduct",
        ),
        ("/components/schemas/KnownAgentName", "removeBG", "removebg"),
        ("/components/schemas/KnownAgentVersion", "v1.0", "v2.0"),
    ],
)
def test_response_and_query_enums(pointer: str, accepted: str, rejected: str) -> None:
    validator = spec_validator()
    assert validator.violations(pointer, accepted) == []
    assert validator.violations(pointer, rejected)


def test_undocumented_agent_names_stay_open() -> None:
    # AgentName is an open enum: a new agent can run before the spec is regenerated.
    body = {**AIMODEL_MINIMAL, "agent": {"name": "videogen", "version": "v2.0"}, "params": {"x": 1}}
    assert spec_validator().violations("RunRequest", body) == []


def test_upload_limits_are_stated_once_in_the_spec() -> None:
    # v1-api-reference-2024-06.txt:467-470 and v1-agents-reference-2025-05.txt:423, 557;
    # the facade and the mock both read these through image_constraints().
    from weshop._spec import image_constraints

    limits = image_constraints()
    assert set(limits.media_types) == {"png", "jpeg", "jpg", "webp"}
    assert limits.max_bytes == 10 * 1024 * 1024
    assert limits.min_side_exclusive == 512
    assert limits.max_aspect_ratio_exclusive == 2
    assert limits.max_referenced_bytes == 5 * 1024 * 1024
