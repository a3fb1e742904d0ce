"""Sum up which catalog agents a schemathesis run's createRun/estimatePower cases named.

``contract_tests/hooks.py`` appends one JSON line per such case to the file
``WESHOP_AGENT_TALLY`` names; ``scripts/schemathesis_seeds.sh`` sets it and runs this::

    python scripts/agent_tally.py TALLY_FILE

Per operation: the cases sent, by generation mode and phase, and how many of the catalog's
agents (``x-weshop-agents`` of the shipped spec) they named.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from weshop._spec import load_spec


def summary(lines: list[str]) -> list[str]:
    catalog = set(load_spec()["x-weshop-agents"])
    cases: Counter[str] = Counter()
    modes: dict[str, Counter[str]] = defaultdict(Counter)
    agents: dict[str, set[str]] = defaultdict(set)
    positive_agents: dict[str, set[str]] = defaultdict(set)
    others: Counter[str] = Counter()
    for line in lines:
        record = json.loads(line)
        operation, agent = record["operation"], record["agent"]
        cases[operation] += 1
        mode = record["mode"].rsplit(".", 1)[-1].lower()
        modes[operation][f"{record['phase'].rsplit('.', 1)[-1].lower()}/{mode}"] += 1
        if agent in catalog:
            agents[operation].add(agent)
            if mode == "positive":
                positive_agents[operation].add(agent)
        else:
            others[operation] += 1
    out = []
    for operation in sorted(cases):
        detail = ", ".join(f"{key} {count}" for key, count in sorted(modes[operation].items()))
        out.append(
            f"{operation}: {cases[operation]} cases ({detail}); catalog agents named "
            f"{len(agents[operation])}/{len(catalog)} "
            f"({len(positive_agents[operation])} in positive cases); "
            f"{others[operation]} cases with another or no name"
        )
    both = set().union(*agents.values()) if agents else set()
    out.append(f"both operations: {len(both)}/{len(catalog)} catalog agents named")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[0])
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in summary(lines):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
