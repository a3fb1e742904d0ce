"""``client.tasks``: the older task API (create a task, execute it, query, delete)."""

from __future__ import annotations

from .._async.tasks import AsyncTasks
from .._sync.tasks import Tasks

__all__ = ["AsyncTasks", "Tasks"]
