"""Run the benchmarks: ``python -m benchmarks.run [--quick] [--scale] [--only NAME ...]``.

Starts the mock server (in child processes, on loopback), runs each scenario, prints a
table (scenario, figure, baseline, ratio, goal, met?) and writes a JSON file with every
scenario's figures, ratios, goals and the machine they came from. A full run writes
``benchmarks/results.json``; ``--quick`` or ``--only`` runs write to a temporary file
unless ``--output`` says otherwise, so a smoke run never replaces the published figures.

Missed goals are reported, not failed: the exit status is 1 only if a scenario could not
run at all.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from . import batch, concurrency, overhead, pipeline, polling, startup, uploads
from ._common import ROOT, Check, ScenarioResult, machine_info

SCENARIOS: Final[dict[str, Callable[[bool], ScenarioResult]]] = {
    "overhead": overhead.run,
    "polling": polling.run,
    "concurrency": concurrency.run,
    "uploads": uploads.run,
    "startup": startup.run,
    "cli_startup": startup.run_cli_help,
    "pipeline": pipeline.run,
    "batch": batch.run,
}
#: Scenarios with a larger size under ``--scale``.
SCALED: Final[dict[str, Callable[[bool], ScenarioResult]]] = {
    "batch": lambda quick: batch.run(quick, scale=True),
}
RESULTS: Final = ROOT / "benchmarks" / "results.json"
COLUMNS: Final = ("scenario", "metric", "figure", "baseline", "ratio", "goal", "met?")


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="SCENARIO",
        help=f"run only these (repeat or comma-separate): {', '.join(SCENARIOS)}",
    )
    parser.add_argument(
        "--scale",
        action="store_true",
        help=f"the larger size of {', '.join(SCALED)} (batch: 100,000 rows)",
    )
    parser.add_argument("--output", type=Path, help="where to write the JSON results")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args(argv)
    names = [name.strip() for item in args.only for name in item.split(",") if name.strip()]
    unknown = [name for name in names if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(unknown)} (known: {', '.join(SCENARIOS)})")
    args.only = names
    return args


def _cell_ratio(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.3f}"


def _cell_met(met: bool | None) -> str:
    return "-" if met is None else ("yes" if met else "NO")


def rows(results: Sequence[ScenarioResult]) -> list[tuple[str, ...]]:
    table: list[tuple[str, ...]] = []
    for result in results:
        checks = result.checks or [Check("(scenario)", result.status)]
        for check in checks:
            table.append(
                (
                    result.name,
                    check.metric,
                    check.figure,
                    check.baseline,
                    _cell_ratio(check.ratio),
                    check.goal,
                    _cell_met(check.met),
                )
            )
    return table


def format_table(table: Sequence[tuple[str, ...]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        lines += ["| " + " | ".join(row) + " |" for row in table]
        return "\n".join(lines)
    widths = [max(len(row[i]) for row in [COLUMNS, *table]) for i in range(len(COLUMNS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(COLUMNS, widths, strict=True))]
    lines.append("  ".join("-" * width for width in widths))
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in table
    ]
    return "\n".join(lines)


def _run_one(name: str, quick: bool, scale: bool = False) -> ScenarioResult:
    print(f"--- {name} ...", file=sys.stderr, flush=True)
    load_before = [round(x, 2) for x in os.getloadavg()]
    started = time.perf_counter()
    try:
        result = (SCALED.get(name, SCENARIOS[name]) if scale else SCENARIOS[name])(quick)
    except Exception as exc:  # a broken scenario must not hide the others' figures
        result = ScenarioResult(name, name, status="error")
        result.notes.append(f"{type(exc).__name__}: {exc}")
        result.figures["traceback"] = traceback.format_exc()
    result.seconds = round(time.perf_counter() - started, 1)
    # The machine is shared: other load during a scenario shows here.
    result.figures["load_average_before"] = load_before
    result.figures["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(f"--- {name}: {result.status} in {result.seconds:.1f} s", file=sys.stderr, flush=True)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    names = args.only or list(SCENARIOS)
    partial = args.quick or args.scale or bool(args.only)
    output: Path = args.output or (
        Path(tempfile.gettempdir()) / "weshop-bench-results.json" if partial else RESULTS
    )
    machine = machine_info()
    started = datetime.datetime.now(datetime.UTC)
    results = [_run_one(name, args.quick, args.scale) for name in names]
    document: dict[str, Any] = {
        "generated_at": started.isoformat(timespec="seconds"),
        "command": "python -m benchmarks.run " + " ".join(sys.argv[1:] if argv is None else argv),
        "quick": args.quick,
        "scale": args.scale,
        "scenarios_run": names,
        "machine": machine,
        "scenarios": {result.name: dataclasses.asdict(result) for result in results},
    }
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    print()
    print(
        f"machine: {machine['cpu_model']}, {machine['cores']} cores, "
        f"Python {machine['python']}, load average at start {machine['load_average_at_start']}"
    )
    print(format_table(rows(results), args.markdown))
    for result in results:
        for note in result.notes:
            print(f"note [{result.name}]: {note}")
    print(f"\nwrote {output}")
    return 1 if any(result.status == "error" for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
