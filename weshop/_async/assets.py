"""``client.assets``: upload a local image and get its URL."""

from __future__ import annotations

from typing import Unpack

from .._options import RequestOptions, call_options
from .._uploads import FileInput, is_url
from ._resource import AsyncResource

__all__ = ["AsyncAssets"]


class AsyncAssets(AsyncResource):
    """Image uploads (``POST /agent/assets/images``)."""

    async def upload(
        self, file: FileInput, *, cache: bool = True, **options: Unpack[RequestOptions]
    ) -> str:
        """Upload a local image — a path, bytes or a binary file — and return its URL.

        The documented limits (png/jpeg/webp, ≤ 10 MB, both sides > 512 px, aspect ratio
        < 2) are checked first (:class:`~weshop.ImageValidationError`, nothing sent). A
        path is hashed and streamed in chunks, never held in memory whole. With the
        content-hash cache (on unless the client has ``upload_cache=False`` or
        ``cache=False`` here), the same bytes are uploaded once. A URL is returned as is.
        """
        if is_url(file):
            return str(file)
        with call_options(options):
            return await self._api.upload(file, cache=cache)
