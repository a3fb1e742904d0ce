"""The operations' business logic, one module per API: agent runs (``runs``), the task
API (``tasks``), uploads (``uploads``), the agent catalogue (``agent_info``), the caller's
own models and locations (``my_assets``), and the served files (``files``).

A handler gets a validated :class:`~weshop.mock._context.Context` and returns a
:class:`~weshop.mock._context.Reply` or raises :class:`~weshop.mock._envelopes.ApiError`;
routing, the key, faults, reading, validation and replay happened before
(:mod:`weshop.mock._app`).
"""

from __future__ import annotations

from .agent_info import AgentInfoHandlers
from .files import FileServer
from .my_assets import MyAssetHandlers
from .runs import AgentRunHandlers, RunStarter
from .tasks import TaskHandlers
from .uploads import UploadHandlers

__all__ = [
    "AgentInfoHandlers",
    "AgentRunHandlers",
    "FileServer",
    "MyAssetHandlers",
    "RunStarter",
    "TaskHandlers",
    "UploadHandlers",
]
