# GENERATED from weshop/_async/locations.py by codegen/unasync.py — do not edit.
# Edit the async source and run `nox -s generate` (`nox -s drift` checks this file).
"""``client.locations``: locations of your own ("My Locations", aimodel)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from .. import _generated as gen
from .._constants import DEFAULT_PREPARE_TIMEOUT
from .._models import CustomLocation
from .._operations import CREATE_MY_LOCATION, DELETE_MY_LOCATION, QUERY_MY_LOCATION
from .._options import BodyRequestOptions, PollRequestOptions, RequestOptions, call_options
from .._requests.locations import draft_location, location_delete_request, location_query_id
from .._uploads import ImageInput
from ._resource import Resource

if TYPE_CHECKING:
    from weshop_openapi.models import (
        MyLocationCreateRequestAgentName,
        MyLocationCreateRequestAgentVersion,
    )

__all__ = ["Locations"]


class Locations(Resource):
    """Your own locations (``/v1/agent/myLocation/*``), for ``location_id``."""

    def create(
        self,
        image: ImageInput,
        *,
        name: str,
        agent: MyLocationCreateRequestAgentName = "aimodel",
        version: MyLocationCreateRequestAgentVersion = "v1.0",
        **options: Unpack[BodyRequestOptions],
    ) -> int:
        """Create a location from a photo with a model in the scene (URL, path or bytes;
        ≥ 512x512); return its id. It is usable once ready: see :meth:`wait`."""
        with call_options(options):
            draft = draft_location(
                image, name=name, agent=agent, version=version, extra_body=options.get("extra_body")
            )
            body = gen.models.MyLocationCreateRequest.from_dict(self._api.complete(draft))
            answer = self._api.request(CREATE_MY_LOCATION, client=self._api.generated, body=body)
            return answer.data.location_id

    def get(self, location_id: int, **options: Unpack[RequestOptions]) -> CustomLocation:
        """Read one of your locations (``status``: prepare, complete, failed)."""
        with call_options(options):
            answer = self._api.request(
                QUERY_MY_LOCATION,
                client=self._api.generated,
                location_id=location_query_id(location_id),
            )
            return CustomLocation.from_generated(answer.data)

    def wait(
        self,
        location_id: int,
        *,
        timeout: float = DEFAULT_PREPARE_TIMEOUT,
        **options: Unpack[PollRequestOptions],
    ) -> CustomLocation:
        """Poll until the location is ``complete``; :class:`~weshop.PreparationFailedError` if
        it fails, :class:`~weshop.PreparationTimeoutError` after ``timeout`` seconds."""
        with call_options(options):
            waiter = self._api.preparation_waiter(CustomLocation, location_id, timeout)
            return self._api.wait_for(lambda: self.get(location_id), waiter)

    def delete(self, location_id: int, **options: Unpack[BodyRequestOptions]) -> None:
        """Delete one of your locations."""
        with call_options(options):
            body = location_delete_request(location_id, options.get("extra_body"))
            self._api.request(DELETE_MY_LOCATION, client=self._api.generated, body=body)
