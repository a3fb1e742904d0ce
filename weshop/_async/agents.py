"""``client.agents``: an agent's presets (locations, fashion models, backgrounds, sizes)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Unpack

from .. import _generated as gen
from .._constants import DEFAULT_AGENT_VERSION
from .._models import AgentInfo
from .._operations import GET_AGENT_INFO
from .._options import RequestOptions, call_options
from .._requests.agents import InfoPager, info_resource_type
from ._resource import AsyncResource

__all__ = ["AsyncAgents"]


class AsyncAgents(AsyncResource):
    """Agent information (``GET /v1/agent/info``)."""

    async def info(
        self, agent: str, version: str = DEFAULT_AGENT_VERSION, **options: Unpack[RequestOptions]
    ) -> AgentInfo:
        """All of an agent's presets, every page read (page size 100, per resource type).

        Look presets up by name: ``info.location("White Studio")`` → its id (close names
        are suggested when there is no such preset).
        """
        info = AgentInfo(agent_name=agent, agent_version=version)
        async for page in self.pages(agent, version, **options):
            info.merge(page)
        return info

    async def pages(
        self, agent: str, version: str = DEFAULT_AGENT_VERSION, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[AgentInfo]:
        """The pages of an agent's presets, each read when the loop reaches it
        (``async for page in client.agents.pages("aimodel")``; ``for`` with ``WeShop``).

        Each page is an :class:`~weshop.AgentInfo` holding that page's presets only;
        :meth:`info` merges them all. Stop the loop early to read no further pages.
        """
        pager = InfoPager(agent, version)
        while (request := pager.next_request()) is not None:
            # The options hold for this request only: never across a yield, where the
            # caller's code runs.
            with call_options(options):
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
            page = AgentInfo(agent_name=agent, agent_version=pager.info.agent_version)
            page.add_page(answer.data)
            yield page
