"""The one door from the facade into the generated low-level client.

Every run-time use of the generated package goes through :func:`generated_module`, which
imports ``<GENERATED_PACKAGE>.<name>`` when first needed. Nothing is imported at
``import weshop`` time, so an operation or model that a regenerated client no longer has
disables only the methods that use it (:class:`~weshop.OperationUnavailableError`), never
the whole client.

Which package that is, is decided here too. ``weshop`` and the generated ``weshop_openapi``
are sibling top-level packages, so ``weshop`` cannot reach the generated code with a
relative import:

* installed normally, ``weshop`` is top-level and its generated package is the top-level
  ``weshop_openapi``;
* vendored (``myservice/_vendor/weshop`` beside ``myservice/_vendor/weshop_openapi``, by a
  plain copy or by pip's ``vendoring`` tool), it is the sibling of this copy of ``weshop``:
  ``myservice._vendor.weshop_openapi``. A vendored copy therefore always runs its own
  generated client and reads its own spec, even when ``weshop`` is also installed.

Facade modules write ``from . import _generated as gen`` and use ``gen.models.RunRequest``,
``gen.types.UNSET``, ``gen.create_run`` ...: for mypy ``models``/``types``/``client`` are the
real modules (the ``TYPE_CHECKING`` imports below); at run time this module's
``__getattr__`` resolves them lazily — ``models``/``types``/``client`` are the package's
submodules, any other name is an endpoint module ``api.<tag>.<name>``. Endpoint modules are
used only by the generated :mod:`weshop._operations`, which types them itself.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

from .errors import OperationUnavailableError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from weshop_openapi import client as client
    from weshop_openapi import models as models
    from weshop_openapi import types as types

__all__ = [
    "GENERATED_PACKAGE",
    "generated_attr",
    "generated_literals",
    "generated_module",
    "generated_package_dir",
]

#: The generated package's name (``codegen/config.yaml``: package_name_override).
_GENERATED_NAME: Final = "weshop_openapi"


def _sibling_of_facade(module_name: str) -> str:
    """``weshop._generated`` -> ``weshop_openapi``; ``a.b.weshop._generated`` ->
    ``a.b.weshop_openapi``: the generated package beside this copy of ``weshop``."""
    facade = module_name.rpartition(".")[0]
    parent = facade.rpartition(".")[0]
    return f"{parent}.{_GENERATED_NAME}" if parent else _GENERATED_NAME


#: The import name of the generated package this copy of ``weshop`` runs against.
GENERATED_PACKAGE: Final[str] = _sibling_of_facade(__name__)
_SUBMODULES: Final = frozenset({"client", "models", "types", "errors"})


def generated_module(name: str = "") -> ModuleType:
    """Import ``<GENERATED_PACKAGE>.<name>`` (``""``: the package itself).

    Raises :class:`~weshop.OperationUnavailableError` when the generated client has no
    such module (the spec it was generated from dropped the operation or model).
    """
    qualified = f"{GENERATED_PACKAGE}.{name}" if name else GENERATED_PACKAGE
    try:
        return importlib.import_module(qualified)
    except ModuleNotFoundError as exc:
        if exc.name is not None and not qualified.startswith(exc.name):
            raise  # a dependency of the generated client is missing, not the module
        if exc.name is not None and GENERATED_PACKAGE.startswith(exc.name):
            raise ModuleNotFoundError(
                f"weshop needs its generated client {GENERATED_PACKAGE!r} beside it"
                f" (vendor both 'weshop' and 'weshop_openapi' into the same directory): {exc}",
                name=exc.name,
            ) from exc
        raise OperationUnavailableError(name or GENERATED_PACKAGE, module=qualified) from None


def generated_package_dir() -> Traversable:
    """The directory of the generated package, found without importing it (its
    ``__init__`` imports the low-level client: reading the shipped spec need not)."""
    found = importlib.util.find_spec(GENERATED_PACKAGE)
    locations = list(found.submodule_search_locations or ()) if found is not None else []
    if locations and Path(locations[0]).is_dir():
        return Path(locations[0])
    from importlib.resources import files  # only here: it costs a few ms to import

    return files(generated_module())  # e.g. inside a zip archive


def generated_attr(module: str, name: str) -> Any:
    """``<GENERATED_PACKAGE>.<module>.<name>``, or :class:`~weshop.OperationUnavailableError`."""
    found = generated_module(module)
    try:
        return getattr(found, name)
    except AttributeError:
        raise OperationUnavailableError(name, module=found.__name__) from None


def generated_literals(*names: str) -> dict[str, Any]:
    """The generated ``Literal`` aliases ``names`` (of ``models``), for annotations that
    are evaluated at run time (``typing.get_type_hints``). One a regeneration dropped
    (an enum renamed upstream) is ``str``: values are then plain strings, and
    ``import weshop`` still works."""
    try:
        models = generated_module("models")
    except OperationUnavailableError:
        return dict.fromkeys(names, str)
    return {name: getattr(models, name, str) for name in names}


class _Namespace:
    """A generated submodule whose missing attributes raise OperationUnavailableError."""

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Any:
        value = generated_attr(self._module, name)
        setattr(self, name, value)  # found once: later look-ups are plain attributes
        return value


@functools.cache
def _endpoint_tags() -> tuple[str, ...]:
    import pkgutil  # only when an endpoint is first looked up: off the import path

    api = generated_module("api")
    return tuple(sorted(info.name for info in pkgutil.iter_modules(api.__path__)))


def _endpoint(name: str) -> ModuleType:
    for tag in _endpoint_tags():
        try:
            return generated_module(f"api.{tag}.{name}")
        except OperationUnavailableError:
            continue
    raise OperationUnavailableError(name, module=f"{GENERATED_PACKAGE}.api.*.{name}")


def __getattr__(name: str) -> Any:
    if name.startswith("__"):
        raise AttributeError(name)
    value: Any = _Namespace(name) if name in _SUBMODULES else _endpoint(name)
    globals()[name] = value  # found once: later look-ups are plain module attributes
    return value
