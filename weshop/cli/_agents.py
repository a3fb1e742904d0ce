"""The handlers of the agent commands (``aimodel`` ... ``virtualtryon``) and of ``run``:
from the parsed options to one run through the public client API (local images are
uploaded by the facade), then :func:`~._running.perform_run` waits and reports."""

from __future__ import annotations

import argparse
import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..spec import agent_call, agent_entry, image_constraints, image_format, is_url
from ._agent_parsers import agent_option_params
from ._agent_table import AGENT_COMMANDS, AgentCommand, mask_param, needs
from ._clients import make_client
from ._common import Output, UsageError, cli_command, run_document
from ._running import perform_run, report_estimate
from ._spec_info import agent_wire_name, parse_param_value

if TYPE_CHECKING:
    from .. import AgentInfo, Run, WeShop

__all__ = [
    "agent_handler",
    "custom_mask_keywords",
    "empty_agent_document",
    "empty_run_document",
    "generic_inputs",
    "generic_params",
    "image_argument",
    "run_agent_command",
    "run_command",
    "run_handler",
]


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
    if is_url(value):
        return {"custom_mask_url": value}
    path = Path(value).expanduser()
    if path.suffix.lower().lstrip(".") in image_constraints().media_types or path.is_file():
        if not path.is_file():
            raise UsageError(f"--custom-mask: {value}: no such file")
        data = path.read_bytes()
        if image_format(data[:16]) != "png":
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
        keywords.setdefault(mask_param(spec).kwarg, "custom")
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


def _check_needs(spec: AgentCommand, args: argparse.Namespace, keywords: Mapping[str, Any]) -> None:
    presets = {kw for p in spec.presets if getattr(args, f"preset_{p.kind}") for kw in p.sets}
    for need in needs(spec):
        if need.param.kwarg not in keywords and need.param.kwarg not in presets:
            raise UsageError(need.message)


def agent_handler(args: argparse.Namespace, out: Output) -> int:
    """Run one of the six agent commands (``args.agent_command`` names it)."""
    spec = _agent_command(args)
    image = image_argument(args)
    args.idempotency_key = args.idempotency_key or str(uuid.uuid4())
    keywords = _agent_keywords(spec, args)
    _check_needs(spec, args, keywords)
    with make_client(args) as client:
        _resolve_presets(client, spec, args, keywords)
        if args.estimate:
            # The command's keywords as wire params, as the typed method would send them.
            call = agent_call(spec.method, image, **keywords, version=args.agent_version)
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
    images = [*([args.image_arg] if args.image_arg else []), *args.image]
    entry = agent_entry(agent)
    takes_list = entry is not None and "images" in entry.inputs
    if len(images) == 1 and not takes_list:
        return {"image": images[0]}
    return {"images": images} if images else {}


def run_handler(args: argparse.Namespace, out: Output) -> int:
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


def _agent_command(args: argparse.Namespace) -> AgentCommand:
    return next(command for command in AGENT_COMMANDS if command.command == args.agent_command)


def run_agent_command(args: argparse.Namespace) -> int:
    """The handler of the six agent commands (``args.agent_command`` names the one)."""
    return cli_command(f"weshop {args.agent_command}")(agent_handler)(args)


def run_command(args: argparse.Namespace) -> int:
    """The handler of ``weshop run``."""
    return cli_command("weshop run")(run_handler)(args)


def empty_agent_document(args: argparse.Namespace) -> dict[str, Any]:
    """The ``--json`` document of an agent command that failed before its run existed."""
    return run_document(None, agent=_agent_command(args).agent)


def empty_run_document(args: argparse.Namespace) -> dict[str, Any]:
    """The ``--json`` document of ``weshop run`` that failed before its run existed."""
    return run_document(None, agent=agent_wire_name(args.agent))
