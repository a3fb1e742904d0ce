"""Base class of the resource groups (``client.runs``, ``client.assets``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._api import AsyncClientAPI

__all__ = ["AsyncResource"]


class AsyncResource:
    """A resource group: it calls its client only through the narrow :class:`AsyncClientAPI`
    bound once (calls go one way: client → resource → API verbs)."""

    def __init__(self, api: AsyncClientAPI) -> None:
        self._api = api

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._api.owner!r}>"
