"""The stateful phase: sequences that follow the spec's links (createRun 200 -> getRun).

Schemathesis builds a hypothesis state machine from the links of the overlaid spec (and
those it infers), feeds each step's output into the next, and runs every check on every
step — the stateful ones too (``use_after_free``, ``ensure_resource_availability``), which
look back at the earlier steps.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import schemathesis
from hypothesis import settings

from weshop.mock import MockServer

from .test_schemathesis import schema


def test_linked_sequences_conform(mock: MockServer) -> None:
    seen: Counter[tuple[str, int]] = Counter()
    created: set[str] = set()
    read: set[str] = set()

    class Sequences(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            return {"base_url": mock.base_url}

        def after_call(self, response: Any, case: schemathesis.Case[Any]) -> None:
            super().after_call(response, case)
            seen[(case.operation.label, response.status_code)] += 1
            if case.operation.label == "POST /agent/runs" and response.status_code == 200:
                created.add(response.json()["data"]["executionId"])
            if case.operation.label == "GET /agent/runs/{executionId}":
                read.add(str(case.path_parameters["executionId"]))

    Sequences.run(settings=settings(settings.default, stateful_step_count=8))
    # The link was followed: runs created in a sequence were read back by their id.
    assert created & read, dict(seen)
