"""The spec's operations — GENERATED from generated/openapi.yaml by
codegen/operations.py (``nox -s generate``); do not edit, ``nox -s drift`` checks it.

Each is an :class:`~weshop._operation.Operation`: the generated endpoint module, the model
of its success answer, and whether a repeated request is harmless (the overlay's
``x-replay-safe``, which says why for each operation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from . import _generated as gen
from ._operation import Operation

__all__ = [
    "CREATE_MY_FASHION_MODEL",
    "CREATE_MY_LOCATION",
    "CREATE_RUN",
    "CREATE_TASK",
    "DELETE_MY_FASHION_MODEL",
    "DELETE_MY_LOCATION",
    "DELETE_TASK",
    "ESTIMATE_POWER",
    "EXECUTE_TASK",
    "GET_AGENT_INFO",
    "GET_RUN",
    "QUERY_MY_FASHION_MODEL",
    "QUERY_MY_LOCATION",
    "QUERY_TASK",
    "UPLOAD_IMAGE",
    "UPLOAD_IMAGE_V1",
]

if TYPE_CHECKING:
    from weshop_openapi import models
    from weshop_openapi.api.agents import get_agent_info
    from weshop_openapi.api.assets import upload_image, upload_image_v1
    from weshop_openapi.api.my_fashion_models import (
        create_my_fashion_model,
        delete_my_fashion_model,
        query_my_fashion_model,
    )
    from weshop_openapi.api.my_locations import (
        create_my_location,
        delete_my_location,
        query_my_location,
    )
    from weshop_openapi.api.runs import create_run, estimate_power, get_run
    from weshop_openapi.api.tasks import create_task, delete_task, execute_task, query_task

    CREATE_RUN: Final = Operation(
        "createRun",
        lambda: create_run,
        lambda: models.RunCreatedEnvelope,
        True,
    )

    GET_RUN: Final = Operation(
        "getRun",
        lambda: get_run,
        lambda: models.RunEnvelope,
        True,
    )

    ESTIMATE_POWER: Final = Operation(
        "estimatePower",
        lambda: estimate_power,
        lambda: models.PowerEstimateEnvelope,
        True,
    )

    UPLOAD_IMAGE: Final = Operation(
        "uploadImage",
        lambda: upload_image,
        lambda: models.ImageUploadedEnvelope,
        True,
    )

    GET_AGENT_INFO: Final = Operation(
        "getAgentInfo",
        lambda: get_agent_info,
        lambda: models.AgentInfoEnvelope,
        True,
    )

    CREATE_TASK: Final = Operation(
        "createTask",
        lambda: create_task,
        lambda: models.TaskCreatedEnvelope,
        False,
    )

    EXECUTE_TASK: Final = Operation(
        "executeTask",
        lambda: execute_task,
        lambda: models.TaskExecutedEnvelope,
        False,
    )

    QUERY_TASK: Final = Operation(
        "queryTask",
        lambda: query_task,
        lambda: models.TaskQueryEnvelope,
        True,
    )

    DELETE_TASK: Final = Operation(
        "deleteTask",
        lambda: delete_task,
        lambda: models.LegacyEnvelope,
        True,
    )

    UPLOAD_IMAGE_V1: Final = Operation(
        "uploadImageV1",
        lambda: upload_image_v1,
        lambda: models.LegacyImageUploadedEnvelope,
        True,
    )

    CREATE_MY_FASHION_MODEL: Final = Operation(
        "createMyFashionModel",
        lambda: create_my_fashion_model,
        lambda: models.MyFashionModelCreatedEnvelope,
        False,
    )

    QUERY_MY_FASHION_MODEL: Final = Operation(
        "queryMyFashionModel",
        lambda: query_my_fashion_model,
        lambda: models.MyFashionModelEnvelope,
        True,
    )

    DELETE_MY_FASHION_MODEL: Final = Operation(
        "deleteMyFashionModel",
        lambda: delete_my_fashion_model,
        lambda: models.LegacyEnvelope,
        True,
    )

    CREATE_MY_LOCATION: Final = Operation(
        "createMyLocation",
        lambda: create_my_location,
        lambda: models.MyLocationCreatedEnvelope,
        False,
    )

    QUERY_MY_LOCATION: Final = Operation(
        "queryMyLocation",
        lambda: query_my_location,
        lambda: models.MyLocationEnvelope,
        True,
    )

    DELETE_MY_LOCATION: Final = Operation(
        "deleteMyLocation",
        lambda: delete_my_location,
        lambda: models.LegacyEnvelope,
        True,
    )

else:
    CREATE_RUN: Final = Operation(
        "createRun",
        lambda: gen.create_run,
        lambda: gen.models.RunCreatedEnvelope,
        True,
    )

    GET_RUN: Final = Operation(
        "getRun",
        lambda: gen.get_run,
        lambda: gen.models.RunEnvelope,
        True,
    )

    ESTIMATE_POWER: Final = Operation(
        "estimatePower",
        lambda: gen.estimate_power,
        lambda: gen.models.PowerEstimateEnvelope,
        True,
    )

    UPLOAD_IMAGE: Final = Operation(
        "uploadImage",
        lambda: gen.upload_image,
        lambda: gen.models.ImageUploadedEnvelope,
        True,
    )

    GET_AGENT_INFO: Final = Operation(
        "getAgentInfo",
        lambda: gen.get_agent_info,
        lambda: gen.models.AgentInfoEnvelope,
        True,
    )

    CREATE_TASK: Final = Operation(
        "createTask",
        lambda: gen.create_task,
        lambda: gen.models.TaskCreatedEnvelope,
        False,
    )

    EXECUTE_TASK: Final = Operation(
        "executeTask",
        lambda: gen.execute_task,
        lambda: gen.models.TaskExecutedEnvelope,
        False,
    )

    QUERY_TASK: Final = Operation(
        "queryTask",
        lambda: gen.query_task,
        lambda: gen.models.TaskQueryEnvelope,
        True,
    )

    DELETE_TASK: Final = Operation(
        "deleteTask",
        lambda: gen.delete_task,
        lambda: gen.models.LegacyEnvelope,
        True,
    )

    UPLOAD_IMAGE_V1: Final = Operation(
        "uploadImageV1",
        lambda: gen.upload_image_v1,
        lambda: gen.models.LegacyImageUploadedEnvelope,
        True,
    )

    CREATE_MY_FASHION_MODEL: Final = Operation(
        "createMyFashionModel",
        lambda: gen.create_my_fashion_model,
        lambda: gen.models.MyFashionModelCreatedEnvelope,
        False,
    )

    QUERY_MY_FASHION_MODEL: Final = Operation(
        "queryMyFashionModel",
        lambda: gen.query_my_fashion_model,
        lambda: gen.models.MyFashionModelEnvelope,
        True,
    )

    DELETE_MY_FASHION_MODEL: Final = Operation(
        "deleteMyFashionModel",
        lambda: gen.delete_my_fashion_model,
        lambda: gen.models.LegacyEnvelope,
        True,
    )

    CREATE_MY_LOCATION: Final = Operation(
        "createMyLocation",
        lambda: gen.create_my_location,
        lambda: gen.models.MyLocationCreatedEnvelope,
        False,
    )

    QUERY_MY_LOCATION: Final = Operation(
        "queryMyLocation",
        lambda: gen.query_my_location,
        lambda: gen.models.MyLocationEnvelope,
        True,
    )

    DELETE_MY_LOCATION: Final = Operation(
        "deleteMyLocation",
        lambda: gen.delete_my_location,
        lambda: gen.models.LegacyEnvelope,
        True,
    )
