"""``upload``, ``status``, ``wait``, ``info`` and ``estimate``."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from ._agents import generic_inputs, generic_params, image_argument
from ._clients import make_client
from ._common import Exit, Output, cli_command, run_document
from ._options import (
    HelpFormatter,
    Subcommand,
    SubParsers,
    add_agent_version,
    add_generic_params,
    add_global_options,
    add_image,
    add_wait_timeout,
)
from ._running import estimate_document, report_estimate, wait_and_report
from ._spec_info import (
    agent_wire_name,
    info_kinds,
    known_agents,
    run_statuses,
    upload_limits_text,
)

__all__ = ["add_parser"]


def add_parser(subparsers: SubParsers, command: Subcommand, argv: Sequence[str]) -> None:
    """Add the parser of ``command``: ``upload``, ``status``, ``wait``, ``info`` or
    ``estimate``."""
    _PARSERS[command.name](subparsers, command)


# --------------------------------------------------------------------------- upload
def _add_upload_parser(subparsers: SubParsers, command: Subcommand) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Upload local images and print one URL per file, in order. Checked before\n"
            f"sending: {upload_limits_text()}.\n"
            "The same content is uploaded once (content-hash cache in\n"
            "~/.cache/weshop/uploads.json)."
        ),
        epilog="examples:\n  weshop upload model.jpg\n  weshop upload *.png --json",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="image files")
    parser.add_argument(
        "--no-cache", action="store_true", help="upload even if the same content was uploaded"
    )
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop upload")(_upload),
        empty_document=lambda args: {"uploads": []},
    )


def _upload(args: argparse.Namespace, out: Output) -> int:
    uploads: list[dict[str, str]] = []
    with make_client(args) as client:
        for path in args.files:
            url = client.assets.upload(path, cache=not args.no_cache)
            uploads.append({"file": str(path), "url": url})
            out.note(f"uploaded {path}")
            out.result(url)
    out.document({"uploads": uploads, "error": None})
    return Exit.OK


# --------------------------------------------------------------------------- status / wait
def _add_status_parser(subparsers: SubParsers, command: Subcommand) -> None:
    statuses = ", ".join(run_statuses())
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Read a run once and show its status, progress and results. Exits 1 if the run\n"
            "failed, 0 otherwise (also while it is still going)."
        ),
        epilog=(
            f"statuses (from the API spec): {statuses}\n\n"
            "examples:\n  weshop status 7d3f1c2a-...\n"
            "  weshop status 7d3f1c2a-... --output out/ --json"
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("execution_id", metavar="EXECUTION_ID")
    parser.add_argument(
        "--output", "-o", type=Path, metavar="DIR", help="download the results (if any) to DIR"
    )
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop status")(_status),
        empty_document=lambda args: run_document(None),
    )


def _status(args: argparse.Namespace, out: Output) -> int:
    with make_client(args) as client:
        run = client.runs.get(args.execution_id)
        downloaded = run.download(args.output) if args.output and run.results else []
    out.note(f"{run.agent_name or 'run'} {run.execution_id}: {run.status} ({run.progress:.0%})")
    if run.error:
        out.note(f"error: {run.error}")
    for line in [str(path) for path in downloaded] or [*run.images, *run.videos]:
        out.result(line)
    if not out.json_mode and not (run.images or run.videos):
        out.result(run.status)
    out.document(run_document(run, downloaded=downloaded))
    return Exit.RUN_FAILED if run.failed else Exit.OK


def _add_wait_parser(subparsers: SubParsers, command: Subcommand) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Wait for a run (e.g. one started with --no-wait) with a progress line, then\n"
            "print its result URLs, or the downloaded files with --output."
        ),
        epilog=(
            "examples:\n  id=$(weshop aipose model.jpg --prompt 'arms crossed' --no-wait)\n"
            '  weshop wait "$id" --output out/'
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("execution_id", metavar="EXECUTION_ID")
    parser.add_argument(
        "--output", "-o", type=Path, metavar="DIR", help="download the results to DIR"
    )
    add_wait_timeout(parser)
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop wait")(_wait),
        empty_document=lambda args: run_document(None),
    )


def _wait(args: argparse.Namespace, out: Output) -> int:
    with make_client(args) as client:
        return wait_and_report(
            client,
            out,
            args.execution_id,
            agent=None,
            output=args.output,
            timeout=args.wait_timeout,
        )


# --------------------------------------------------------------------------- info
def _add_info_parser(subparsers: SubParsers, command: Subcommand) -> None:
    agents = ", ".join(known_agents())
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "List an agent's presets with their ids: locations and fashion models (aimodel,\n"
            "aiproduct), backgrounds (removeBG), reference sizes (expandimage). Any preset\n"
            'can be given by name to the agent commands: --location "White Studio",\n'
            "--model Letitia, --background White, --dimension NAME."
        ),
        epilog=(
            f"agents (from the API spec): {agents}\n\n"
            "examples:\n  weshop info aimodel --kind locations --search studio\n"
            "  weshop info removeBG --json"
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("agent", metavar="AGENT", help="the agent's name")
    parser.add_argument("--kind", choices=info_kinds(), help="only this kind of preset")
    parser.add_argument("--search", metavar="TEXT", help="only presets whose name contains TEXT")
    add_agent_version(parser)
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop info")(_info),
        empty_document=lambda args: {"agent": agent_wire_name(args.agent), **_no_presets()},
    )


def _no_presets() -> dict[str, list[Any]]:
    return {kind: [] for kind in info_kinds()}


def _info(args: argparse.Namespace, out: Output) -> int:
    agent = agent_wire_name(args.agent)
    with make_client(args) as client:
        info = client.agents.info(agent, args.agent_version)
    groups: dict[str, list[Any]] = {
        "locations": list(info.locations),
        "fashionModels": list(info.fashion_models),
        "backgrounds": list(info.backgrounds),
        "dimensions": list(info.dimensions),
    }
    needle = (args.search or "").casefold()
    document: dict[str, Any] = {"agent": agent, "version": args.agent_version}
    for kind, items in groups.items():
        selected = [
            item
            for item in items
            if (args.kind in (None, kind)) and needle in str(item.name).casefold()
        ]
        document[kind] = [item.to_dict() for item in selected]
        if not selected:
            continue
        out.result(f"{kind} ({len(selected)}):")
        for item in selected:
            if kind == "dimensions":
                size = f"{item.width}x{item.height}"
                out.result(f"  {size:>10}  {item.name}")
            else:
                out.result(f"  {item.id:>10}  {item.name}")
    if not any(document[kind] for kind in info_kinds()):
        out.note(f"{agent}: no presets" + (" match" if needle or args.kind else ""))
    document["error"] = None
    out.document(document)
    return Exit.OK


# --------------------------------------------------------------------------- estimate
def _add_estimate_parser(subparsers: SubParsers, command: Subcommand) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        command.name,
        aliases=list(command.aliases),
        help=command.help,
        description=(
            "Ask what a run would cost, in power (credits), without running it. Takes the\n"
            "same image and parameters as `weshop run` (wire names); a local image is\n"
            "uploaded because the estimate needs its URL. The agent commands take\n"
            "--estimate for the same with their own options."
        ),
        epilog=(
            "examples:\n  weshop estimate aimodel model.jpg -p generatedContent=freeCreation \\\n"
            "      -p maskType=autoApparelSegment -p textDescription='street style' --batch 4\n"
            "  weshop aimodel model.jpg --generation-mode freeCreation \\\n"
            '      --mask-type autoApparelSegment --location "White Studio" --estimate'
        ),
        formatter_class=HelpFormatter,
    )
    parser.add_argument("agent", metavar="AGENT", help="the agent's name (e.g. aimodel)")
    add_image(parser)
    add_generic_params(parser)
    parser.add_argument("--batch", type=int, metavar="N", help="images to make (batchCount)")
    add_agent_version(parser)
    add_global_options(parser)
    parser.set_defaults(
        handler=cli_command("weshop estimate")(_estimate),
        empty_document=lambda args: estimate_document(agent_wire_name(args.agent), None),
    )


def _estimate(args: argparse.Namespace, out: Output) -> int:
    agent = agent_wire_name(args.agent)
    image = image_argument(args)
    params = generic_params(args, agent)
    inputs = {k: v for k, v in generic_inputs(args, image).items() if k != "originalImage"}
    with make_client(args) as client:
        estimate = client.runs.estimate(
            agent, image=image, params=params, version=args.agent_version, inputs=inputs
        )
    return report_estimate(out, agent, estimate)


_PARSERS: Final[dict[str, Callable[[SubParsers, Subcommand], None]]] = {
    "upload": _add_upload_parser,
    "status": _add_status_parser,
    "wait": _add_wait_parser,
    "info": _add_info_parser,
    "estimate": _add_estimate_parser,
}
