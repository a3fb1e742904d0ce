"""Invalid catalog run bodies, and which of them a server (Stoplight Prism) accepts.

For every agent of the catalog: each body of ``contract_tests.catalog_cases.invalid_runs``
(a value outside an enum, above a maximum, a required param or input left out, one medium
too many, a local path where a URL must be) and one body per param with a value of the
wrong type. Only bodies that python-jsonschema refuses against the shipped spec are kept
(``weshop._spec``, the validator of the facade and the mock). Each is POSTed to
``estimatePower`` (it creates and costs nothing) on ``--url``; a 2xx answer means the
server accepted invalid input. Issue 23's measure of how Prism reads the spec::

    npm install --prefix /tmp/prism @stoplight/prism-cli
    /tmp/prism/node_modules/.bin/prism mock generated/openapi.yaml --port 4010 &
    python scripts/prism_invalid_bodies.py --url http://127.0.0.1:4010

Exits 1 if any invalid body was accepted. ``--list`` prints each accepted body's agent
and the rule it breaks. Reusable against any server of the spec (``--url``, ``--path``).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from contract_tests.catalog_cases import invalid_runs, valid_run
from weshop._catalog import AgentEntry, catalog
from weshop._spec import spec_validator

WRONG_TYPE: dict[str, Any] = {"string": 12345, "integer": "twelve", "number": "twelve"}


@dataclass(frozen=True)
class InvalidBody:
    agent: str
    why: str
    body: dict[str, Any]


def _wrong_types(entry: AgentEntry) -> Iterator[InvalidBody]:
    base = valid_run(entry)
    for name, schema in entry.properties.items():
        kind = schema.get("type")
        if isinstance(kind, str) and kind in WRONG_TYPE:
            body = copy.deepcopy(base)
            body["params"][name] = WRONG_TYPE[kind]
            yield InvalidBody(entry.name, f"{name} of the wrong type", body)


def invalid_bodies() -> list[InvalidBody]:
    """Every invalid body of every catalog agent that python-jsonschema refuses."""
    found: list[InvalidBody] = []
    validator = spec_validator()
    for name, entry in sorted(catalog().items()):
        candidates = [InvalidBody(name, case.why, case.body) for case in invalid_runs(entry)]
        candidates += list(_wrong_types(entry))
        found += [c for c in candidates if validator.violations("RunRequest", c.body)]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the server's base URL")
    parser.add_argument("--path", default="/agent/power-estimates", help="estimatePower")
    parser.add_argument("--key", default="weshop-contract-test-key", help="Authorization")
    parser.add_argument("--list", action="store_true", help="print each accepted body")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument(
        "--every", type=int, default=1, metavar="N", help="send every Nth body only (quick)"
    )
    args = parser.parse_args(argv)
    bodies = invalid_bodies()[:: max(1, args.every)]
    accepted: list[InvalidBody] = []
    statuses: dict[int, int] = {}
    headers = {"Authorization": args.key}
    with httpx.Client(base_url=args.url, headers=headers, timeout=120) as client:
        for item in bodies:
            status = client.post(args.path, json=item.body).status_code
            statuses[status] = statuses.get(status, 0) + 1
            if 200 <= status < 300:
                accepted.append(item)
    summary = {
        "invalid_bodies": len(bodies),
        "agents": len({b.agent for b in bodies}),
        "accepted": len(accepted),
        "statuses": dict(sorted(statuses.items())),
        "accepted_agents": len({b.agent for b in accepted}),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"{summary['invalid_bodies']} invalid bodies ({summary['agents']} agents): "
            f"{summary['accepted']} accepted (2xx) by {args.url}; statuses {summary['statuses']}"
        )
    if args.list:
        for item in accepted:
            print(f"  accepted: {item.agent}: {item.why}")
    return 1 if accepted else 0


if __name__ == "__main__":
    sys.exit(main())
