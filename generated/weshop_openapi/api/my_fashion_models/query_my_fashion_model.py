from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.legacy_error_envelope import LegacyErrorEnvelope
from ...models.my_fashion_model_envelope import MyFashionModelEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    fashion_model_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fashionModelId"] = fashion_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agent/myFashionModel/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LegacyErrorEnvelope | MyFashionModelEnvelope | None:
    if response.status_code == 200:
        response_200 = MyFashionModelEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LegacyErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LegacyErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = LegacyErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = LegacyErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = LegacyErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LegacyErrorEnvelope | MyFashionModelEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fashion_model_id: str,
) -> Response[LegacyErrorEnvelope | MyFashionModelEnvelope]:
    """Read one of your fashion models

    Args:
        fashion_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyErrorEnvelope | MyFashionModelEnvelope]
    """

    kwargs = _get_kwargs(
        fashion_model_id=fashion_model_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    fashion_model_id: str,
) -> LegacyErrorEnvelope | MyFashionModelEnvelope | None:
    """Read one of your fashion models

    Args:
        fashion_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyErrorEnvelope | MyFashionModelEnvelope
    """

    return sync_detailed(
        client=client,
        fashion_model_id=fashion_model_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fashion_model_id: str,
) -> Response[LegacyErrorEnvelope | MyFashionModelEnvelope]:
    """Read one of your fashion models

    Args:
        fashion_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyErrorEnvelope | MyFashionModelEnvelope]
    """

    kwargs = _get_kwargs(
        fashion_model_id=fashion_model_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    fashion_model_id: str,
) -> LegacyErrorEnvelope | MyFashionModelEnvelope | None:
    """Read one of your fashion models

    Args:
        fashion_model_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyErrorEnvelope | MyFashionModelEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            fashion_model_id=fashion_model_id,
        )
    ).parsed
