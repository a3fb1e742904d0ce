"""Request building of ``client.fashion_models`` (``/v1/agent/myFashionModel/*``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import _generated as gen
from .._drafts import Draft, Path_, draft, validate, validate_parameters, with_extra_body
from .._uploads import ImageInput

if TYPE_CHECKING:
    from weshop_openapi.models import MyFashionModelDeleteRequest


def fashion_model_query_id(model_id: int) -> str:
    """``fashionModelId`` as the query sends it, checked against the spec."""
    value = str(model_id)
    validate_parameters("queryMyFashionModel", {"fashionModelId": value})
    return value


def draft_fashion_model(
    images: Sequence[ImageInput],
    *,
    name: str,
    agent: str,
    version: str,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """``POST /v1/agent/myFashionModel/create`` with 1-4 face images."""
    body: dict[str, Any] = {
        "images": list(images),
        "name": name,
        "agentName": agent,
        "agentVersion": version,
    }
    paths: list[Path_] = [("images", i) for i in range(len(images))]
    return draft("MyFashionModelCreateRequest", with_extra_body(body, extra_body), paths)


def fashion_model_delete_request(
    model_id: int, extra_body: Mapping[str, Any] | None = None
) -> MyFashionModelDeleteRequest:
    body = with_extra_body({"fashionModelId": model_id}, extra_body)
    validate("MyFashionModelDeleteRequest", body)
    return gen.models.MyFashionModelDeleteRequest.from_dict(body)
