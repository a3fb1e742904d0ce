"""Scenario 3 — concurrency: 1,000 runs in flight through ``AsyncWeShop``.

A child process (``python -m benchmarks.concurrency --child ...``) creates and waits on
all runs at once (``asyncio.gather``, no semaphore: the client's own connection pool is
the only bound) against the mock in another process, so the child's peak RSS is the
client's alone. Its baseline is the same child's RSS just before the runs start (Python,
``weshop`` imported, client built). Wall time is compared with the longest run's
duration as the server drew it (its completion time minus its creation).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from typing import Any

from weshop import AsyncWeShop, WeShopError

from ._common import (
    AGENT,
    API_KEY,
    IMAGE_URL,
    PARAMS,
    Check,
    MockProcess,
    ScenarioResult,
    cpu_seconds,
    median,
    peak_rss_mib,
    percentile,
    python_child,
    rounded,
    rss_mib,
)
from .polling import scaled_policy

GOAL_WALL_FACTOR = 1.2
GOAL_WALL_SLACK = 2.0  # s
GOAL_RSS_MB = 200.0
GOAL_RSS_MIB = GOAL_RSS_MB * 1e6 / 2**20  # 190.7 MiB
RUN_DURATION = (8.0, 40.0)  # the mock's default


async def _one(client: AsyncWeShop, timings: list[tuple[str, float, float]]) -> str | None:
    try:
        run = await client.runs.create(AGENT, image=IMAGE_URL, params=PARAMS)
        created = time.monotonic()
        await client.runs.wait(run.execution_id, timeout=600)
    except WeShopError as exc:
        return f"{type(exc).__name__}: {exc}"
    timings.append((run.execution_id, created, time.monotonic()))
    return None


async def _child(base_url: str, runs: int, speed: float) -> dict[str, Any]:
    poll = scaled_policy(speed)
    async with AsyncWeShop(API_KEY, base_url=base_url, upload_cache=False, poll=poll) as client:
        # One request first so that lazily loaded parts (the spec) are in the baseline.
        warm = await client.runs.create(AGENT, image=IMAGE_URL, params=PARAMS)
        await client.runs.get(warm.execution_id)
        baseline_rss = rss_mib()
        baseline_peak = peak_rss_mib()
        timings: list[tuple[str, float, float]] = []
        cpu_before = cpu_seconds()
        started = time.monotonic()
        errors = await asyncio.gather(*(_one(client, timings) for _ in range(runs)))
        finished = time.monotonic()
        cpu_used = cpu_seconds() - cpu_before
    failures = [e for e in errors if e is not None]
    return {
        "started": started,
        "wall_s": finished - started,
        "cpu_s": cpu_used,
        "baseline_rss_mib": baseline_rss,
        "baseline_peak_rss_mib": baseline_peak,
        "peak_rss_mib": peak_rss_mib(),
        "timings": timings,
        "failures": len(failures),
        "failure_examples": sorted(set(failures))[:5],
    }


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--speed", type=float, required=True)
    args = parser.parse_args(argv)
    result = asyncio.run(_child(args.base_url, args.runs, args.speed))
    print(json.dumps(result))
    return 0


def measure(runs: int, speed: float) -> dict[str, Any]:
    """``runs`` runs at once (one ``asyncio.gather``) on a mock clock ``speed`` times faster;
    the client's own cap (``max_concurrent_requests``) keeps the wire traffic bounded."""
    with MockProcess(speed=speed, run_duration=RUN_DURATION, seed=3) as mock:
        before = mock.requests()
        mock_cpu_before = mock.memory_mib()["cpu_s"]
        child = python_child(
            "benchmarks.concurrency",
            "--child",
            "--base-url",
            mock.base_url,
            "--runs",
            str(runs),
            "--speed",
            str(speed),
            timeout=900,
        )
        after = mock.requests()
        timings: list[list[Any]] = child["timings"]
        server = mock.runs([t[0] for t in timings])
        mock_memory = mock.memory_mib()
    started_at = float(child["started"])
    seen = [(t, server[t[0]]) for t in timings if t[0] in server]
    durations = [float(info["duration"] or 0.0) for _, info in seen]
    created = [float(info["created"] or 0.0) - started_at for _, info in seen]
    done = [(t, float(info["completed"])) for t, info in seen if info["completed"] is not None]
    latencies = [float(t[2]) - completed for t, completed in done]
    longest = max(durations) if durations else float("nan")
    wall = float(child["wall_s"])
    gets = after.get("getRun", 0) - before.get("getRun", 0)
    return {
        "runs": runs,
        "completed": len(timings),
        "failures": child["failures"],
        "failure_examples": child["failure_examples"],
        "wall_s": wall,
        "longest_run_s": longest,
        "wall_over_longest": wall / longest,
        "wall_budget_s": GOAL_WALL_FACTOR * longest + GOAL_WALL_SLACK,
        "median_run_created_at_s": median(created),
        "last_run_created_at_s": max(created) if created else None,
        "last_server_completion_at_s": max(c for _, c in done) - started_at if done else None,
        "get_requests": gets,
        "gets_per_run": gets / runs,
        "create_requests": after.get("createRun", 0) - before.get("createRun", 0),
        "detection_latency_median_s": median(latencies),
        "detection_latency_p90_s": percentile(latencies, 0.9),
        "detection_latency_max_s": max(latencies) if latencies else None,
        "client_peak_rss_mib": float(child["peak_rss_mib"]),
        "client_rss_before_runs_mib": float(child["baseline_rss_mib"]),
        "client_peak_rss_growth_mib": float(child["peak_rss_mib"])
        - float(child["baseline_peak_rss_mib"]),
        "client_cpu_s": float(child["cpu_s"]),
        "client_cpu_ms_per_request": float(child["cpu_s"])
        * 1000
        / max(gets + after.get("createRun", 0) - before.get("createRun", 0), 1),
        "mock_cpu_s": mock_memory["cpu_s"] - mock_cpu_before,
        "mock_process_peak_rss_mib": mock_memory["peak_rss_mib"],
    }


def _checks(figures: dict[str, Any], label: str) -> list[Check]:
    wall = float(figures["wall_s"])
    longest = float(figures["longest_run_s"])
    budget = float(figures["wall_budget_s"])
    peak = float(figures["client_peak_rss_mib"])
    baseline = float(figures["client_rss_before_runs_mib"])
    all_done = figures["completed"] == figures["runs"]
    return [
        Check(
            f"wall time{label}",
            f"{wall:.2f} s",
            f"{longest:.2f} s (longest run)",
            wall / longest,
            f"<= {GOAL_WALL_FACTOR} x longest + {GOAL_WALL_SLACK:g} s = {budget:.2f} s",
            wall <= budget and all_done,
        ),
        Check(
            f"client peak RSS{label}",
            f"{peak:.1f} MiB",
            f"{baseline:.1f} MiB (before the runs)",
            peak / baseline,
            f"<= {GOAL_RSS_MB:g} MB ({GOAL_RSS_MIB:.1f} MiB)",
            peak <= GOAL_RSS_MIB,
        ),
    ]


def _rounded_figures(figures: dict[str, Any]) -> dict[str, Any]:
    return {k: rounded(v, 3) if isinstance(v, float) else v for k, v in figures.items()}


def run(quick: bool) -> ScenarioResult:
    runs, speed = (200, 8.0) if quick else (1000, 1.0)
    result = ScenarioResult("concurrency", f"Concurrency: {runs} runs in flight, AsyncWeShop")
    plain = measure(runs, speed)
    result.figures = {
        "speed": speed,
        "run_duration_range_s": list(RUN_DURATION),
        "poll_policy": "default PollPolicy, intervals divided by speed",
        "all_at_once": _rounded_figures(plain),
    }
    result.checks += _checks(plain, "")
    if plain["completed"] != plain["runs"]:
        result.notes.append(
            f"{plain['runs'] - plain['completed']} of {plain['runs']} runs failed: "
            f"{plain['failure_examples']}"
        )
    result.notes.append(
        f"asyncio.gather of {runs} create+wait coroutines on one AsyncWeShop with its "
        "default max_concurrent_requests."
    )
    return result


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
