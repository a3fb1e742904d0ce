"""The facade clients a command runs with, configured by the global options. The CLI has
no HTTP code of its own: everything goes through ``weshop.WeShop`` / ``weshop.AsyncWeShop``.

The clients are imported when a command runs, not when this module is (deliberate
laziness: parser modules import this one, and ``weshop COMMAND --help`` must not load
the facade's HTTP side)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .. import AsyncWeShop, RetryEvent, WeShop

__all__ = ["make_async_client", "make_client"]


# --------------------------------------------------------------------------- clients
def _client_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if getattr(args, "base_url", None):
        options["base_url"] = args.base_url
    if getattr(args, "timeout", None) is not None:
        options["timeout"] = args.timeout
    if getattr(args, "max_retries", None) is not None:
        options["max_retries"] = args.max_retries
    return options


def _retry_note(args: argparse.Namespace) -> Callable[[RetryEvent], object] | None:
    """Say on stderr, at once, that a request is being retried (a refused connection
    would otherwise go quiet for ~10 s of backoff); nothing with ``--quiet``."""
    if getattr(args, "quiet", False):
        return None
    prog = getattr(args, "prog_name", "weshop")

    def note(event: RetryEvent) -> None:
        print(
            f"{prog}: {event.operation}: {event.cause}; retry {event.retry} of "
            f"{event.max_retries} in {event.delay:.1f} s",
            file=sys.stderr,
            flush=True,
        )

    return note


def make_client(
    args: argparse.Namespace, *, on_retry: Callable[[RetryEvent], object] | None = None
) -> WeShop:
    """The synchronous facade client configured by the global options (retries are
    reported on stderr unless ``on_retry`` or ``--quiet`` says otherwise)."""
    from .. import WeShop  # deliberately lazy: see the module docstring

    on_retry = on_retry or _retry_note(args)

    return WeShop(getattr(args, "api_key", None), on_retry=on_retry, **_client_options(args))


def make_async_client(
    args: argparse.Namespace, *, on_retry: Callable[[RetryEvent], object] | None = None
) -> AsyncWeShop:
    """The asyncio facade client configured by the global options (``on_retry``: the
    client's retry hook)."""
    from .. import AsyncWeShop  # deliberately lazy: see the module docstring

    return AsyncWeShop(getattr(args, "api_key", None), on_retry=on_retry, **_client_options(args))
