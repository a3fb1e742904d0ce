"""The six documented agents, typed — now produced from the spec.

``WeShop.aimodel`` and ``AsyncWeShop.aimodel`` (and ``aiproduct``, ``aipose``,
``expand_image``, ``remove_background``, ``virtual_try_on``) wrap builders generated into
``_typed_agents`` from the agents' params schemas (``nox -s generate``); the plumbing they
share is ``_agent_methods``. This module keeps the names the rest of the package imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._agent_methods import AgentCall, ProgressCallback, build_call, wire_name

if TYPE_CHECKING:
    from ._typed_agents import (
        AGENT_BUILDERS,
        aimodel,
        aipose,
        aiproduct,
        expand_image,
        remove_background,
        virtual_try_on,
    )

#: Names read from the generated ``_typed_agents`` when first asked for: that module
#: (every catalog agent) is not part of ``import weshop`` (cold start, issue 21).
_TYPED = frozenset(
    {
        "AGENT_BUILDERS",
        "aimodel",
        "aipose",
        "aiproduct",
        "expand_image",
        "remove_background",
        "virtual_try_on",
    }
)


def __getattr__(name: str) -> Any:
    if name in _TYPED:
        from . import _typed_agents

        return getattr(_typed_agents, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_TYPED})


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
