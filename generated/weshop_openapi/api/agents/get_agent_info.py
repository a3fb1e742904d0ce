from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_info_envelope import AgentInfoEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.get_agent_info_resource_type import (
    GetAgentInfoResourceType,
)
from ...models.known_agent_name import KnownAgentName
from ...models.known_agent_version import KnownAgentVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    resource_type: GetAgentInfoResourceType | Unset = UNSET,
    agent_name: KnownAgentName | str,
    agent_version: KnownAgentVersion | str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resourceType"] = json_resource_type

    json_agent_name: str
    if isinstance(agent_name, str):
        json_agent_name = agent_name
    else:
        json_agent_name = agent_name
    params["agentName"] = json_agent_name

    json_agent_version: str
    if isinstance(agent_version, str):
        json_agent_version = agent_version
    else:
        json_agent_version = agent_version
    params["agentVersion"] = json_agent_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentInfoEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AgentInfoEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentInfoEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    resource_type: GetAgentInfoResourceType | Unset = UNSET,
    agent_name: KnownAgentName | str,
    agent_version: KnownAgentVersion | str,
) -> Response[AgentInfoEnvelope | ErrorEnvelope]:
    """Read an agent's configuration and preset catalogs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        resource_type (GetAgentInfoResourceType | Unset):
        agent_name (KnownAgentName | str): A documented agent name, or any other non-empty agent
            name.
        agent_version (KnownAgentVersion | str): A documented agent version, or any other non-
            empty version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentInfoEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        resource_type=resource_type,
        agent_name=agent_name,
        agent_version=agent_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    resource_type: GetAgentInfoResourceType | Unset = UNSET,
    agent_name: KnownAgentName | str,
    agent_version: KnownAgentVersion | str,
) -> AgentInfoEnvelope | ErrorEnvelope | None:
    """Read an agent's configuration and preset catalogs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        resource_type (GetAgentInfoResourceType | Unset):
        agent_name (KnownAgentName | str): A documented agent name, or any other non-empty agent
            name.
        agent_version (KnownAgentVersion | str): A documented agent version, or any other non-
            empty version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInfoEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        resource_type=resource_type,
        agent_name=agent_name,
        agent_version=agent_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    resource_type: GetAgentInfoResourceType | Unset = UNSET,
    agent_name: KnownAgentName | str,
    agent_version: KnownAgentVersion | str,
) -> Response[AgentInfoEnvelope | ErrorEnvelope]:
    """Read an agent's configuration and preset catalogs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        resource_type (GetAgentInfoResourceType | Unset):
        agent_name (KnownAgentName | str): A documented agent name, or any other non-empty agent
            name.
        agent_version (KnownAgentVersion | str): A documented agent version, or any other non-
            empty version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentInfoEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        resource_type=resource_type,
        agent_name=agent_name,
        agent_version=agent_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    resource_type: GetAgentInfoResourceType | Unset = UNSET,
    agent_name: KnownAgentName | str,
    agent_version: KnownAgentVersion | str,
) -> AgentInfoEnvelope | ErrorEnvelope | None:
    """Read an agent's configuration and preset catalogs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        resource_type (GetAgentInfoResourceType | Unset):
        agent_name (KnownAgentName | str): A documented agent name, or any other non-empty agent
            name.
        agent_version (KnownAgentVersion | str): A documented agent version, or any other non-
            empty version.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInfoEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            resource_type=resource_type,
            agent_name=agent_name,
            agent_version=agent_version,
        )
    ).parsed
