"""Request building of ``client.agents`` (``GET /v1/agent/info``): which page to read
next (:class:`InfoPager`) and the ``resourceType`` values."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import _generated as gen
from .._constants import INFO_MAX_PAGES
from .._drafts import validate_parameters
from .._models import AgentInfo
from .._operations import GET_AGENT_INFO
from .._spec import parameter_pointer, schema_at

if TYPE_CHECKING:
    from weshop_openapi.models import AgentInfo as GeneratedAgentInfo
    from weshop_openapi.models import GetAgentInfoResourceType


def info_resource_type(value: str) -> GetAgentInfoResourceType:
    """A ``resourceType`` value, checked by the generated client's own literal check."""
    check: Callable[[str], GetAgentInfoResourceType] = gen.generated_attr(
        "models.get_agent_info_resource_type", "check_get_agent_info_resource_type"
    )
    return check(value)


@dataclass(frozen=True)
class InfoRequest:
    """One page of ``GET /v1/agent/info`` to read."""

    page: int
    page_size: int
    resource_type: str | None


class InfoPager:
    """Transparent pagination of ``GET /v1/agent/info``: which page to read next.

    The first page is read without ``resourceType``; every resource whose ``pagination``
    says it is not on its last page is then read on, page by page, with ``resourceType``
    set when the spec allows that value (aimodel: ``locations``, ``fashionModels``).
    Pages are ``pageSize`` = the spec's maximum (100).
    """

    def __init__(self, agent: str, version: str) -> None:
        self.info = AgentInfo(agent_name=agent, agent_version=version)
        self.agent = agent
        self.version = version
        self.page_size = int(
            schema_at(parameter_pointer(GET_AGENT_INFO.name, "pageSize"))["maximum"]
        )
        self._resource_types = set(
            schema_at(parameter_pointer(GET_AGENT_INFO.name, "resourceType")).get("enum", [])
        )
        self._queue: list[tuple[str | None, int]] = [(None, 1)]
        self._planned: set[tuple[str | None, int]] = {(None, 1)}
        self._current = InfoRequest(1, self.page_size, None)
        self.pages = 0

    def next_request(self) -> InfoRequest | None:
        """The next page to read (validated against the spec), or ``None`` when done."""
        if not self._queue or self.pages >= INFO_MAX_PAGES:
            return None
        resource_type, page = self._queue.pop(0)
        validate_parameters(
            GET_AGENT_INFO.name,
            {
                "agentName": self.agent,
                "agentVersion": self.version,
                "page": page,
                "pageSize": self.page_size,
                "resourceType": resource_type,
            },
        )
        self._current = InfoRequest(page, self.page_size, resource_type)
        return self._current

    def feed(self, page: GeneratedAgentInfo) -> None:
        """Merge the page just read and plan the pages still missing."""
        self.pages += 1
        resource_type, number = self._current.resource_type, self._current.page
        if page.agent_version:
            self.info.agent_version = str(page.agent_version)
        carried = self.info.add_page(page)
        pagination = page.pagination.additional_properties if page.pagination else {}
        if carried == 0:
            return
        untyped_more = False
        for resource, info in pagination.items():
            if resource_type is not None and resource != resource_type:
                continue
            last = info.is_last_page
            if last is True or (last is not False and not info.total):
                continue
            if last is not False and info.total and self._count(resource) >= info.total:
                continue
            if resource in self._resource_types:
                self._plan(resource, number + 1)
            else:
                untyped_more = True
        if untyped_more and resource_type is None:
            self._plan(None, number + 1)

    def _plan(self, resource_type: str | None, page: int) -> None:
        if (resource_type, page) not in self._planned:
            self._planned.add((resource_type, page))
            self._queue.append((resource_type, page))

    def _count(self, resource: str) -> int:
        lists: Mapping[str, Sequence[object]] = {
            "locations": self.info.locations,
            "fashionModels": self.info.fashion_models,
            "backgrounds": self.info.backgrounds,
            "dimensions": self.info.dimensions,
        }
        return len(lists.get(resource, ()))
