"""Where the facade finds its generated low-level client — the one place that knows.

``weshop`` and the generated ``weshop_openapi`` are sibling top-level packages, so ``weshop``
cannot reach the generated code with a relative import. Every other module of ``weshop``
goes through this one instead:

* installed normally, ``weshop`` is top-level and its generated package is the top-level
  ``weshop_openapi``;
* vendored (``myservice/_vendor/weshop`` beside ``myservice/_vendor/weshop_openapi``, by a
  plain copy or by pip's ``vendoring`` tool), it is the sibling of this copy of ``weshop``:
  ``myservice._vendor.weshop_openapi``. A vendored copy therefore always runs its own
  generated client and reads its own spec, even when ``weshop`` is also installed.

mypy sees the real generated modules (the ``TYPE_CHECKING`` imports below); at run time
the same names are the resolved package's modules. Use :data:`models`, :data:`types` and
:data:`client` for the generated models and helpers, and :func:`generated_module` for
anything else (the endpoint modules, resources such as the shipped spec).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Final

__all__ = ["GENERATED_PACKAGE", "client", "generated_module", "models", "types"]

_GENERATED_NAME: Final = "weshop_openapi"


def _sibling_of_facade(module_name: str) -> str:
    """``weshop._generated`` -> ``weshop_openapi``; ``a.b.weshop._generated`` ->
    ``a.b.weshop_openapi``: the generated package beside this copy of ``weshop``."""
    facade = module_name.rpartition(".")[0]
    parent = facade.rpartition(".")[0]
    return f"{parent}.{_GENERATED_NAME}" if parent else _GENERATED_NAME


#: The import name of the generated package this copy of ``weshop`` runs against.
GENERATED_PACKAGE: Final[str] = _sibling_of_facade(__name__)


def generated_module(name: str = "") -> ModuleType:
    """Import a module of this copy's generated package: ``""`` for the package itself,
    ``"api.runs.create_run"`` for an endpoint module."""
    qualified = f"{GENERATED_PACKAGE}.{name}" if name else GENERATED_PACKAGE
    try:
        return importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name is not None and not GENERATED_PACKAGE.startswith(exc.name):
            raise  # something the generated code imports is missing, not the package
        raise ModuleNotFoundError(
            f"weshop needs its generated client {GENERATED_PACKAGE!r} beside it"
            f" (vendor both 'weshop' and 'weshop_openapi' into the same directory): {exc}",
            name=exc.name,
        ) from exc


if TYPE_CHECKING:
    from weshop_openapi import client, models, types
else:
    client = generated_module("client")
    models = generated_module("models")
    types = generated_module("types")
