"""The ``weshop`` command line.

Each subcommand lives in its own module with a ``register(subparsers)`` function that adds
its parser and sets ``handler`` (``(argparse.Namespace) -> int``) as a default; adding a
subcommand is adding a module to :data:`SUBCOMMAND_MODULES`. Modules import their heavy
dependencies inside the handler, so ``weshop --help`` works without the optional extras.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Final

from .. import __version__

__all__ = ["SUBCOMMAND_MODULES", "build_parser", "main"]

#: Relative to this package (``importlib.import_module(name, __package__)``), so a vendored
#: copy of ``weshop`` registers its own subcommands.
SUBCOMMAND_MODULES: Final[tuple[str, ...]] = (
    "._agents",
    "._runs",
    "._batch",
    "._mock",
    "._catalog",
)


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every registered subcommand."""
    from ._common import HelpFormatter, top_description, top_epilog

    parser = argparse.ArgumentParser(
        prog="weshop",
        description=top_description(),
        epilog=top_epilog(),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"weshop {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in SUBCOMMAND_MODULES:
        importlib.import_module(module_name, __package__).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from ._catalog import REQUESTED_ARGV
    from ._common import hoist_global_options

    arguments = hoist_global_options(sys.argv[1:] if argv is None else argv)
    token = REQUESTED_ARGV.set(tuple(arguments))
    try:
        parser = build_parser()
    finally:
        REQUESTED_ARGV.reset(token)
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        # A group without its subcommand (or no command at all): show what exists.
        usage_of = getattr(args, "usage_parser", parser)
        usage_of.print_help(sys.stderr)
        return 2
    status: int = handler(args)
    return status
