from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.image_upload import ImageUpload
from ...models.legacy_error_envelope import LegacyErrorEnvelope
from ...models.legacy_image_uploaded_envelope import LegacyImageUploadedEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ImageUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/asset/upload/image",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LegacyErrorEnvelope | LegacyImageUploadedEnvelope | None:
    if response.status_code == 200:
        response_200 = LegacyImageUploadedEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LegacyErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = LegacyErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = LegacyErrorEnvelope.from_dict(response.json())

        return response_413

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
) -> Response[LegacyErrorEnvelope | LegacyImageUploadedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUpload,
) -> Response[LegacyErrorEnvelope | LegacyImageUploadedEnvelope]:
    """Upload an image (task API)

    Args:
        body (ImageUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyErrorEnvelope | LegacyImageUploadedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUpload,
) -> LegacyErrorEnvelope | LegacyImageUploadedEnvelope | None:
    """Upload an image (task API)

    Args:
        body (ImageUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyErrorEnvelope | LegacyImageUploadedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUpload,
) -> Response[LegacyErrorEnvelope | LegacyImageUploadedEnvelope]:
    """Upload an image (task API)

    Args:
        body (ImageUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegacyErrorEnvelope | LegacyImageUploadedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImageUpload,
) -> LegacyErrorEnvelope | LegacyImageUploadedEnvelope | None:
    """Upload an image (task API)

    Args:
        body (ImageUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegacyErrorEnvelope | LegacyImageUploadedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
