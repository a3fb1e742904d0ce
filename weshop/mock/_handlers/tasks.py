"""The task API (``/v1/agent/task/*``): create a task, execute it (a run), query, delete."""

from __future__ import annotations

from typing import Any

from ..._spec import Violation
from .._context import Context, Handler, Reply
from .._envelopes import ApiError
from .._routes import AgentCatalogue
from .._state import MockState
from .._validation import RequestValidator
from .runs import RunStarter

__all__ = ["TaskHandlers"]


class TaskHandlers:
    """``createTask``, ``executeTask``, ``queryTask`` and ``deleteTask``."""

    def __init__(
        self,
        state: MockState,
        runs: RunStarter,
        agents: AgentCatalogue,
        validation: RequestValidator,
    ) -> None:
        self.state = state
        self.runs = runs
        self.agents = agents
        self.validation = validation

    def handlers(self) -> dict[str, Handler]:
        """Operation id -> handler."""
        return {
            "createTask": self.create_task,
            "executeTask": self.execute_task,
            "queryTask": self.query_task,
            "deleteTask": self.delete_task,
        }

    async def create_task(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        name, version = str(body["agentName"]), str(body["agentVersion"])
        task = self.state.create_task(
            context.owner, name, version, dict(body.get("initParams", {}))
        )
        return Reply({"taskId": task.task_id})

    async def execute_task(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        task = self.state.task(context.owner, str(body["taskId"]))
        if task is None:
            raise ApiError(404, f"no task with taskId {body['taskId']!r}")
        params = dict(body["params"])
        # The task API's params are agent-specific: validate them against the schema the
        # spec's agent-params rule selects for the task's agent.
        pointer = self.agents.params_schemas.get(task.agent_name)
        if pointer is not None:
            broken = [
                Violation(f"params.{v.field}" if v.field else "params", v.rule, v.message)
                for v in self.validation.violations(pointer, params)
            ]
            if broken:
                raise ApiError.invalid(broken)
        callback_url = self.runs.check_callback(body)
        run = self.runs.start(context, task, params, callback_url, via_task_api=True)
        return Reply({"executionId": run.execution_id})

    async def query_task(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        now = self.state.now()
        if "executionId" in body:
            run = self.state.run(context.owner, str(body["executionId"]))
            if run is None:
                raise ApiError(404, f"no execution with executionId {body['executionId']!r}")
            return Reply(self.runs.run_data(run, context.base))
        task = self.state.task(context.owner, str(body["taskId"]))
        if task is None:
            raise ApiError(404, f"no task with taskId {body['taskId']!r}")
        runs = self.state.task_runs(task)
        return Reply(self.state.run_data(task, runs, now, context.base))

    async def delete_task(self, context: Context) -> Reply:
        task_id = str(context.body["taskId"])
        if not self.state.delete_task(context.owner, task_id):
            raise ApiError(404, f"no task with taskId {task_id!r}")
        return Reply()
