"""``python -m codegen {generate,drift,fetch}`` — the pipeline's command line (nox calls it)."""

from __future__ import annotations

import argparse
import sys

from codegen.overlay import OverlayError
from codegen.pipeline import DEFAULT_PATHS, PipelineError, drift, fetch, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("command", choices=["generate", "drift", "fetch"])
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            generate()
            print(f"generate: wrote {DEFAULT_PATHS.output}")
        elif args.command == "drift":
            differences = drift()
            if differences:
                print("\n".join(differences))
                print(
                    "drift: generated/ differs from what the pinned spec, overlay and config "
                    "produce. Never edit generated/ by hand: change the overlay, the config or "
                    "a template and run `nox -s generate`."
                )
                return 1
            print("drift: generated/ matches a fresh regeneration")
        else:
            fetch()
    except (OverlayError, PipelineError) as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
