"""The ``weshop`` command line.

:data:`SUBCOMMANDS` lists every subcommand: its name, its one-line help and the module
that builds its parser (``add_parser(subparsers, subcommand, argv)``, setting ``handler``
— ``(argparse.Namespace) -> int`` — as a default); adding a subcommand is adding a module
and a line here. Only the parser of the command given is built (``weshop --help`` builds
none; ``weshop run kling --help`` builds ``run`` with kling's options), and the commands
reach the API through the public client (``weshop.WeShop``), imported when one runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Final

from .. import __version__
from ._agent_table import AGENT_COMMANDS
from ._help import top_description, top_epilog
from ._options import HelpFormatter, Subcommand, hoist_global_options

__all__ = ["SUBCOMMANDS", "build_parser", "main"]

#: Every subcommand, in the order ``weshop --help`` lists them.
SUBCOMMANDS: Final[tuple[Subcommand, ...]] = (
    *(
        Subcommand(spec.command, spec.summary, "._agent_parsers", spec.aliases)
        for spec in AGENT_COMMANDS
    ),
    Subcommand(
        "run", "run any agent: the catalog's typed options, or --param key=value", "._agent_parsers"
    ),
    Subcommand("upload", "upload local images and print their URLs", "._runs"),
    Subcommand("status", "show a run's status and results", "._runs"),
    Subcommand("wait", "wait for a run to finish (and download its results)", "._runs"),
    Subcommand(
        "info",
        "list an agent's presets (locations, fashion models, backgrounds, sizes)",
        "._runs",
    ),
    Subcommand("estimate", "what a run would cost (power), without running it", "._runs"),
    Subcommand("batch", "run every row of a JSONL or CSV manifest, resumably", "._batch"),
    Subcommand("mock", "run the offline WeShop mock server", "._mock"),
    Subcommand("catalog", "list every agent of the API spec: inputs and result kind", "._catalog"),
)


def _requested(argv: Sequence[str]) -> Subcommand | None:
    """The subcommand ``argv`` (global options hoisted) names, if any."""
    if not argv:
        return None
    return next((c for c in SUBCOMMANDS if argv[0] in (c.name, *c.aliases)), None)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The top-level parser. Without ``argv``, every subcommand's parser is built (as
    tests and tools inspect them); with it, only the command it names is — the others
    are listed (name, aliases, help) but not built."""
    parser = argparse.ArgumentParser(
        prog="weshop",
        description=top_description(),
        epilog=top_epilog(),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"weshop {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    requested = None if argv is None else _requested(argv)
    for subcommand in SUBCOMMANDS:
        if argv is None or subcommand is requested:
            subcommand.add_parser(subparsers, argv or ())
        else:
            subcommand.add_stub(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = hoist_global_options(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        # A group without its subcommand (or no command at all): show what exists.
        usage_of = getattr(args, "usage_parser", parser)
        usage_of.print_help(sys.stderr)
        return 2
    status: int = handler(args)
    return status
