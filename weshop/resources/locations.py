"""``client.locations``: locations of your own ("My Locations", aimodel)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _generated as gen
from .._base_client import (
    CREATE_MY_LOCATION,
    DELETE_MY_LOCATION,
    QUERY_MY_LOCATION,
    draft_location,
    location_delete_request,
    validate_parameters,
)
from .._constants import DEFAULT_PREPARE_TIMEOUT
from .._models import CustomLocation
from .._uploads import ImageInput
from ._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from weshop_openapi.models import (
        MyLocationCreateRequestAgentName,
        MyLocationCreateRequestAgentVersion,
    )

__all__ = ["AsyncLocations", "Locations"]


def _query_id(location_id: int) -> str:
    value = str(location_id)
    validate_parameters("queryMyLocation", {"locationId": value})
    return value


class Locations(SyncResource):
    """Your own locations (``/v1/agent/myLocation/*``), for ``location_id``."""

    def create(
        self,
        image: ImageInput,
        *,
        name: str,
        agent: MyLocationCreateRequestAgentName = "aimodel",
        version: MyLocationCreateRequestAgentVersion = "v1.0",
    ) -> int:
        """Create a location from a photo with a model in the scene (URL, path or bytes;
        ≥ 512x512); return its id. It is usable once ready: see :meth:`wait`."""
        client = self._client
        draft = draft_location(image, name=name, agent=agent, version=version)
        body = gen.models.MyLocationCreateRequest.from_dict(client._complete(draft))
        answer = client._request(CREATE_MY_LOCATION, client=client._generated, body=body)
        return answer.data.location_id

    def get(self, location_id: int) -> CustomLocation:
        """Read one of your locations (``status``: prepare, complete, failed)."""
        client = self._client
        answer = client._request(
            QUERY_MY_LOCATION, client=client._generated, location_id=_query_id(location_id)
        )
        return CustomLocation.from_generated(answer.data)

    def wait(self, location_id: int, *, timeout: float = DEFAULT_PREPARE_TIMEOUT) -> CustomLocation:
        """Poll until the location is ``complete``; :class:`~weshop.PreparationFailedError` if
        it fails, :class:`~weshop.PreparationTimeoutError` after ``timeout`` seconds."""
        client = self._client
        waiter = client._preparation_waiter(CustomLocation, location_id, timeout)
        return client._wait_for(lambda: self.get(location_id), waiter)

    def delete(self, location_id: int) -> None:
        """Delete one of your locations."""
        client = self._client
        client._request(
            DELETE_MY_LOCATION,
            client=client._generated,
            body=location_delete_request(location_id),
        )


class AsyncLocations(AsyncResource):
    """Your own locations (async); see :class:`Locations`."""

    async def create(
        self,
        image: ImageInput,
        *,
        name: str,
        agent: MyLocationCreateRequestAgentName = "aimodel",
        version: MyLocationCreateRequestAgentVersion = "v1.0",
    ) -> int:
        """Create a location; see :meth:`Locations.create`."""
        client = self._client
        draft = draft_location(image, name=name, agent=agent, version=version)
        body = gen.models.MyLocationCreateRequest.from_dict(await client._complete(draft))
        answer = await client._request(CREATE_MY_LOCATION, client=client._generated, body=body)
        return answer.data.location_id

    async def get(self, location_id: int) -> CustomLocation:
        """Read one of your locations; see :meth:`Locations.get`."""
        client = self._client
        answer = await client._request(
            QUERY_MY_LOCATION, client=client._generated, location_id=_query_id(location_id)
        )
        return CustomLocation.from_generated(answer.data)

    async def wait(
        self, location_id: int, *, timeout: float = DEFAULT_PREPARE_TIMEOUT
    ) -> CustomLocation:
        """Poll until the location is ready; see :meth:`Locations.wait`."""
        client = self._client
        waiter = client._preparation_waiter(CustomLocation, location_id, timeout)
        return await client._wait_for(lambda: self.get(location_id), waiter)

    async def delete(self, location_id: int) -> None:
        """Delete one of your locations."""
        client = self._client
        await client._request(
            DELETE_MY_LOCATION,
            client=client._generated,
            body=location_delete_request(location_id),
        )
