"""The options commands share: the global ones (``--api-key``, ``--base-url``,
``--timeout``, ``--max-retries``, ``--json``, ``--quiet``; accepted before the command
name too), the run options of the agent commands and ``run``, the generic ``--param``
options, and the help formatter. Light: building a parser imports no client."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeAlias

from .. import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_AGENT_VERSION,
    DEFAULT_BATCH_COUNT,
    DEFAULT_WAIT_TIMEOUT,
)
from ._spec_info import batch_count_range, task_name_max_length

__all__ = [
    "GLOBAL_OPTIONS",
    "Deferred",
    "HelpFormatter",
    "SubParsers",
    "Subcommand",
    "add_agent_version",
    "add_generic_params",
    "add_global_options",
    "add_image",
    "add_run_options",
    "add_wait_timeout",
    "hoist_global_options",
    "positive_int",
]


#: The global options (every API command's) and whether each takes a value.
GLOBAL_OPTIONS: Final[Mapping[str, bool]] = {
    "--api-key": True,
    "--base-url": True,
    "--timeout": True,
    "--max-retries": True,
    "--json": False,
    "--quiet": False,
    "-q": False,
}


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """``argv`` with the global options given before the command moved after its name
    (``weshop --json removebg x.png`` is ``weshop removebg --json x.png``): they belong
    to the commands' parsers, where they are also accepted."""
    before: list[str] = []
    index = 0
    while index < len(argv):
        token = argv[index]
        name = token.split("=", 1)[0]
        if name not in GLOBAL_OPTIONS:
            break
        takes_value = GLOBAL_OPTIONS[name] and "=" not in token
        before += argv[index : index + 1 + takes_value]
        index += 1 + takes_value
    if not before or index >= len(argv) or argv[index].startswith("-"):
        return list(argv)  # nothing hoisted, or no command after them: argparse explains
    return [argv[index], *before, *argv[index + 1 :]]


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options every API command takes (accepted before the command name too:
    :func:`hoist_global_options`)."""
    group = parser.add_argument_group("global options")
    group.add_argument(
        "--api-key",
        metavar="KEY",
        help=(
            f"API key (discouraged: other users can see it in the process list; prefer "
            f"${API_KEY_ENV} or ~/.config/weshop/credentials.json)"
        ),
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        help=f"API base URL (default: ${BASE_URL_ENV}, else https://openapi.weshop.ai/openapi)",
    )
    group.add_argument(
        "--timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="timeout of each HTTP request (default: 60, 10 to connect)",
    )
    group.add_argument(
        "--max-retries",
        type=_non_negative_int,
        metavar="N",
        help="retries of a failed request (rate limits, 5xx, network); default 5",
    )
    group.add_argument(
        "--json",
        action="store_true",
        help="print one JSON document on stdout (no progress output)",
    )
    group.add_argument(
        "--quiet", "-q", action="store_true", help="no progress or notes on stderr (errors only)"
    )


def add_wait_timeout(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--wait-timeout",
        type=_positive_float,
        default=DEFAULT_WAIT_TIMEOUT,
        metavar="SECONDS",
        help=f"how long to wait for a run (default: {DEFAULT_WAIT_TIMEOUT:g})",
    )


def add_agent_version(parser: argparse._ActionsContainer) -> None:
    parser.add_argument(
        "--agent-version",
        default=DEFAULT_AGENT_VERSION,
        metavar="VERSION",
        help=f"agent version (default: {DEFAULT_AGENT_VERSION})",
    )


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written (lists of enums, examples)."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


# --------------------------------------------------------------------------- run options
def add_image(parser: argparse.ArgumentParser, what: str = "the source image") -> None:
    parser.add_argument(
        "image_arg", nargs="?", metavar="IMAGE", help=f"{what}: a local file or a URL"
    )
    parser.add_argument(
        "--image", metavar="IMAGE", help=f"{what} (instead of the positional IMAGE)"
    )


def add_run_options(parser: argparse.ArgumentParser, *, batch: bool = True) -> None:
    group = parser.add_argument_group("run options")
    low, high = batch_count_range()
    if batch:
        group.add_argument(
            "--batch",
            type=int,
            metavar="N",
            help=f"images to make, {low}-{high} (batchCount; default {DEFAULT_BATCH_COUNT} — "
            "always sent)",
        )
    group.add_argument(
        "--task-name",
        metavar="NAME",
        help=f"a label for the run (≤ {task_name_max_length()} chars)",
    )
    group.add_argument(
        "--callback-url", metavar="URL", help="URL that receives the finished run by POST"
    )
    group.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="your key for this logical run: the same key never starts a second run",
    )
    group.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="DIR",
        help="download the results into DIR (<executionId>-<i>.<ext>)",
    )
    group.add_argument(
        "--no-wait", action="store_true", help="submit and print the execution id; do not wait"
    )
    group.add_argument(
        "--estimate",
        action="store_true",
        help="print what the run would cost (power), without running it",
    )
    add_wait_timeout(group)
    add_agent_version(group)


def add_generic_params(parser: argparse.ArgumentParser) -> None:
    """``--param``, ``--params`` and ``--input`` (for ``run`` and ``estimate``)."""
    group = parser.add_argument_group("parameters")
    group.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a run parameter in its wire name (repeatable)",
    )
    group.add_argument(
        "--params", metavar="JSON", help="parameters as one JSON object (merged before --param)"
    )
    group.add_argument(
        "--input",
        action="append",
        default=[],
        metavar="NAME=IMAGE",
        help="a further input image, e.g. fashionModelImage=person.jpg (repeatable)",
    )


# --------------------------------------------------------------------------- subcommands
@dataclass(frozen=True)
class Deferred:
    """A function of a command's module (``handler``, ``empty_document``), imported when
    it is called: deliberately lazy, so that building a parser — all ``--help`` does —
    loads none of what running the command needs (handlers, output, the client)."""

    module: str
    name: str

    def __call__(self, args: argparse.Namespace) -> Any:
        function = getattr(importlib.import_module(self.module, __package__), self.name)
        return function(args)


SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


@dataclass(frozen=True)
class Subcommand:
    """A ``weshop`` subcommand as the top-level parser lists it. Its own parser is built
    only when it is the command given (``module``'s ``add_parser``), so ``weshop --help``
    builds none and ``weshop run kling --help`` only ``run``'s, with kling's options."""

    name: str
    help: str
    #: Relative to ``weshop.cli`` (a vendored copy builds its own), with
    #: ``add_parser(subparsers, subcommand, argv)``.
    module: str
    aliases: tuple[str, ...] = ()

    def add_stub(self, subparsers: SubParsers) -> None:
        """List the subcommand (name, aliases, one-line help) without building it."""
        subparsers.add_parser(self.name, aliases=list(self.aliases), help=self.help)

    def add_parser(self, subparsers: SubParsers, argv: Sequence[str]) -> None:
        """Build the subcommand's parser (``argv``: the command line, its name first)."""
        # Deliberately lazy: a command's module (and what it imports) loads only when it
        # is the command given.
        module = importlib.import_module(self.module, __package__)
        module.add_parser(subparsers, self, argv)
