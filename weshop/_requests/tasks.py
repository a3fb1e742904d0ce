"""Request building of ``client.tasks`` (``/v1/agent/task/*``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _generated as gen
from .._drafts import Draft, Path_, draft, validate, with_extra_body
from .._uploads import ImageInput
from .runs import with_batch_count

if TYPE_CHECKING:
    from weshop_openapi.models import TaskDeleteRequest, TaskExecuteRequest, TaskQueryRequest


def task_images(
    image: ImageInput | None,
    fashion_model_image: ImageInput | None,
    location_image: ImageInput | None,
) -> dict[str, ImageInput]:
    """A task's initial images by wire name (the ones given)."""
    given = {
        "originalImage": image,
        "fashionModelImage": fashion_model_image,
        "locationImage": location_image,
    }
    return {name: value for name, value in given.items() if value is not None}


def draft_task(
    agent: str,
    *,
    version: str,
    images: Mapping[str, ImageInput],
    task_name: str | None,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """``POST /v1/agent/task/create``: agent, and initial images / task name if any."""
    body: dict[str, Any] = {"agentName": agent, "agentVersion": version}
    init: dict[str, Any] = dict(images)
    if task_name is not None:
        init["taskName"] = task_name
    if init:
        body["initParams"] = init
    paths: list[Path_] = [("initParams", name) for name in images]
    return draft("TaskCreateRequest", with_extra_body(body, extra_body), paths)


def task_execute_request(
    task_id: str,
    params: Mapping[str, Any],
    callback_url: str | None,
    extra_body: Mapping[str, Any] | None = None,
) -> TaskExecuteRequest:
    body: dict[str, Any] = {"taskId": task_id, "params": with_batch_count(params)}
    if callback_url is not None:
        body["callbackUrl"] = callback_url
    body = with_extra_body(body, extra_body)
    validate("TaskExecuteRequest", body)
    return gen.models.TaskExecuteRequest.from_dict(body)


def task_query_request(
    execution_id: str | None, task_id: str | None, extra_body: Mapping[str, Any] | None = None
) -> TaskQueryRequest:
    body = {
        key: value
        for key, value in (("executionId", execution_id), ("taskId", task_id))
        if value is not None
    }
    body = with_extra_body(body, extra_body)
    validate("TaskQueryRequest", body)
    return gen.models.TaskQueryRequest.from_dict(body)


def task_delete_request(
    task_id: str, extra_body: Mapping[str, Any] | None = None
) -> TaskDeleteRequest:
    body = with_extra_body({"taskId": task_id}, extra_body)
    validate("TaskDeleteRequest", body)
    return gen.models.TaskDeleteRequest.from_dict(body)
