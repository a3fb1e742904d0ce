"""Schemathesis extensions of this project: our checks, upload bodies, and the exclusions.

Loaded by every schemathesis run of the repository — the pytest harness imports it, and
``schemathesis.toml`` names it (``hooks = "contract_tests.hooks"``), so that
``schemathesis run generated/openapi.yaml --url ...`` from the repository root uses the same
checks, the same upload bodies and the same (documented) exclusions. Nothing here re-types a
rule of the API: envelopes, error styles and upload limits are read from the overlaid spec.

- **Checks** (:func:`success_envelope_status`, :func:`error_envelope_fields`): a 2xx whose
  envelope says ``success: false`` fails; an error answer must carry the envelope its
  operation declares — the agent API's ``{"success": false, "error": {code, message,
  retryable}}``, the task API's ``{"success": false, "code": ...}``.
- **Upload bodies**: schemathesis fills a ``format: binary`` image part with a 1x1 PNG; the
  overlay's ``x-image-constraints`` say what an upload must be, so valid images are drawn
  from those limits instead (``image_strategy``).
- **Agent tally** (:func:`tally_agents`): which catalog agents the generated ``createRun``
  and ``estimatePower`` bodies named, per operation, phase and mode — written to the file
  ``WESHOP_AGENT_TALLY`` names (``scripts/schemathesis_seeds.sh`` sets it and sums it up),
  kept in :data:`AGENTS_SENT` otherwise.
- **Exclusions** (:data:`EXCLUSIONS`, applied by :func:`drop_excluded_failures`): failures
  that are known disagreements between the spec and the project, reported to the lead;
  each dropped failure is counted in :data:`EXCLUDED` so a run can say how many it hid.
"""

from __future__ import annotations

import functools
import io
import json
import math
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

import schemathesis
from hypothesis import strategies as st
from PIL import Image
from schemathesis.openapi.checks import RejectedPositiveData

from weshop._spec import image_constraints, load_spec

__all__ = [
    "AGENTS_SENT",
    "AGENT_TALLY_ENV",
    "EXCLUDED",
    "EXCLUSIONS",
    "Exclusion",
    "declared_error_style",
    "drop_excluded_failures",
    "error_envelope_fields",
    "image_strategy",
    "success_envelope_status",
    "tally_agents",
]

BASE_PATH: Final = "/openapi"
JSON_MEDIA: Final = "application/json"
ErrorStyle = Literal["agent", "legacy"]


# --------------------------------------------------------------------------- the spec
def _resolve(node: Any) -> Any:
    """Follow local ``$ref`` chains of the overlaid spec."""
    spec = load_spec()
    seen: set[str] = set()
    while isinstance(node, Mapping) and "$ref" in node and node["$ref"] not in seen:
        ref = str(node["$ref"])
        seen.add(ref)
        target: Any = spec
        for raw in ref.removeprefix("#/").split("/"):
            target = target[raw.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@functools.cache
def declared_error_style(path: str, method: str) -> ErrorStyle:
    """Which error envelope an operation declares (for its first 4xx answer): the agent
    API's ``ErrorEnvelope`` (it has an ``error`` object) or the task API's envelope."""
    operation = load_spec()["paths"][path][method.lower()]
    for status in sorted(operation["responses"]):
        if status.startswith("4"):
            response = _resolve(operation["responses"][status])
            schema = _resolve(response["content"][JSON_MEDIA]["schema"])
            return "agent" if "error" in schema.get("properties", {}) else "legacy"
    return "agent"


def _json_body(response: Any) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


# --------------------------------------------------------------------------- our checks
@schemathesis.check
def success_envelope_status(ctx: Any, response: Any, case: Any) -> None:
    """A 2xx answer whose envelope says ``success: false`` is an error in disguise (and an
    error status must not say ``success: true``)."""
    body = _json_body(response)
    if not isinstance(body, Mapping) or "success" not in body:
        return
    status = int(response.status_code)
    if 200 <= status < 300 and body["success"] is False:
        raise AssertionError(
            f"HTTP {status} with an envelope that says success: false — an error must be "
            "answered with an error status"
        )
    if status >= 400 and body["success"] is True:
        raise AssertionError(f"HTTP {status} with an envelope that says success: true")


@schemathesis.check
def error_envelope_fields(ctx: Any, response: Any, case: Any) -> None:
    """An error answer carries its operation's envelope: ``success: false`` and, for the
    agent API, ``error.code``/``error.message`` (strings) and ``error.retryable`` (a
    boolean); for the task API a ``code``."""
    body = _json_body(response)
    status = int(response.status_code)
    says_failure = isinstance(body, Mapping) and body.get("success") is False
    if status < 400 and not says_failure:
        return
    where = f"HTTP {status}"
    if not isinstance(body, Mapping):
        raise AssertionError(f"{where}: the error answer is not a JSON envelope")
    if body.get("success") is not False:
        raise AssertionError(f"{where}: the error envelope must say success: false")
    style = declared_error_style(case.operation.path, case.operation.method)
    if style == "legacy":
        code = body.get("code")
        if isinstance(code, bool) or not isinstance(code, str | int):
            raise AssertionError(f"{where}: the task API's error envelope has no code")
        return
    error = body.get("error")
    if not isinstance(error, Mapping):
        raise AssertionError(f"{where}: the error envelope has no error object")
    missing = [
        name
        for name, kind in (("code", str), ("message", str), ("retryable", bool))
        if not isinstance(error.get(name), kind)
    ]
    if missing:
        raise AssertionError(f"{where}: the error object lacks {', '.join(missing)}")


# --------------------------------------------------------------------------- uploads
def _image_bytes(fmt: str, width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format=fmt)
    return out.getvalue()


@st.composite
def _images(draw: st.DrawFn, media_type: str) -> bytes:
    limits = image_constraints()
    low = limits.min_side_exclusive + 1
    high = 2 * limits.min_side_exclusive
    ratio = limits.max_aspect_ratio_exclusive
    width = draw(st.integers(low, high))
    # Both sides above the minimum, the aspect ratio below the maximum.
    min_height = max(low, math.floor(width / ratio) + 1)
    max_height = min(high, math.ceil(width * ratio) - 1)
    height = draw(st.integers(min_height, max_height))
    colour = draw(st.tuples(*[st.integers(0, 255)] * 3))
    fmt = next(name for name, kind in limits.media_types.items() if kind == media_type)
    data = _image_bytes("JPEG" if fmt in ("jpg", "jpeg") else fmt.upper(), width, height, colour)
    assert len(data) <= limits.max_bytes
    return data


def image_strategy(media_type: str) -> st.SearchStrategy[bytes]:
    """Images an upload accepts, of ``media_type``, drawn from the spec's upload limits."""
    return _images(media_type)


for _media_type in sorted(set(image_constraints().media_types.values())):
    schemathesis.openapi.media_type(_media_type, image_strategy(_media_type))


# --------------------------------------------------------------------------- agent tally
#: Names the file each createRun/estimatePower case is appended to (one JSON line).
AGENT_TALLY_ENV: Final = "WESHOP_AGENT_TALLY"
#: (operationId, agent name) → cases sent, in this process.
AGENTS_SENT: Counter[tuple[str, str]] = Counter()
_AGENT_OPERATIONS: Final = frozenset({"createRun", "estimatePower"})


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Count the agent each run body named (see :func:`tally_agents`)."""
    tally_agents(case, response)


def tally_agents(case: Any, response: Any) -> None:
    """Record which agent a ``createRun``/``estimatePower`` case named: how far the
    generated bodies span the catalog is a figure the docs report."""
    operation_id = case.operation.definition.raw.get("operationId")
    if operation_id not in _AGENT_OPERATIONS:
        return
    body = case.body
    agent = body.get("agent") if isinstance(body, Mapping) else None
    name = agent.get("name") if isinstance(agent, Mapping) else None
    shown = name if isinstance(name, str) else "(no name)"
    AGENTS_SENT[(operation_id, shown)] += 1
    target = os.environ.get(AGENT_TALLY_ENV)
    if not target:
        return
    meta = getattr(case, "meta", None)
    record = {
        "operation": operation_id,
        "agent": shown,
        "status": int(response.status_code),
        "mode": str(getattr(getattr(meta, "generation", None), "mode", "")),
        "phase": str(getattr(getattr(meta, "phase", None), "name", "")),
    }
    with open(target, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


# --------------------------------------------------------------------------- exclusions
@dataclass(frozen=True)
class Exclusion:
    """A known disagreement: which failures it drops, and why (reported to the lead)."""

    name: str
    reason: str
    applies: Callable[[Any, Any, Any], bool]  # (failure, case, response)


def _idempotency_key_reused(failure: Any, case: Any, response: Any) -> bool:
    if not isinstance(failure, RejectedPositiveData) or response.status_code != 400:
        return False
    body = _json_body(response)
    error = body.get("error") if isinstance(body, Mapping) else None
    return isinstance(error, Mapping) and error.get("code") == "IDEMPOTENCY_KEY_REUSED"


def _task_params_broken_for_its_agent(failure: Any, case: Any, response: Any) -> bool:
    if not isinstance(failure, RejectedPositiveData) or response.status_code != 400:
        return False
    operation = load_spec()["paths"][case.operation.path][case.operation.method.lower()]
    if operation.get("operationId") != "executeTask":
        return False
    body = _json_body(response)
    message = body.get("msg") if isinstance(body, Mapping) else None
    if not isinstance(message, str):
        return False
    # Every violation named is one of params (the task's agent's params schema).
    return all(part.strip().startswith("params") for part in message.split("; "))


EXCLUSIONS: Final[tuple[Exclusion, ...]] = (
    Exclusion(
        "idempotency-key-reuse",
        "positive_data_acceptance: a schema-valid createRun that reuses an Idempotency-Key "
        "with another body is refused with 400 IDEMPOTENCY_KEY_REUSED (the right outcome: "
        "it must not start a second run). Schemathesis expects a state conflict to be a "
        "409, which createRun does not declare. Reported to the lead: declare 409 (or 422, "
        "as the IETF Idempotency-Key draft says) for createRun, then the mock answers it.",
        _idempotency_key_reused,
    ),
    Exclusion(
        "task-agent-params",
        "positive_data_acceptance: executeTask's `params` are free-form in the spec "
        "(RunParams), but they belong to the task's agent, whose params schema the spec's "
        "agent-params rule selects — a rule across two requests (the agent was named when "
        "the task was created) that no schema can state. The mock applies it (400 naming "
        "params.<field>), as the service must; schemathesis, seeing only this request, "
        "counts that as a valid request refused. Only refusals naming params fields alone "
        "are dropped.",
        _task_params_broken_for_its_agent,
    ),
)

#: How many failures each exclusion dropped in this process (for the summaries).
EXCLUDED: Counter[str] = Counter()


@schemathesis.hook
def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
    """Drop the failures an exclusion covers (counting them); keep every other one."""
    return drop_excluded_failures(failure, case, response)


def drop_excluded_failures(failure: Any, case: Any, response: Any) -> bool:
    """``False`` (drop) for a failure an exclusion covers, ``True`` otherwise."""
    for exclusion in EXCLUSIONS:
        if exclusion.applies(failure, case, response):
            EXCLUDED[exclusion.name] += 1
            return False
    return True
