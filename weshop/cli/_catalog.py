"""The agent catalog on the command line, built from the spec at run time.

``weshop run AGENT`` gets the agent's own options from its catalog entry: one option per
parameter, named as the vendor's CLI names it (the spec's ``x-cli-option``: ``--prompt``
for ``textDescription``, ``--model`` for ``modelName``) or else its kebab-cased wire name,
with choices, defaults, ranges and required marks in ``--help``. ``weshop catalog`` lists
every agent with its inputs and result kind. Nothing here names a parameter.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ..spec import AgentEntry, catalog
from ._common import Output, cli_command
from ._options import HelpFormatter, Subcommand, SubParsers, add_global_options

__all__ = ["add_parser", "describe_inputs"]


def describe_inputs(entry: AgentEntry) -> str:
    """``images 1-2, videos ≤1 (optional)`` — what the agent takes."""
    parts = []
    for wire, spec in entry.inputs.items():
        count = ""
        if spec.max_items is not None:
            low = spec.min_items or 1
            count = f" {low}-{spec.max_items}" if low != spec.max_items else f" {low}"
            count = count if spec.required else f" up to {spec.max_items}"
        parts.append(f"{wire}{count}{'' if spec.required else ' (optional)'}")
    return ", ".join(parts) or "none (text only)"


def _result_text(entry: AgentEntry) -> str:
    if entry.result.get("kind") == "parameter":
        return f"{'/'.join(entry.result_kinds)} (by {entry.result.get('parameter')})"
    return entry.result_kinds[0]


def _catalog_handler(args: argparse.Namespace, out: Output) -> int:
    entries = sorted(catalog().values(), key=lambda e: e.name.lower())
    if args.video_only:
        entries = [e for e in entries if "video" in e.result_kinds]
    rows = [
        {
            "agent": entry.name,
            "version": entry.version,
            "inputs": describe_inputs(entry),
            "result": _result_text(entry),
            "documented": entry.documented,
            "source": entry.source,
            "summary": entry.summary,
        }
        for entry in entries
    ]
    # Columns as wide as their longest cell (header included), so they never shift.
    width = max([len("AGENT"), *(len(entry.name) for entry in entries)])
    makes = max([len("MAKES"), *(len(_result_text(entry)) for entry in entries)])
    if rows:
        out.result(f"{'AGENT':<{width}}  {'MAKES':<{makes}}  INPUTS")
    for row in rows:
        mark = "" if row["documented"] else "  [vendor CLI only]"
        out.result(f"{row['agent']:<{width}}  {row['result']:<{makes}}  {row['inputs']}{mark}")
    out.document({"agents": rows, "count": len(rows)})
    return 0


def add_parser(subparsers: SubParsers, command: Subcommand, argv: Sequence[str]) -> None:
    """``weshop catalog``: every agent of the spec, its inputs and what it makes."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Every agent in the spec's catalog (x-weshop-agents): its inputs with their\n"
            "counts, and whether it makes images or videos. Run one with\n"
            "`weshop run AGENT --help` to see its options."
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--video", dest="video_only", action="store_true", help="video agents only")
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop catalog")(_catalog_handler),
        empty_document=lambda args: {"agents": [], "count": 0},
    )
