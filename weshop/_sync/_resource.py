# GENERATED from weshop/_async/_resource.py by codegen/unasync.py — do not edit.
# Edit the async source and run `nox -s generate` (`nox -s drift` checks this file).
"""Base class of the resource groups (``client.runs``, ``client.assets``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._api import ClientAPI

__all__ = ["Resource"]


class Resource:
    """A resource group: it calls its client only through the narrow :class:`ClientAPI`
    bound once (calls go one way: client → resource → API verbs)."""

    def __init__(self, api: ClientAPI) -> None:
        self._api = api

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._api.owner!r}>"
