"""Base classes of the resource groups (``client.runs``, ``client.assets``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._client import AsyncWeShop, WeShop

__all__ = ["AsyncResource", "SyncResource"]


class SyncResource:
    def __init__(self, client: WeShop) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncResource:
    def __init__(self, client: AsyncWeShop) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
