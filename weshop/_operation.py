"""The :class:`Operation` type: a generated endpoint, its success model, and whether a
repeated request is harmless.

The instances — one per operation of the spec — are generated into
:mod:`weshop._operations` (``codegen/operations.py``) from the overlaid spec; the class is
here so that module can import it without importing the client.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

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
    """A generated endpoint module: its functions (their parameters type the calls made
    through :class:`Operation`), and the two steps they take around sending, which the
    client takes itself (:mod:`weshop._api_requests`), so that it can read a run's answer
    straight from its JSON (:mod:`weshop._run_answers`)."""

    @property
    def sync_detailed(self) -> Callable[P, Response[T]]: ...

    @property
    def asyncio_detailed(self) -> Callable[P, Awaitable[Response[T]]]: ...

    @property
    def _get_kwargs(self) -> Callable[..., dict[str, Any]]:
        """The arguments of the endpoint's ``httpx`` request (its ``client`` left out)."""

    @property
    def _build_response(self) -> Callable[..., Response[T]]:
        """The answer parsed: ``_build_response(client=..., response=...)``."""


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
    def success(self) -> type[S]:
        return self.success_model()

    def check_available(self) -> None:
        """Raise :class:`~weshop.OperationUnavailableError` unless the generated client
        has this operation and its success model."""
        self.endpoint()
        self.success_model()
