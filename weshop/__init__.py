"""Python client for the WeShop AI image-generation API.

The low-level client is generated from the overlaid OpenAPI spec into the
``weshop_openapi`` package; this package is the hand-written layer on top of it.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
