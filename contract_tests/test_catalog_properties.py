"""Every catalog agent, property-tested over HTTP: schemathesis draws run bodies for the
agent from the shipped spec — positive (they must be accepted) and negative (they must be
refused) — and sends them to ``estimatePower`` on the mock, with every check.

The full ``schemathesis run generated/openapi.yaml`` draws bodies for any agent, so in a
bounded run it names only some of the 142 (``scripts/schemathesis_seeds.sh`` reports how
many). Here each agent gets its own few examples: the shipped spec with ``agent.name``
pinned to the agent (a ``const`` added beside ``AgentRef``; no rule is removed, the
generator itself drops the other agents' branches). ``estimatePower`` takes the same body
as ``createRun`` and creates and costs nothing.

Each agent costs 2-4 s (schemathesis canonicalises the pinned RunRequest once per agent
and mode), so the CI profile takes every :data:`CI_AGENT_STRIDE`-th agent of the sorted
catalog (12 agents, the same on every run), derandomized, :data:`CI_AGENT_EXAMPLES`
examples per agent and mode; ``--thorough`` takes all 142 agents, random, ten times as
many examples (~10 min). Every agent's rules are also checked example-based over HTTP in
CI (``tests/mock/test_mock_catalog.py``, ``test_catalog.py``).
"""

from __future__ import annotations

from typing import Any, Final

import pytest
import schemathesis
from hypothesis import given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from weshop._spec import load_spec
from weshop.mock import MockServer

from .conftest import CONFIG_PATH, PROFILE

AGENTS: Final = sorted(load_spec()["x-weshop-agents"])
CI_AGENT_EXAMPLES: Final = 2
CI_AGENT_STRIDE: Final = 12
ESTIMATE_PATH: Final = "/agent/power-estimates"
_CONFIG: Final = schemathesis.Config.from_path(CONFIG_PATH)


def pinned_document(agent: str) -> dict[str, Any]:
    """The shipped spec with RunRequest's ``agent.name`` pinned to ``agent`` (copies only
    the nodes on the way; every rule stays)."""
    spec = load_spec()
    schemas = spec["components"]["schemas"]
    run_request = dict(schemas["RunRequest"])
    run_request["properties"] = {
        **run_request["properties"],
        "agent": {
            "allOf": [
                {"$ref": "#/components/schemas/AgentRef"},
                {"properties": {"name": {"const": agent}}},
            ]
        },
    }
    return {
        **spec,
        "components": {**spec["components"], "schemas": {**schemas, "RunRequest": run_request}},
    }


def _thorough() -> bool:
    return bool(PROFILE) and PROFILE[0] == "thorough"


def _examples() -> int:
    return CI_AGENT_EXAMPLES * (10 if _thorough() else 1)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "agent" in metafunc.fixturenames:
        metafunc.parametrize("agent", AGENTS if _thorough() else AGENTS[::CI_AGENT_STRIDE])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_agent_bodies_over_http(agent: str, mode: GenerationMode, mock: MockServer) -> None:
    schema = schemathesis.openapi.from_dict(pinned_document(agent), config=_CONFIG)
    operation = schema[ESTIMATE_PATH]["POST"]
    names: list[object] = []

    @given(data=st.data())
    @settings(max_examples=_examples())
    def check(data: st.DataObject) -> None:
        case = data.draw(operation.as_strategy(generation_mode=mode))
        body: Any = case.body
        if mode is GenerationMode.POSITIVE:
            names.append(body["agent"]["name"])
        case.call_and_validate(base_url=mock.base_url)

    check()
    if mode is GenerationMode.POSITIVE:
        assert set(names) == {agent}
