"""The mock server as a child process of the benchmark (see ``_common.MockProcess``).

``python -m benchmarks._mockproc '{"speed": 4, "run_duration": [3, 40], "seed": 0}'``
prints ``{"base_url": ...}`` once serving, then answers one JSON line per command line
on stdin: ``stats``, ``runs`` (with ``ids``), ``memory``, ``quit``. It is
``weshop mock`` plus a way to read the server's counters and run timings from outside.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from weshop.mock import MockServer, MockSettings

from ._common import cpu_seconds, peak_rss_mib, rss_mib


def _snapshot(server: MockServer) -> dict[str, Any]:
    # The server thread may count a request while we copy: retry on a resize.
    for _ in range(100):
        try:
            return {
                "requests": dict(server.stats.requests),
                "run_creations": server.stats.run_creations,
            }
        except RuntimeError:
            continue
    raise RuntimeError("could not copy the request counters")


def _runs(server: MockServer, ids: list[str]) -> dict[str, dict[str, float | None]]:
    speed = server.settings.speed
    answer: dict[str, dict[str, float | None]] = {}
    for execution_id in ids:
        run = server.state.runs.get(execution_id)
        if run is None:
            continue
        answer[execution_id] = {
            "created": run.created,
            "duration": run.duration / speed,
            "completed": server.completion_time(execution_id),
        }
    return answer


def main() -> int:
    config = json.loads(sys.argv[1])
    low, high = config.get("run_duration", (8.0, 40.0))
    settings = MockSettings(
        speed=float(config.get("speed", 1.0)),
        run_duration=(float(low), float(high)),
        seed=int(config.get("seed", 0)),
    )
    with MockServer(settings) as server:
        print(json.dumps({"base_url": server.base_url}), flush=True)
        for line in sys.stdin:
            command = json.loads(line)
            op = command.get("op")
            reply: dict[str, Any]
            if op == "quit":
                break
            if op == "stats":
                reply = _snapshot(server)
            elif op == "runs":
                reply = {"runs": _runs(server, list(command["ids"]))}
            elif op == "memory":
                reply = {
                    "rss_mib": rss_mib(),
                    "peak_rss_mib": peak_rss_mib(),
                    "cpu_s": cpu_seconds(),
                }
            else:
                reply = {"error": f"unknown op {op!r}"}
            print(json.dumps(reply), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
