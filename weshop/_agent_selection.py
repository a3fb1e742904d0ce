"""How RunRequest's rules select an agent: its ``anyOf`` has one branch per catalog agent
(``agent.name`` pinned by ``const``) plus one for every other name, and validation walks
only the branch a request's own agent selects — the verdict is the same, the errors are
named from inside that branch, and a cold start pays for one agent's rules, not 140-odd."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Final

from ._spec_document import load_spec

__all__ = [
    "OTHER_AGENT",
    "agent_name",
    "is_agent_selection",
    "quick_key",
    "selected_branch",
    "without_other_agents",
]

#: The selection key of a request naming an agent outside the catalog.
OTHER_AGENT: Final = "\x00other"


@functools.cache
def _catalog_names() -> frozenset[str]:
    return frozenset(load_spec().get("x-weshop-agents", {}))


def agent_name(instance: object) -> str | None:
    """``agent.name`` of a run request (:data:`OTHER_AGENT` for a name outside the
    catalog), or None for anything else."""
    if isinstance(instance, Mapping):
        agent = instance.get("agent")
        if isinstance(agent, Mapping) and isinstance(agent.get("name"), str):
            name = str(agent["name"])
            return name if name in _catalog_names() else OTHER_AGENT
    return None


def quick_key(pointer: str, instance: object) -> str:
    agent = agent_name(instance)
    return pointer if agent is None else f"{pointer}\n{agent}"


def _selected_agent(branch: object) -> object:
    """The agent name an agent-selection branch applies to — ``{agent: {name: {const:
    X}}}`` — ``OTHER_AGENT`` for the branch of every other name (``not: {enum: [...]}``),
    else None."""
    if not isinstance(branch, Mapping):
        return None
    try:
        name = branch["properties"]["agent"]["properties"]["name"]
    except (KeyError, TypeError):
        return None
    if not isinstance(name, Mapping):
        return None
    if "const" in name:
        return name["const"]
    return OTHER_AGENT if isinstance(name.get("not"), Mapping) else None


def is_agent_selection(branches: object) -> bool:
    """Whether an ``anyOf`` is RunRequest's selection of the agent's rules by name."""
    return (
        isinstance(branches, list)
        and bool(branches)
        and all(_selected_agent(branch) is not None for branch in branches)
    )


def selected_branch(branches: Sequence[Any], agent: str) -> int | None:
    """The index of the branch ``agent`` (a catalog name or ``OTHER_AGENT``) selects."""
    for index, branch in enumerate(branches):
        if _selected_agent(branch) == agent:
            return index
    return None


def without_other_agents(node: Any, agent: str) -> Any:
    """``node`` with the agent selection (an ``anyOf`` of branches, one per agent name)
    reduced to the branch ``agent`` selects: the others cannot match a request naming
    ``agent``, so the verdict is the same, and errors are reported from inside the branch.

    Only the selected branch is walked, and parts without a selection are shared, not
    copied (``node`` itself comes back where nothing is reduced): a cold start pays for
    one agent's rules, not for 140-odd."""
    if isinstance(node, list):
        items = [without_other_agents(item, agent) for item in node]
        return node if all(new is old for new, old in zip(items, node, strict=True)) else items
    if not isinstance(node, dict):
        return node
    branches: Any = node.get("anyOf")
    index = selected_branch(branches, agent) if is_agent_selection(branches) else None
    out = {
        key: without_other_agents(value, agent)
        for key, value in node.items()
        if index is None or key != "anyOf"
    }
    if index is not None:
        selected = without_other_agents(branches[index], agent)
        out["allOf"] = [*out.get("allOf", []), selected]
        return out
    return node if all(out[key] is node[key] for key in out) else out
