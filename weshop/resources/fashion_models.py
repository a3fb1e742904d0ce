"""``client.fashion_models``: fashion models of your own ("My Models", aimodel)."""

from __future__ import annotations

from .._async.fashion_models import AsyncFashionModels
from .._sync.fashion_models import FashionModels

__all__ = ["AsyncFashionModels", "FashionModels"]
