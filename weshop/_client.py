"""``WeShop`` and ``AsyncWeShop``: the I/O halves of the client.

``AsyncWeShop`` is written once, in ``weshop/_async/client.py``; ``WeShop`` is generated
from it into ``weshop/_sync/client.py`` by ``codegen/unasync.py`` (``nox -s generate``;
``nox -s drift`` fails when the two drift apart). What decides, free of I/O, is in
:class:`~weshop._base_client.BaseClient` and each resource's :mod:`weshop._requests`.
"""

from __future__ import annotations

from ._async.client import AsyncWeShop
from ._sync.client import WeShop

__all__ = ["AsyncWeShop", "WeShop"]
