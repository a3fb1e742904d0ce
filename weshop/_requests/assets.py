"""Answer checks of ``client.assets`` (``POST /agent/assets/images``)."""

from __future__ import annotations

from .._operations import UPLOAD_IMAGE
from .._spec import spec_validator
from ..errors import APIError


def checked_upload_url(url: object) -> str:
    """The URL an upload answered, if the spec's ``UploadedImage`` says it is one
    (``format: uri``); otherwise :class:`~weshop.APIError` (code ``unexpected_response``):
    a malformed answer is never put into a run, nor kept in the upload cache."""
    violations = spec_validator().violations("UploadedImage", {"image": url})
    if violations or not isinstance(url, str):
        shown = repr(url) if len(repr(url)) <= 80 else repr(url)[:77] + "..."
        raise APIError(
            f"{UPLOAD_IMAGE.name}: the upload answered {shown} as the image's URL, which is "
            "not a URL; nothing was sent with it",
            code="unexpected_response",
        )
    return url
