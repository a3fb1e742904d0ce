"""``client.fashion_models``: fashion models of your own ("My Models", aimodel)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Unpack

from .. import _generated as gen
from .._constants import DEFAULT_PREPARE_TIMEOUT
from .._models import CustomFashionModel
from .._operations import (
    CREATE_MY_FASHION_MODEL,
    DELETE_MY_FASHION_MODEL,
    QUERY_MY_FASHION_MODEL,
)
from .._options import BodyRequestOptions, PollRequestOptions, RequestOptions, call_options
from .._requests.fashion_models import (
    draft_fashion_model,
    fashion_model_delete_request,
    fashion_model_query_id,
)
from .._uploads import ImageInput
from ._resource import AsyncResource

if TYPE_CHECKING:
    from weshop_openapi.models import (
        MyFashionModelCreateRequestAgentName,
        MyFashionModelCreateRequestAgentVersion,
    )

__all__ = ["AsyncFashionModels"]


class AsyncFashionModels(AsyncResource):
    """Your own fashion models (``/v1/agent/myFashionModel/*``), for ``fashion_model_id``."""

    async def create(
        self,
        images: Sequence[ImageInput],
        *,
        name: str,
        agent: MyFashionModelCreateRequestAgentName = "aimodel",
        version: MyFashionModelCreateRequestAgentVersion = "v1.0",
        **options: Unpack[BodyRequestOptions],
    ) -> int:
        """Create a model from 1-4 face images (URLs, paths or bytes); return its id.
        It is usable once ready: see :meth:`wait`."""
        with call_options(options):
            draft = draft_fashion_model(
                images,
                name=name,
                agent=agent,
                version=version,
                extra_body=options.get("extra_body"),
            )
            body = gen.models.MyFashionModelCreateRequest.from_dict(await self._api.complete(draft))
            answer = await self._api.request(
                CREATE_MY_FASHION_MODEL, client=self._api.generated, body=body
            )
            return answer.data.fashion_model_id

    async def get(self, model_id: int, **options: Unpack[RequestOptions]) -> CustomFashionModel:
        """Read one of your models (``status``: prepare, complete, failed)."""
        with call_options(options):
            answer = await self._api.request(
                QUERY_MY_FASHION_MODEL,
                client=self._api.generated,
                fashion_model_id=fashion_model_query_id(model_id),
            )
            return CustomFashionModel.from_generated(answer.data)

    async def wait(
        self,
        model_id: int,
        *,
        timeout: float = DEFAULT_PREPARE_TIMEOUT,
        **options: Unpack[PollRequestOptions],
    ) -> CustomFashionModel:
        """Poll until the model is ``complete``; :class:`~weshop.PreparationFailedError` if
        it fails, :class:`~weshop.PreparationTimeoutError` after ``timeout`` seconds."""
        with call_options(options):
            waiter = self._api.preparation_waiter(CustomFashionModel, model_id, timeout)
            return await self._api.wait_for(lambda: self.get(model_id), waiter)

    async def delete(self, model_id: int, **options: Unpack[BodyRequestOptions]) -> None:
        """Delete one of your models."""
        with call_options(options):
            body = fashion_model_delete_request(model_id, options.get("extra_body"))
            await self._api.request(DELETE_MY_FASHION_MODEL, client=self._api.generated, body=body)
