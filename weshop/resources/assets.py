"""``client.assets``: upload a local image and get its URL."""

from __future__ import annotations

from .._async.assets import AsyncAssets
from .._sync.assets import Assets

__all__ = ["Assets", "AsyncAssets"]
