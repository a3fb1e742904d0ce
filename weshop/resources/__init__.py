"""The resource groups of the client: ``client.runs``, ``client.assets``, ``client.agents``,
``client.tasks``, ``client.fashion_models``, ``client.locations`` (sync and async)."""

from __future__ import annotations

from .agents import Agents, AsyncAgents
from .assets import Assets, AsyncAssets
from .fashion_models import AsyncFashionModels, FashionModels
from .locations import AsyncLocations, Locations
from .runs import AsyncRuns, Runs
from .tasks import AsyncTasks, Tasks

__all__ = [
    "Agents",
    "Assets",
    "AsyncAgents",
    "AsyncAssets",
    "AsyncFashionModels",
    "AsyncLocations",
    "AsyncRuns",
    "AsyncTasks",
    "FashionModels",
    "Locations",
    "Runs",
    "Tasks",
]
