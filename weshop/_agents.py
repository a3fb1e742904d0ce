"""The six documented agents, typed — now produced from the spec.

``WeShop.aimodel`` and ``AsyncWeShop.aimodel`` (and ``aiproduct``, ``aipose``,
``expand_image``, ``remove_background``, ``virtual_try_on``) wrap builders generated into
``_typed_agents`` from the agents' params schemas (``nox -s generate``); the plumbing they
share is ``_agent_methods``. This module keeps the names the rest of the package imports.
"""

from __future__ import annotations

from ._agent_methods import AgentCall, ProgressCallback, build_call, wire_name
from ._typed_agents import (
    AGENT_BUILDERS,
    aimodel,
    aipose,
    aiproduct,
    expand_image,
    remove_background,
    virtual_try_on,
)

__all__ = [
    "AGENT_BUILDERS",
    "AgentCall",
    "ProgressCallback",
    "aimodel",
    "aipose",
    "aiproduct",
    "build_call",
    "expand_image",
    "remove_background",
    "virtual_try_on",
    "wire_name",
]
