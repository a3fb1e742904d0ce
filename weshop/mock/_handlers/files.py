"""The files the mock serves under ``/openapi/files``: uploaded images, result images and
videos, catalogue thumbnails. Public, like a CDN: no key, no spec operation (faults apply
to them as ``downloadFile``)."""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from .._asgi import Drop, drop
from .._bodies import drain
from .._envelopes import ApiError, error_body, json_response
from .._faults import DOWNLOAD_OPERATION, FaultInjector, inject_early_fault
from .._images import RESULT_FORMATS, VIDEO_MEDIA_TYPE, make_image, sample_video
from .._state import MockState

__all__ = ["FileServer"]


class FileServer:
    """The endpoint of ``/openapi/files/{kind}/{name}``."""

    def __init__(self, state: MockState, faults: FaultInjector, max_body_bytes: int) -> None:
        self.state = state
        self.faults = faults
        self.max_body_bytes = max_body_bytes

    async def __call__(self, request: Request) -> Response:
        """Uploaded files, result images and catalogue thumbnails: public, like a CDN."""
        await drain(request, self.max_body_bytes)
        stats = self.state.stats
        stats.requests[DOWNLOAD_OPERATION] += 1
        if "authorization" in request.headers:
            stats.authorized_file_downloads += 1
        fault = self.faults.pick(DOWNLOAD_OPERATION)
        if fault is not None:
            stats.faults[fault.kind] += 1
            try:
                await inject_early_fault(fault)
            except Drop:
                return await drop(request)
            except ApiError as error:
                body = error_body("agent", error.code, error.message, error.retryable)
                return json_response(error.status, body, error.headers)
        if request.method not in ("GET", "HEAD"):
            body = error_body("agent", "METHOD_NOT_ALLOWED", "files are GET", False)
            return json_response(405, body, {"Allow": "GET, HEAD"})
        kind = str(request.path_params["kind"])
        name = str(request.path_params["name"])
        found = self.file_bytes(kind, name)
        if found is None:
            message = f"no file {kind}/{name}"
            return json_response(404, error_body("agent", "NOT_FOUND", message, False))
        data, media_type = found
        response = Response(data, 200, media_type=media_type)
        response.headers["Cache-Control"] = "public, max-age=86400"
        if fault is not None and fault.kind == "drop_after":
            return await drop(request)
        return response

    def file_bytes(self, kind: str, name: str) -> tuple[bytes, str] | None:
        """The file's bytes and media type, or None."""
        if kind == "uploads":
            stored = self.state.uploads.get(name)
            return None if stored is None else (stored.data, stored.media_type)
        if kind == "results":
            found = self.state.result_file(name)
            if found is None:
                return None
            run, index, what = found
            if what == "video":
                return sample_video(), VIDEO_MEDIA_TYPE
            ext = "png" if what == "poster" else run.image_ext
            _, media_type = RESULT_FORMATS[ext]
            suffix = "-poster" if what == "poster" else ""
            return make_image(f"{run.execution_id}-{index}{suffix}", ext), media_type
        if kind == "catalog" and re.fullmatch(r"(location|model)-\d{1,12}\.png", name):
            return make_image(name, "png"), RESULT_FORMATS["png"][1]
        return None
