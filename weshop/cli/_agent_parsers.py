"""The parsers of the agent commands: the six typed ones (``aimodel`` ...
``virtualtryon``: one option per documented parameter, read from the spec) and ``run``
(any agent: its catalog options, or ``--param key=value``). Each is built only when it is
the command given; ``run AGENT`` gets that agent's options only."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from typing import Any, Final

from ..spec import MEDIA_INPUTS, AgentEntry, agent_entry, cli_option
from ._agent_table import AGENT_COMMANDS, AgentCommand, Param, needs
from ._options import (
    Deferred,
    HelpFormatter,
    Subcommand,
    SubParsers,
    add_generic_params,
    add_global_options,
    add_image,
    add_run_options,
)
from ._spec_info import enum_default, enum_values, spec_rules

__all__ = ["add_agent_options", "add_parser", "agent_option_params"]


def add_parser(subparsers: SubParsers, command: Subcommand, argv: Sequence[str]) -> None:
    """Add the parser of ``command``: one of the six agent commands, or ``run``."""
    if command.name == "run":
        _add_run_parser(subparsers, command, argv)
        return
    spec = next(spec for spec in AGENT_COMMANDS if spec.command == command.name)
    _add_agent_parser(subparsers, command, spec)


def _metavar(param: Param) -> str:
    if param.metavar:
        return param.metavar
    return param.flags[0].lstrip("-").split("-")[-1].upper()


def _enum_help(agent: str, param: Param) -> str:
    values = enum_values(agent, param.wire)
    if not values:
        return param.help
    default = enum_default(agent, param.wire)
    server_default = f"; server default: {default}" if default else ""
    return f"{param.help} — one of: {', '.join(values)}{server_default}"


def _epilog(spec: AgentCommand) -> str:
    lines: list[str] = []
    rules = spec_rules(spec.agent)
    if rules:
        lines.append("rules (from the API spec):")
        lines.extend(f"  - {rule}" for rule in rules)
        lines.append("")
    lines.append("examples:")
    lines.extend(f"  {example}" for example in spec.examples)
    return "\n".join(lines)


def _add_agent_parser(subparsers: SubParsers, command: Subcommand, spec: AgentCommand) -> None:
    description = (
        f"{spec.command} (agent {spec.agent}): {spec.summary}.\n"
        "Option values are those of the API spec; local images are uploaded, --output\n"
        "downloads the results."
    )
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=description,
        epilog=_epilog(spec),
        formatter_class=HelpFormatter,
    )
    add_image(parser)
    group = parser.add_argument_group(f"{spec.agent} parameters")
    #: Required options argparse can enforce itself: those nothing else can stand in for.
    enforced = {need.param.wire for need in needs(spec) if not need.alternatives}
    for param in spec.params:
        values = enum_values(spec.agent, param.wire)
        options: dict[str, Any] = {"dest": param.kwarg, "help": _enum_help(spec.agent, param)}
        if param.flag:
            options["action"] = "store_const"
            options["const"] = True
        else:
            options["metavar"] = _metavar(param)
            options["type"] = param.type
            if values:
                options["choices"] = values
            if param.repeat:
                options["action"] = "append"
        if param.wire in enforced:
            options["required"] = True
        group.add_argument(*param.flags, **options)
    for preset in spec.presets:
        group.add_argument(
            preset.flag,
            dest=f"preset_{preset.kind}",
            metavar="NAME",
            help=f"{preset.help} (looked up with `weshop info {spec.agent}`)",
        )
    if spec.custom_mask:
        group.add_argument(
            "--custom-mask",
            metavar="MASK",
            help=(
                "the region to keep, as a PNG mask: a local .png file, an http(s) URL "
                "(customMaskUrl) or base64 PNG text; implies --mask-type custom"
            ),
        )
    for flag, kwarg, help_text in spec.extra_images:
        group.add_argument(flag, dest=kwarg, metavar="IMAGE", help=help_text)
    add_run_options(parser)
    add_global_options(parser)
    parser.set_defaults(
        handler=Deferred("._agents", "run_agent_command"),
        agent_command=spec.command,
        empty_document=Deferred("._agents", "empty_agent_document"),
    )


def _add_run_parser(subparsers: SubParsers, command: Subcommand, argv: Sequence[str]) -> None:
    # Only the agent named on the command line gets its options (`run AGENT ...`).
    entry = agent_entry(argv[1]) if len(argv) >= 2 else None
    summary = f"{entry.name}: {entry.summary}\n\n" if entry is not None else ""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            f"{summary}"
            "Run any agent — in the catalog or not. `weshop run AGENT --help` lists the\n"
            "agent's own options (from the API spec); any parameter can also be given in its\n"
            "wire name with --param. Values are parsed as JSON when they parse (4, true,\n"
            "[1,2]), else kept as text; parameters the spec types as strings are always\n"
            "text. batchCount is 1 unless given (--batch or --param batchCount=N)."
        ),
        epilog=(
            "every agent, its inputs and result kind: `weshop catalog`\n\n"
            "examples:\n"
            "  weshop run kling --image first.png --image last.png \\\n"
            "      --prompt 'the camera pans across a misty forest' --duration 5s -o out/\n"
            "  weshop run ai-video-enhancer --video https://example.com/clip.mp4 --video-size 4K\n"
            "  weshop run midjourney --prompt 'a lighthouse at dusk' --model Midjourney_7\n"
            "  weshop run aimodel model.jpg --param generatedContent=freeCreation \\\n"
            "      --param maskType=autoApparelSegment --param locationId=6000372 -o out/\n"
            "  weshop run virtualtryon dress.png --input fashionModelImage=person.jpg \\\n"
            '      --params \'{"generateVersion": "weshopFlash", "descriptionType": "auto"}\''
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("agent", metavar="AGENT", help="the agent's name (e.g. kling)")
    parser.add_argument(
        "image_arg", nargs="?", metavar="IMAGE", help="an input image: a local file or a URL"
    )
    media = parser.add_argument_group("inputs")
    media.add_argument(
        "--image",
        action="append",
        default=[],
        metavar="IMAGE",
        help="an input image, a local file or a URL (repeatable; several go to params.images)",
    )
    media.add_argument(
        "--video",
        action="append",
        default=[],
        metavar="URL",
        help="an input video URL (repeatable)",
    )
    media.add_argument(
        "--audio",
        action="append",
        default=[],
        metavar="URL",
        help="an input audio URL (repeatable)",
    )
    add_generic_params(parser)
    add_run_options(parser)
    if entry is not None:
        add_agent_options(parser, entry)
    add_global_options(parser)
    parser.set_defaults(
        handler=Deferred("._agents", "run_command"),
        empty_document=Deferred("._agents", "empty_run_document"),
    )


# --------------------------------------------------------------------------- agent options
#: Params that ``run`` already has an option for (``--batch``), or that are inputs.
_HANDLED: Final = frozenset({"batchCount", *MEDIA_INPUTS})
_DEST_PREFIX: Final = "agent_param_"


def _type(schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        return int
    if kind == "number":
        return float
    if kind == "boolean":
        return lambda text: {"true": True, "false": False}[text.lower()]
    return str


def _help(wire: str, schema: Mapping[str, Any], required: bool) -> str:
    parts = [
        str(schema.get("x-cli-help") or schema.get("description") or wire)
        .split(". ")[0]
        .rstrip(".")
    ]
    if "enum" in schema:
        parts.append("one of: " + ", ".join(map(str, schema["enum"])))
    if "minimum" in schema or "maximum" in schema:
        parts.append(f"range {schema.get('minimum', '')}-{schema.get('maximum', '')}")
    if "default" in schema and len(str(schema["default"])) <= 40:
        parts.append(f"server default: {schema['default']}")
    if required:
        parts.append("required")
    return f"{'; '.join(parts)} (params.{wire})".replace("%", "%%")


def add_agent_options(parser: argparse.ArgumentParser, entry: AgentEntry) -> None:
    """One option per parameter of ``entry`` (skipping any name ``parser`` already has)."""
    group = parser.add_argument_group(f"{entry.name} parameters (from the API spec)")
    required = set(entry.required_params)
    for wire, schema in entry.properties.items():
        if wire in _HANDLED:
            continue
        flag = f"--{cli_option(wire, schema)}"
        repeat = schema.get("type") == "array"
        items = schema.get("items", {}) if repeat else schema
        kwargs: dict[str, Any] = {
            "dest": _DEST_PREFIX + wire,
            "help": _help(wire, schema, wire in required),
            "type": _type(items),
            "metavar": "VALUE" if "enum" not in items else None,
        }
        if "enum" in items:
            kwargs["choices"] = items["enum"]
        if repeat:
            kwargs["action"] = "append"
        try:
            group.add_argument(flag, **kwargs)
        except argparse.ArgumentError:
            continue  # clashes with a run option: still settable with --param


def agent_option_params(args: argparse.Namespace) -> dict[str, Any]:
    """The params given through the agent's own options (wire names)."""
    return {
        key.removeprefix(_DEST_PREFIX): value
        for key, value in vars(args).items()
        if key.startswith(_DEST_PREFIX) and value is not None
    }
