"""The :class:`Operation` type: a generated endpoint, its success model, and whether a
repeated request is harmless.

The instances — one per operation of the spec — are generated into
:mod:`weshop._operations` (``codegen/operations.py``) from the overlaid spec; the class is
here so that module can import it without importing the client.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, ParamSpec, Protocol, TypeVar

if TYPE_CHECKING:
    from weshop_openapi.types import Response

__all__ = ["Endpoint", "Envelope", "Operation"]

P = ParamSpec("P")
T = TypeVar("T")


class Envelope(Protocol):
    """What every success model of the generated client has."""

    @property
    def success(self) -> bool: ...


S = TypeVar("S", bound=Envelope)


class Endpoint(Protocol[P, T]):
    """A generated endpoint module: its sync and asyncio functions."""

    @property
    def sync_detailed(self) -> Callable[P, Response[T]]: ...

    @property
    def asyncio_detailed(self) -> Callable[P, Awaitable[Response[T]]]: ...


@dataclass(frozen=True)
class Operation(Generic[P, T, S]):
    """A generated endpoint, the model of its success answer, and whether a repeated
    request is harmless (``replay_safe``, the spec's ``x-replay-safe``).

    The endpoint and the model are looked up when first called, not at import: a
    regenerated client that lacks them disables only the methods using this operation
    (:class:`~weshop.OperationUnavailableError`, nothing sent).
    """

    name: str
    endpoint: Callable[[], Endpoint[P, T]]
    success_model: Callable[[], type[S]]
    replay_safe: bool

    @property
    def sync(self) -> Callable[P, Response[T]]:
        return self.endpoint().sync_detailed

    @property
    def asyncio(self) -> Callable[P, Awaitable[Response[T]]]:
        return self.endpoint().asyncio_detailed

    @property
    def success(self) -> type[S]:
        return self.success_model()

    def check_available(self) -> None:
        """Raise :class:`~weshop.OperationUnavailableError` unless the generated client
        has this operation and its success model."""
        self.endpoint()
        self.success_model()
