"""The agent commands: ``aimodel``, ``aiproduct``, ``aipose``, ``expandimage``,
``removebg``, ``virtualtryon`` (typed, one option per documented parameter) and ``run``
(any agent, ``--param key=value``).

Each command submits one run through the facade (local images are uploaded by it),
waits with a progress line fed by the run's reported progress, downloads the results
with ``--output DIR`` and prints the result paths or URLs — or one JSON document with
``--json``. ``--no-wait`` prints the execution id at once; ``--estimate`` prints what the
run would cost instead of running it. Enum values in the help are read from the spec.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .. import DEFAULT_BATCH_COUNT
from .._catalog import agent_entry, cli_option
from ._common import (
    Exit,
    HelpFormatter,
    Output,
    UsageError,
    add_agent_version,
    add_global_options,
    add_wait_timeout,
    agent_wire_name,
    batch_count_range,
    cli_command,
    describe_error,
    enum_default,
    enum_values,
    make_client,
    parse_param_value,
    required_params,
    run_document,
    spec_rules,
    task_name_max_length,
    writable_output,
)
from ._progress import RunProgress

if TYPE_CHECKING:
    from .. import AgentInfo, PowerEstimate, Run, RunBase, WeShop

RunT = TypeVar("RunT", bound="RunBase")

__all__ = ["AGENT_COMMANDS", "AgentCommand", "Param", "register", "wait_and_report"]


@dataclass(frozen=True)
class Param:
    """One documented run parameter as a command-line option."""

    flags: tuple[str, ...]
    wire: str
    help: str
    type: Callable[[str], Any] = str
    repeat: bool = False
    flag: bool = False
    metavar: str | None = None

    @property
    def kwarg(self) -> str:
        """The facade's keyword (``maskType`` → ``mask_type``)."""
        return re.sub(r"([A-Z])", r"_\1", self.wire).lower()


@dataclass(frozen=True)
class Preset:
    """A preset given by name, looked up in the agent's info (only when given)."""

    flag: str
    kind: str  # "location" | "fashion_model" | "background" | "dimension"
    sets: tuple[str, ...]  # facade keywords it fills
    help: str


@dataclass(frozen=True)
class AgentCommand:
    """A typed agent command: its name, the agent, the facade method and its options."""

    command: str
    agent: str
    method: str
    summary: str
    presets: tuple[Preset, ...] = ()
    custom_mask: bool = False
    extra_images: tuple[tuple[str, str, str], ...] = ()  # (flag, facade keyword, help)
    aliases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()

    @property
    def params(self) -> tuple[Param, ...]:
        """The agent's parameter options, read from the spec."""
        return spec_params(self.agent)


def _option_type(schema: Mapping[str, Any]) -> Callable[[str], Any]:
    kind = schema.get("type")
    return int if kind == "integer" else float if kind == "number" else str


@functools.cache
def spec_params(agent: str) -> tuple[Param, ...]:
    """One option per params property the overlay gives command-line help
    (``x-cli-help``), named by ``x-cli-option`` (and ``x-cli-aliases``) or the
    kebab-cased wire name; the rest (``--batch``, ``--custom-mask``) are run options."""
    entry = agent_entry(agent)
    properties = entry.properties if entry is not None else {}
    params = []
    for wire, schema in properties.items():
        if "x-cli-help" not in schema:
            continue
        names = (cli_option(wire, schema), *schema.get("x-cli-aliases", ()))
        repeat = schema.get("type") == "array"
        text = str(schema["x-cli-help"])
        if "x-facade-default" in schema:  # what the facade sends when the option is left out
            text += f" (default: {schema['x-facade-default']})"
        params.append(
            Param(
                flags=tuple(f"--{name}" for name in names),
                wire=wire,
                help=text,
                type=_option_type(schema.get("items", {}) if repeat else schema),
                repeat=repeat,
                flag=schema.get("type") == "boolean",
                metavar="ID" if repeat else None,
            )
        )
    return tuple(params)


AGENT_COMMANDS: Final[tuple[AgentCommand, ...]] = (
    AgentCommand(
        command="aimodel",
        agent="aimodel",
        method="aimodel",
        summary="apparel model photos: replace the model, face or scene, keep the garment",
        presets=(
            Preset("--location", "location", ("location_id",), "preset scene by name"),
            Preset("--model", "fashion_model", ("fashion_model_id",), "fashion model by name"),
        ),
        custom_mask=True,
        examples=(
            "weshop aimodel --image model.jpg --generation-mode freeCreation \\\n"
            '      --mask-type autoApparelSegment --location "White Studio" --output out/',
            "weshop aimodel photo.png --generation-mode referToOrigin \\\n"
            "      --mask-type autoHumanSegment --model Letitia --batch 2 --json",
        ),
    ),
    AgentCommand(
        command="aiproduct",
        agent="aiproduct",
        method="aiproduct",
        summary="product still-life: a new scene around the product",
        presets=(Preset("--location", "location", ("location_id",), "preset scene by name"),),
        custom_mask=True,
        examples=(
            "weshop aiproduct bottle.png --generation-mode freeCreation \\\n"
            '      --prompt "on a marble table, soft morning light" --output out/',
            "weshop aiproduct shoe.webp --generation-mode referToOrigin \\\n"
            '      --location "Rooftop Terrace"',
        ),
    ),
    AgentCommand(
        command="aipose",
        agent="aipose",
        method="aipose",
        summary="change the pose, keep the garment",
        examples=(
            'weshop aipose model.jpg --prompt "arms crossed" --generate-version pro -o out/',
        ),
    ),
    AgentCommand(
        command="expandimage",
        agent="expandimage",
        method="expand_image",
        summary="expand the canvas; the new area is generated, not stretched",
        presets=(
            Preset(
                "--dimension",
                "dimension",
                ("target_width", "target_height"),
                'reference size by name, e.g. "Instagram Square 1080*1080px"',
            ),
        ),
        examples=(
            "weshop expandimage photo.jpg --width 1080 --height 1920 --output out/",
            'weshop expandimage photo.jpg --dimension "Instagram Square 1080*1080px"',
        ),
    ),
    AgentCommand(
        command="removebg",
        agent="removeBG",
        method="remove_background",
        summary="remove the background: a preset background or a colour",
        presets=(
            Preset(
                "--background",
                "background",
                ("background_id",),
                'preset background by name, e.g. "White" or "Transparent"',
            ),
        ),
        custom_mask=True,
        aliases=("removeBG",),
        examples=(
            "weshop removebg product.png --background-hex '#ffffff' --output out/",
            "weshop removebg product.png --background Transparent --json",
        ),
    ),
    AgentCommand(
        command="virtualtryon",
        agent="virtualtryon",
        method="virtual_try_on",
        summary="virtual try-on: dress a model in the garment",
        extra_images=(
            ("--model-image", "fashion_model_image", "the person to dress (path or URL)"),
            ("--location-image", "location_image", "the scene (path or URL)"),
        ),
        examples=(
            "weshop virtualtryon dress.png --model-image person.jpg \\\n"
            "      --generate-version weshopFlash --description-type auto --output out/",
            "weshop virtualtryon dress.png --version bananaPro --image-size 2K \\\n"
            '      --aspect-ratio 3:4 --description-type custom --prompt "Figure 2 wears Figure 1"',
        ),
    ),
)


# --------------------------------------------------------------------------- parsers
def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the six agent commands and ``run``."""
    for spec in AGENT_COMMANDS:
        _register_agent(subparsers, spec)
    _register_run(subparsers)


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


def _add_image(parser: argparse.ArgumentParser, what: str = "the source image") -> None:
    parser.add_argument(
        "image_arg", nargs="?", metavar="IMAGE", help=f"{what}: a local file or a URL"
    )
    parser.add_argument(
        "--image", metavar="IMAGE", help=f"{what} (instead of the positional IMAGE)"
    )


def _add_run_options(parser: argparse.ArgumentParser, *, batch: bool = True) -> None:
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


def _register_agent(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], spec: AgentCommand
) -> None:
    description = (
        f"{spec.command} (agent {spec.agent}): {spec.summary}.\n"
        "Option values are those of the API spec; local images are uploaded, --output\n"
        "downloads the results."
    )
    parser: argparse.ArgumentParser = subparsers.add_parser(
        spec.command,
        aliases=list(spec.aliases),
        help=spec.summary,
        description=description,
        epilog=_epilog(spec),
        formatter_class=HelpFormatter,
    )
    _add_image(parser)
    group = parser.add_argument_group(f"{spec.agent} parameters")
    #: Required options argparse can enforce itself: those nothing else can stand in for.
    enforced = {need.param.wire for need in _needs(spec) if not need.alternatives}
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
    _add_run_options(parser)
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command(f"weshop {spec.command}")(_agent_handler(spec)),
        empty_document=_empty_run_document(spec.agent),
    )


def _empty_run_document(agent: str) -> Callable[[argparse.Namespace], dict[str, Any]]:
    def make(args: argparse.Namespace) -> dict[str, Any]:
        return run_document(None, agent=agent)

    return make


def _register_run(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from ._catalog import add_agent_options, requested_agent

    entry = requested_agent()
    summary = f"{entry.name}: {entry.summary}\n\n" if entry is not None else ""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "run",
        help="run any agent: the catalog's typed options, or --param key=value",
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
    _add_run_options(parser)
    if entry is not None:
        add_agent_options(parser, entry)
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop run")(_run_handler),
        empty_document=lambda args: run_document(None, agent=agent_wire_name(args.agent)),
    )


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


# --------------------------------------------------------------------------- handlers
def image_argument(args: argparse.Namespace) -> str:
    """The source image from ``IMAGE`` or ``--image`` (exactly one)."""
    positional, option = args.image_arg, args.image
    if positional and option:
        raise UsageError("give the image once: as IMAGE or with --image, not both")
    image = positional or option
    if not image:
        raise UsageError("the source image is required (IMAGE or --image)")
    return str(image)


def custom_mask_keywords(value: str) -> dict[str, Any]:
    """``--custom-mask``: an http(s) URL → ``custom_mask_url``; a local PNG file → its
    bytes; anything else → base64 PNG text (a ``data:`` prefix is removed)."""
    from .._spec import image_constraints
    from .._uploads import _sniff_format, is_url

    if is_url(value):
        return {"custom_mask_url": value}
    path = Path(value).expanduser()
    if path.suffix.lower().lstrip(".") in image_constraints().media_types or path.is_file():
        if not path.is_file():
            raise UsageError(f"--custom-mask: {value}: no such file")
        data = path.read_bytes()
        if _sniff_format(data[:16]) != "png":
            raise UsageError(f"--custom-mask: {value} is not a PNG image")
        return {"custom_mask": data}
    text = value.strip()
    if text.startswith("data:"):
        text = text.partition(",")[2]
    return {"custom_mask": text}


def _agent_keywords(spec: AgentCommand, args: argparse.Namespace) -> dict[str, Any]:
    keywords: dict[str, Any] = {}
    for param in spec.params:
        value = getattr(args, param.kwarg)
        if value is not None:
            keywords[param.kwarg] = value
    for _, kwarg, _ in spec.extra_images:
        value = getattr(args, kwarg)
        if value is not None:
            keywords[kwarg] = value
    if spec.custom_mask and args.custom_mask is not None:
        keywords.update(custom_mask_keywords(args.custom_mask))
        keywords.setdefault(_mask_param(spec).kwarg, "custom")
    if args.batch is not None:
        keywords["batch_count"] = args.batch
    return keywords


def _resolve_presets(
    client: WeShop, spec: AgentCommand, args: argparse.Namespace, keywords: dict[str, Any]
) -> None:
    """Look presets given by name up (one info request per agent, only if any is given)."""
    info: AgentInfo | None = None
    for preset in spec.presets:
        name = getattr(args, f"preset_{preset.kind}")
        if name is None:
            continue
        clash = [kw for kw in preset.sets if kw in keywords]
        if clash:
            flags = ", ".join("--" + kw.replace("_", "-") for kw in clash)
            raise UsageError(f"{preset.flag} and {flags} both set the same parameter")
        if info is None:
            info = client.agents.info(spec.agent, args.agent_version)
        if preset.kind == "location":
            keywords["location_id"] = info.location(name)
        elif preset.kind == "fashion_model":
            keywords["fashion_model_id"] = info.fashion_model(name)
        elif preset.kind == "background":
            keywords["background_id"] = info.background(name)
        elif preset.kind == "dimension":
            keywords["target_width"], keywords["target_height"] = info.dimension(name)


@dataclass(frozen=True)
class _Need:
    """A parameter the spec requires and the facade has no default for."""

    param: Param
    #: Further options that give it: presets that fill it, ``--custom-mask`` for maskType.
    alternatives: tuple[str, ...]

    @property
    def message(self) -> str:
        also = f" (or {', '.join(self.alternatives)})" if self.alternatives else ""
        return f"{self.param.flags[0]}{also} is required"


def _needs(spec: AgentCommand) -> list[_Need]:
    """The agent's params the spec's ``required`` list names, less those the facade method
    fills in itself (a keyword with a default)."""
    import inspect

    from .. import WeShop

    signature = inspect.signature(getattr(WeShop, spec.method)).parameters
    by_wire = {param.wire: param for param in spec.params}
    needs: list[_Need] = []
    for wire in required_params(spec.agent):
        param = by_wire.get(wire)
        facade = signature.get(param.kwarg) if param is not None else None
        if param is None or facade is None or facade.default is not inspect.Parameter.empty:
            continue
        alternatives = [p.flag for p in spec.presets if param.kwarg in p.sets]
        if spec.custom_mask and param is _mask_param(spec):
            alternatives.append("--custom-mask")
        needs.append(_Need(param, tuple(alternatives)))
    return needs


def _mask_param(spec: AgentCommand) -> Param:
    """The option that picks the mask: the one whose spec values include ``custom``."""
    return next(p for p in spec.params if "custom" in enum_values(spec.agent, p.wire))


def _check_needs(spec: AgentCommand, args: argparse.Namespace, keywords: Mapping[str, Any]) -> None:
    presets = {kw for p in spec.presets if getattr(args, f"preset_{p.kind}") for kw in p.sets}
    for need in _needs(spec):
        if need.param.kwarg not in keywords and need.param.kwarg not in presets:
            raise UsageError(need.message)


def _agent_handler(spec: AgentCommand) -> Callable[[argparse.Namespace, Output], int]:
    def handle(args: argparse.Namespace, out: Output) -> int:
        from .._agents import AGENT_BUILDERS

        image = image_argument(args)
        args.idempotency_key = args.idempotency_key or str(uuid.uuid4())
        keywords = _agent_keywords(spec, args)
        _check_needs(spec, args, keywords)
        with make_client(args) as client:
            _resolve_presets(client, spec, args, keywords)
            if args.estimate:
                build = AGENT_BUILDERS[spec.method][0]
                call = build(image, **keywords, version=args.agent_version)
                inputs = {k: v for k, v in call.images.items() if k != "originalImage"}
                estimate = client.runs.estimate(
                    call.agent,
                    image=image,
                    params=call.params,
                    version=args.agent_version,
                    inputs=inputs,
                )
                return report_estimate(out, spec.agent, estimate)
            method = getattr(client, spec.method)

            def submit() -> Run:
                run: Run = method(
                    image,
                    **keywords,
                    version=args.agent_version,
                    wait=False,
                    task_name=args.task_name,
                    callback_url=args.callback_url,
                    idempotency_key=args.idempotency_key,
                )
                return run

            return perform_run(client, out, args, agent=spec.agent, submit=submit)

    return handle


def generic_params(args: argparse.Namespace, agent: str) -> dict[str, Any]:
    """The params of ``--params JSON`` and ``--param key=value`` (wire names)."""
    params: dict[str, Any] = {}
    if args.params:
        try:
            loaded = json.loads(args.params)
        except ValueError as exc:
            raise UsageError(f"--params is not valid JSON: {exc}") from None
        if not isinstance(loaded, dict):
            raise UsageError("--params must be a JSON object")
        params.update(loaded)
    for item in args.param:
        key, equals, value = str(item).partition("=")
        if not equals or not key.strip():
            raise UsageError(f"--param {item!r} is not key=value")
        params[key.strip()] = parse_param_value(agent, key.strip(), value)
    if getattr(args, "batch", None) is not None:
        if "batchCount" in params:
            raise UsageError("give batchCount once: --batch or --param batchCount")
        params["batchCount"] = args.batch
    return params


def generic_inputs(args: argparse.Namespace, image: str) -> dict[str, Any]:
    """``{"originalImage": image, **--input NAME=IMAGE}``."""
    images: dict[str, Any] = {"originalImage": image}
    for item in args.input:
        name, equals, value = str(item).partition("=")
        if not equals or not name.strip() or not value:
            raise UsageError(f"--input {item!r} is not NAME=IMAGE")
        if name.strip() in images:
            raise UsageError(f"input {name.strip()!r} given twice")
        images[name.strip()] = value
    return images


def _run_images(args: argparse.Namespace, agent: str) -> dict[str, Any]:
    """``image=`` (one image, for an agent that takes ``input.originalImage`` or is not in
    the catalog) or ``images=`` (several, or an agent that takes ``images``)."""
    from .._catalog import agent_entry

    images = [*([args.image_arg] if args.image_arg else []), *args.image]
    entry = agent_entry(agent)
    takes_list = entry is not None and "images" in entry.inputs
    if len(images) == 1 and not takes_list:
        return {"image": images[0]}
    return {"images": images} if images else {}


def _run_handler(args: argparse.Namespace, out: Output) -> int:
    from ._catalog import agent_option_params

    agent = agent_wire_name(args.agent)
    args.idempotency_key = args.idempotency_key or str(uuid.uuid4())
    params = generic_params(args, agent)
    for wire, value in agent_option_params(args).items():
        if wire in params:
            raise UsageError(f"give {wire} once: its option or --param {wire}")
        params[wire] = value
    media: dict[str, Any] = {
        **_run_images(args, agent),
        "videos": args.video or None,
        "audios": args.audio or None,
    }
    inputs = {k: v for k, v in generic_inputs(args, "").items() if k != "originalImage"}
    with make_client(args) as client:
        if args.estimate:
            estimate = client.runs.estimate(
                agent, **media, params=params, version=args.agent_version, inputs=inputs
            )
            return report_estimate(out, agent, estimate)

        def submit() -> Run:
            return client.runs.create(
                agent,
                **media,
                inputs=inputs,
                params=params,
                version=args.agent_version,
                task_name=args.task_name,
                callback_url=args.callback_url,
                idempotency_key=args.idempotency_key,
            )

        return perform_run(client, out, args, agent=agent, submit=submit)


# --------------------------------------------------------------------------- running
def perform_run(
    client: WeShop,
    out: Output,
    args: argparse.Namespace,
    *,
    agent: str,
    submit: Callable[[], Run],
) -> int:
    """Submit, then (unless ``--no-wait``) wait, download and report."""
    if not args.no_wait:
        writable_output(args.output)  # before the run is billed, not after
    out.submitting_key = args.idempotency_key
    created = submit()
    out.submitting_key = None
    out.current_execution = created.execution_id
    out.note(f"{agent}: run {created.execution_id} submitted")
    if args.no_wait:
        out.result(created.execution_id)
        out.note(
            f"check it with `weshop status {created.execution_id}`, "
            f"wait for it with `weshop wait {created.execution_id}`"
        )
        out.document(run_document(created, agent=agent))
        out.current_execution = None
        return Exit.OK
    return wait_and_report(
        client,
        out,
        created.execution_id,
        agent=agent,
        output=args.output,
        timeout=args.wait_timeout,
        created=created,
    )


def _merged(run: RunT, created: RunBase | None) -> RunT:
    """A polled run with what only its creation told (power, key, task id)."""
    return run if created is None else run.with_creation(created)


def wait_and_report(
    client: WeShop,
    out: Output,
    execution_id: str,
    *,
    agent: str | None,
    output: Path | None,
    timeout: float,
    created: Run | None = None,
) -> int:
    """Wait for a run with a progress line, download its results, report; the exit status."""
    from .. import RunFailedError, RunTimeoutError, WeShopError

    out.current_execution = execution_id
    label = f"{agent or 'run'} {execution_id}"
    progress = RunProgress(out, label)
    try:
        run = client.runs.wait(execution_id, timeout=timeout, on_progress=progress.update)
    except (RunFailedError, RunTimeoutError) as exc:
        progress.close()
        last = None if exc.run is None else _merged(exc.run, created)
        status, message = describe_error(exc)
        out.error(message)
        out.document(run_document(last, agent=agent, error=exc))
        out.current_execution = None
        return status
    finally:
        progress.close()
    run = _merged(run, created)
    out.current_execution = None
    downloaded: list[Path] = []
    if output is not None:
        try:
            downloaded = run.download(output)
        except (WeShopError, OSError) as exc:
            # Not 2 ("nothing was sent") nor 3: the run succeeded and was billed; its
            # results can be fetched again with `weshop status ID --output DIR`.
            _, message = describe_error(exc)
            out.error(
                f"run {execution_id} succeeded but its results were not saved: {message}; "
                f"fetch them with `weshop status {execution_id} --output DIR`"
            )
            out.document(run_document(run, agent=agent, error=exc))
            return Exit.NOT_SAVED
    outputs = len(run.images) + len(run.videos)
    saved = f", saved to {output}" if output is not None else ""
    out.note(
        f"{agent or run.agent_name or 'run'}: {run.status}, {outputs} result"
        f"{'s' if outputs != 1 else ''} in {progress.elapsed:.1f}s{saved}"
    )
    for line in [str(path) for path in downloaded] or [*run.images, *run.videos]:
        out.result(line)
    out.document(run_document(run, agent=agent, downloaded=downloaded))
    return Exit.OK


def report_estimate(out: Output, agent: str, estimate: PowerEstimate) -> int:
    """Print a power estimate (``estimate``, ``--estimate``)."""
    flags = []
    if estimate.is_estimated:
        flags.append("estimated")
    if estimate.paid_power_not_enough:
        flags.append("paid power NOT enough")
    suffix = f" ({', '.join(flags)})" if flags else ""
    out.result(f"{agent}: {estimate.total_power:g} power{suffix}")
    out.document(estimate_document(agent, estimate))
    return Exit.OK


def estimate_document(agent: str, estimate: PowerEstimate | None) -> dict[str, Any]:
    return {
        "agent": agent,
        "totalPower": estimate.total_power if estimate else None,
        "type": estimate.type if estimate else None,
        "exclusive": estimate.exclusive if estimate else None,
        "paidPowerNotEnough": estimate.paid_power_not_enough if estimate else None,
        "isEstimated": estimate.is_estimated if estimate else None,
        "error": None,
    }
