"""``client.runs``: start a run of any agent, read it, wait for it, estimate its cost."""

from __future__ import annotations

from .._async.runs import AsyncRuns
from .._sync.runs import Runs

__all__ = ["AsyncRuns", "Runs"]
