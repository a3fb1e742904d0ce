"""``client.agents``: an agent's presets (locations, fashion models, backgrounds, sizes)."""

from __future__ import annotations

from .._async.agents import AsyncAgents
from .._sync.agents import Agents

__all__ = ["Agents", "AsyncAgents"]
