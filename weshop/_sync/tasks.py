# GENERATED from weshop/_async/tasks.py by codegen/unasync.py — do not edit.
# Edit the async source and run `nox -s generate` (`nox -s drift` checks this file).
"""``client.tasks``: the older task API (create a task, execute it, query, delete)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Unpack

from .. import _generated as gen
from .._constants import DEFAULT_AGENT_VERSION, DEFAULT_WAIT_TIMEOUT
from .._models import Run, TaskInfo, task_fields
from .._operations import CREATE_TASK, DELETE_TASK, EXECUTE_TASK, QUERY_TASK
from .._options import BodyRequestOptions, PollRequestOptions, RequestOptions, call_options
from .._requests.tasks import (
    draft_task,
    task_delete_request,
    task_execute_request,
    task_images,
    task_query_request,
)
from .._uploads import ImageInput
from ._resource import Resource

__all__ = ["Tasks"]


class Tasks(Resource):
    """The task API (``/v1/agent/task/*``, 2024-06). Prefer ``runs`` for new code.

    Executing a task starts billed work and the task API takes no idempotency key, so
    ``create``/``execute`` are retried only after failures proving nothing was processed
    (refused connection, 408, 429, an envelope saying ``retryable``).
    """

    def create(
        self,
        agent: str,
        *,
        image: ImageInput | None = None,
        version: str = DEFAULT_AGENT_VERSION,
        task_name: str | None = None,
        fashion_model_image: ImageInput | None = None,
        location_image: ImageInput | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> str:
        """Create a task; return its ``taskId``. Local images are uploaded first."""
        with call_options(options):
            draft = draft_task(
                agent,
                version=version,
                images=task_images(image, fashion_model_image, location_image),
                task_name=task_name,
                extra_body=options.get("extra_body"),
            )
            body = gen.models.TaskCreateRequest.from_dict(self._api.complete(draft))
            answer = self._api.request(CREATE_TASK, client=self._api.generated, body=body)
            return answer.data.task_id

    def execute(
        self,
        task_id: str,
        params: Mapping[str, Any],
        *,
        callback_url: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> str:
        """Execute a task with ``params`` (wire names); return the ``executionId``."""
        with call_options(options):
            body = task_execute_request(task_id, params, callback_url, options.get("extra_body"))
            answer = self._api.request(EXECUTE_TASK, client=self._api.generated, body=body)
            return answer.data.execution_id

    def query(
        self,
        *,
        execution_id: str | None = None,
        task_id: str | None = None,
        **options: Unpack[BodyRequestOptions],
    ) -> TaskInfo[Run]:
        """A task and its executions: one execution by ``execution_id``, or the last 20 of
        ``task_id`` (``execution_id`` wins when both are given)."""
        with call_options(options):
            body = task_query_request(execution_id, task_id, options.get("extra_body"))
            answer = self._api.request(QUERY_TASK, client=self._api.generated, body=body)
        data = answer.data
        runs = tuple(self._api.execution_run(data, item, task_id) for item in data.executions)
        return TaskInfo(*task_fields(data), executions=runs)

    def get(self, execution_id: str, **options: Unpack[RequestOptions]) -> Run:
        """One execution of a task, as a :class:`~weshop.Run`."""
        with call_options(options):
            body = task_query_request(execution_id, None)
            answer = self._api.request(QUERY_TASK, client=self._api.generated, body=body)
        return self._api.read_run(answer.data, execution_id, QUERY_TASK.name)

    def wait(
        self,
        execution_id: str,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[Run], object] | None = None,
        **options: Unpack[PollRequestOptions],
    ) -> Run:
        """Poll an execution until it succeeds (like ``runs.wait``, via the task API)."""
        with call_options(options):
            waiter = self._api.run_waiter(execution_id, timeout, on_progress)
            return self._api.wait_for(lambda: self.get(execution_id), waiter)

    def delete(self, task_id: str, **options: Unpack[BodyRequestOptions]) -> None:
        """Delete a task and its execution records."""
        with call_options(options):
            body = task_delete_request(task_id, options.get("extra_body"))
            self._api.request(DELETE_TASK, client=self._api.generated, body=body)
