"""Request building of ``client.locations`` (``/v1/agent/myLocation/*``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _generated as gen
from .._drafts import Draft, draft, validate, validate_parameters, with_extra_body
from .._uploads import ImageInput

if TYPE_CHECKING:
    from weshop_openapi.models import MyLocationDeleteRequest


def location_query_id(location_id: int) -> str:
    """``locationId`` as the query sends it, checked against the spec."""
    value = str(location_id)
    validate_parameters("queryMyLocation", {"locationId": value})
    return value


def draft_location(
    image: ImageInput,
    *,
    name: str,
    agent: str,
    version: str,
    extra_body: Mapping[str, Any] | None = None,
) -> Draft:
    """``POST /v1/agent/myLocation/create`` with a photo of the scene."""
    body: dict[str, Any] = {
        "image": image,
        "name": name,
        "agentName": agent,
        "agentVersion": version,
    }
    return draft("MyLocationCreateRequest", with_extra_body(body, extra_body), [("image",)])


def location_delete_request(
    location_id: int, extra_body: Mapping[str, Any] | None = None
) -> MyLocationDeleteRequest:
    body = with_extra_body({"locationId": location_id}, extra_body)
    validate("MyLocationDeleteRequest", body)
    return gen.models.MyLocationDeleteRequest.from_dict(body)
