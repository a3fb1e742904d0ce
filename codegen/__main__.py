"""``python -m codegen {generate,drift,fetch,changes,unasync,apiref}``: the pipeline's CLI.

Exit codes: 0 success (``fetch``: the live spec is the pinned one), 1 failure, 2 usage,
3 ``fetch``: the live spec changed (snapshot replaced), 4 ``fetch``: unreachable or not
OpenAPI 3.1 (snapshot kept), 5 a breaking change with ``--fail-on-breaking``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any, Final

import yaml

from codegen import unasync
from codegen.changes import compare, render_json, render_markdown
from codegen.overlay import OverlayError, apply_overlay, load_overlay
from codegen.pipeline import DEFAULT_PATHS, ROOT, PipelineError, drift, fetch, generate

EXIT_FAILED: Final = 1
EXIT_BREAKING: Final = 5


def _load_ref(ref: str) -> dict[str, Any]:
    """A spec from a file path, or ``REV:PATH`` (a git revision of a file)."""
    path = Path(ref)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    elif ":" in ref:
        result = subprocess.run(
            ["git", "-C", str(ROOT), "show", ref], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise PipelineError(f"cannot read {ref!r}: {result.stderr.strip()}")
        text = result.stdout
    else:
        raise PipelineError(f"no such spec file: {ref}")
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise PipelineError(f"{ref} is not an OpenAPI document")
    return document


def _changes(args: argparse.Namespace) -> int:
    old, new = _load_ref(args.old), _load_ref(args.new)
    reports = [compare(old, new, label=f"{args.old} → {args.new}")]
    if args.overlaid:
        overlay = load_overlay(DEFAULT_PATHS.overlay)
        reports.append(
            compare(
                apply_overlay(old, overlay),
                apply_overlay(new, overlay),
                label=f"{args.old} → {args.new}, both overlaid",
            )
        )
    print(render_markdown(reports), end="")
    if args.json:
        Path(args.json).write_text(render_json(reports), encoding="utf-8")
    breaking = any(report.breaking for report in reports)
    return EXIT_BREAKING if breaking and args.fail_on_breaking else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="regenerate generated/ and report changes")
    gen.add_argument("--fail-on-breaking", action="store_true", help="exit 5 on a breaking change")
    gen.add_argument("--no-report", action="store_true", help="skip the change report")
    commands.add_parser("drift", help="fail if generated/ differs from a regeneration")
    commands.add_parser("fetch", help="download the live spec into the pinned snapshot")
    sync = commands.add_parser("unasync", help="write weshop/_sync from weshop/_async")
    sync.add_argument("--check", action="store_true", help="exit 1 if weshop/_sync is stale")
    apiref = commands.add_parser("apiref", help="write docs/api.md from the code")
    apiref.add_argument("--check", action="store_true", help="exit 1 if docs/api.md is stale")
    changes = commands.add_parser("changes", help="compare two specs (files or REV:PATH)")
    changes.add_argument("old")
    changes.add_argument("new")
    changes.add_argument("--overlaid", action="store_true", help="also compare both overlaid")
    changes.add_argument("--json", metavar="PATH", help="also write the report as JSON")
    changes.add_argument("--fail-on-breaking", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            result = generate(report=not args.no_report)
            print(f"generate: wrote {DEFAULT_PATHS.output}")
            if args.fail_on_breaking and result.breaking:
                print("generate: breaking changes (see generated/changes.md)", file=sys.stderr)
                return EXIT_BREAKING
        elif args.command == "drift":
            found = drift()
            if found.differences:
                print("\n".join(found.differences))
            print(found.explain())
            return EXIT_FAILED if found.differences else 0
        elif args.command == "fetch":
            return fetch()
        elif args.command == "unasync":
            return unasync.main(["--check"] if args.check else [])
        elif args.command == "apiref":
            from codegen import apiref as api_reference  # imports weshop: only when asked

            return api_reference.main(["--check"] if args.check else [])
        else:
            return _changes(args)
    except (OverlayError, PipelineError) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    return 0


if __name__ == "__main__":
    sys.exit(main())
