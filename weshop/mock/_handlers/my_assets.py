"""The caller's own fashion models and locations (``/v1/agent/myFashionModel/*``,
``/v1/agent/myLocation/*``): create, query, delete."""

from __future__ import annotations

import re
from typing import Any

from ..._spec import Violation, image_constraints
from .._context import Context, Handler, Reply
from .._envelopes import ApiError
from .._state import AssetKind, MockState, MyAsset

__all__ = ["MyAssetHandlers"]


class MyAssetHandlers:
    """``create``/``query``/``delete`` of ``MyFashionModel`` and ``MyLocation``."""

    def __init__(self, state: MockState) -> None:
        self.state = state

    def handlers(self) -> dict[str, Handler]:
        """Operation id -> handler."""
        return {
            "createMyFashionModel": self.create_my_fashion_model,
            "queryMyFashionModel": self.query_my_fashion_model,
            "deleteMyFashionModel": self.delete_my_fashion_model,
            "createMyLocation": self.create_my_location,
            "queryMyLocation": self.query_my_location,
            "deleteMyLocation": self.delete_my_location,
        }

    def _check_asset_images(self, urls: list[str], field: str) -> None:
        # Only files the mock holds can be measured (it never fetches anything).
        violations: list[Violation] = []
        max_bytes = image_constraints().max_referenced_bytes
        for index, url in enumerate(urls):
            marker = "/files/uploads/"
            if marker in url:
                stored = self.state.uploads.get(url.rsplit(marker, 1)[1])
                if stored is not None and len(stored.data) > max_bytes:
                    where = f"{field}.{index}" if len(urls) > 1 or field == "images" else field
                    limit = f"{max_bytes // (1024 * 1024)} MB"
                    violations.append(
                        Violation(
                            where, "max-size", f"the image is larger than the maximum {limit}"
                        )
                    )
        if violations:
            raise ApiError.invalid(violations)

    async def create_my_fashion_model(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        images = [str(u) for u in body["images"]]
        self._check_asset_images(images, "images")
        asset = self.state.create_asset(
            context.owner, "fashionModel", str(body["agentName"]), str(body["name"]), images
        )
        return Reply({"fashionModelId": asset.asset_id})

    async def create_my_location(self, context: Context) -> Reply:
        body: dict[str, Any] = context.body
        image = str(body["image"])
        self._check_asset_images([image], "image")
        asset = self.state.create_asset(
            context.owner, "location", str(body["agentName"]), str(body["name"]), [image]
        )
        return Reply({"locationId": asset.asset_id})

    def _find_asset(self, context: Context, kind: AssetKind, raw_id: object) -> MyAsset:
        text = str(raw_id)
        asset = None
        if re.fullmatch(r"\d{1,15}", text):
            asset = self.state.asset(context.owner, kind, int(text))
        if asset is None:
            label = "fashionModelId" if kind == "fashionModel" else "locationId"
            raise ApiError(404, f"no {kind} with {label} {text!r}")
        return asset

    async def query_my_fashion_model(self, context: Context) -> Reply:
        asset = self._find_asset(context, "fashionModel", context.query["fashionModelId"])
        data = {
            "fashionModelId": asset.asset_id,
            "name": asset.name,
            "cover": asset.images[0],
            "images": asset.images,
            "status": self.state.asset_status(asset),
        }
        return Reply(data)

    async def query_my_location(self, context: Context) -> Reply:
        asset = self._find_asset(context, "location", context.query["locationId"])
        data = {
            "locationId": asset.asset_id,
            "name": asset.name,
            "cover": asset.images[0],
            "image": asset.images[0],
            "status": self.state.asset_status(asset),
        }
        return Reply(data)

    async def delete_my_fashion_model(self, context: Context) -> Reply:
        asset = self._find_asset(context, "fashionModel", context.body["fashionModelId"])
        del self.state.assets[asset.asset_id]
        return Reply()

    async def delete_my_location(self, context: Context) -> Reply:
        asset = self._find_asset(context, "location", context.body["locationId"])
        del self.state.assets[asset.asset_id]
        return Reply()
