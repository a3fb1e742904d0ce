"""Image uploads (``uploadImage``, and the v1 ``uploadImageV1``): checked, stored by
content hash, answered with the URL the mock serves them at."""

from __future__ import annotations

from ..._spec import Violation
from .._context import Context, Handler, Reply
from .._envelopes import ApiError
from .._images import UploadTooLarge, check_upload
from .._state import MockState

__all__ = ["UploadHandlers"]


class UploadHandlers:
    """``uploadImage`` and ``uploadImageV1``."""

    def __init__(self, state: MockState) -> None:
        self.state = state

    def handlers(self) -> dict[str, Handler]:
        """Operation id -> handler."""
        return {"uploadImage": self.upload_image, "uploadImageV1": self.upload_image}

    async def upload_image(self, context: Context) -> Reply:
        part = next((p for p in context.parts if p.name == "image"), None)
        if part is None:  # the spec validation already demanded it
            raise ApiError.invalid([Violation("image", "required", "is required")])
        try:
            checked = check_upload(part.data)
        except UploadTooLarge as exc:
            raise ApiError(413, str(exc.violation)) from exc
        if isinstance(checked, list):
            raise ApiError.invalid(checked)
        name = f"{checked.sha256}.{checked.extension}"
        self.state.store_upload(name, checked.data, checked.media_type)
        return Reply({"image": f"{context.base}/files/uploads/{name}"})
