"""``client.locations``: locations of your own ("My Locations", aimodel)."""

from __future__ import annotations

from .._async.locations import AsyncLocations
from .._sync.locations import Locations

__all__ = ["AsyncLocations", "Locations"]
