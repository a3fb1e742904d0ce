"""``client.agents``: an agent's presets (locations, fashion models, backgrounds, sizes)."""

from __future__ import annotations

from .. import _generated as gen
from .._base_client import GET_AGENT_INFO, InfoPager, info_resource_type
from .._constants import DEFAULT_AGENT_VERSION
from .._models import AgentInfo
from ._resource import AsyncResource

__all__ = ["AsyncAgents"]


class AsyncAgents(AsyncResource):
    """Agent information (``GET /v1/agent/info``)."""

    async def info(self, agent: str, version: str = DEFAULT_AGENT_VERSION) -> AgentInfo:
        """All of an agent's presets, every page read (page size 100, per resource type).

        Look presets up by name: ``info.location("White Studio")`` → its id (close names
        are suggested when there is no such preset).
        """
        pager = InfoPager(agent, version)
        while (request := pager.next_request()) is not None:
            answer = await self._api.request(
                GET_AGENT_INFO,
                client=self._api.generated,
                agent_name=agent,
                agent_version=version,
                page=request.page,
                page_size=request.page_size,
                resource_type=(
                    gen.types.UNSET
                    if request.resource_type is None
                    else info_resource_type(request.resource_type)
                ),
            )
            pager.feed(answer.data)
        return pager.info
