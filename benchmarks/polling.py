"""Scenario 2 — polling economy: ``runs.wait()`` versus fixed-interval loops.

M runs with durations drawn by the mock from ``run_duration`` (uniform, a few seconds to
tens of seconds) run on a clock sped up ``speed`` times. Three strategies wait on them,
one after the other, each against a fresh mock with the same seed, so each strategy sees
the same M run durations:

* ``runs.wait()`` of ``AsyncWeShop``, with the default ``PollPolicy`` whose intervals are
  divided by ``speed`` (the same schedule, in the compressed clock);
* a fixed 3 s loop (what the vendor's CLI does) and a fixed 0.5 s loop, plain httpx,
  intervals divided by ``speed`` too; they sleep first, then read (no wasted read at 0).

Per strategy: GET requests per run (counted by the server) and detection latency — the
client's monotonic time when it learnt the run finished minus the server's completion
time — multiplied by ``speed``, i.e. in real-time-equivalent seconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import httpx

from weshop import AsyncWeShop, PollPolicy

from ._common import (
    AGENT,
    API_KEY,
    IMAGE_URL,
    PARAMS,
    Check,
    MockProcess,
    ScenarioResult,
    median,
    percentile,
    rounded,
    run_request_body,
)

GOAL_MEDIAN_LATENCY = 0.5  # s, real-time equivalent
GOAL_REQUEST_SHARE = 0.40  # of the 0.5 s loop's GET requests
RUN_DURATION = (3.0, 40.0)
TERMINAL = frozenset({"Success", "Failed"})

Waiter = Callable[[str], Coroutine[Any, Any, float]]


def scaled_policy(speed: float) -> PollPolicy:
    """The default polling schedule on a clock ``speed`` times faster."""
    default = PollPolicy()
    return dataclasses.replace(
        default,
        initial_interval=default.initial_interval / speed,
        max_interval=default.max_interval / speed,
        lead=default.lead / speed,
        overdue_interval=default.overdue_interval / speed,
    )


async def _run_all(create: Callable[[], Awaitable[str]], wait: Waiter, m: int) -> dict[str, float]:
    """Create the runs one by one (so the mock draws the same durations, in the same order,
    for every strategy), start waiting on each as soon as it exists; return, per run, the
    monotonic time its completion became known."""
    tasks: dict[str, asyncio.Task[float]] = {}
    for _ in range(m):
        execution_id = await create()
        tasks[execution_id] = asyncio.create_task(wait(execution_id))
    await asyncio.gather(*tasks.values())
    return {execution_id: task.result() for execution_id, task in tasks.items()}


async def _facade(base_url: str, m: int, speed: float) -> dict[str, float]:
    async with AsyncWeShop(
        API_KEY, base_url=base_url, upload_cache=False, poll=scaled_policy(speed)
    ) as client:

        async def create() -> str:
            run = await client.runs.create(AGENT, image=IMAGE_URL, params=PARAMS)
            return run.execution_id

        async def wait(execution_id: str) -> float:
            await client.runs.wait(execution_id, timeout=600)
            return time.monotonic()

        return await _run_all(create, wait, m)


async def _fixed_loop(base_url: str, m: int, interval: float) -> dict[str, float]:
    body = run_request_body()
    # Every connection kept alive: the loops never pay for reconnecting (baseline-friendly).
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": API_KEY}, limits=limits, timeout=60
    ) as http:

        async def create() -> str:
            answer = await http.post(
                "/agent/runs", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
            )
            answer.raise_for_status()
            return str(answer.json()["data"]["executionId"])

        async def wait(execution_id: str) -> float:
            while True:
                await asyncio.sleep(interval)
                answer = await http.get(f"/agent/runs/{execution_id}")
                answer.raise_for_status()
                executions = answer.json()["data"]["executions"]
                if executions and executions[0]["status"] in TERMINAL:
                    return time.monotonic()

        return await _run_all(create, wait, m)


def _measure(
    name: str,
    strategy: Callable[[str], Coroutine[Any, Any, dict[str, float]]],
    m: int,
    speed: float,
    seed: int,
) -> dict[str, Any]:
    with MockProcess(speed=speed, run_duration=RUN_DURATION, seed=seed) as mock:
        before = mock.requests().get("getRun", 0)
        started = time.perf_counter()
        known = asyncio.run(strategy(mock.base_url))
        wall = time.perf_counter() - started
        gets = mock.requests().get("getRun", 0) - before
        runs = mock.runs(list(known))
    latencies: list[float] = []
    durations: list[float] = []
    for execution_id, known_at in known.items():
        info = runs[execution_id]
        completed, duration = info["completed"], info["duration"]
        assert completed is not None
        assert duration is not None
        latencies.append((known_at - completed) * speed)
        durations.append(duration * speed)
    return {
        "strategy": name,
        "runs": m,
        "get_requests": gets,
        "gets_per_run": gets / m,
        "latency_median_s": median(latencies),
        "latency_p90_s": percentile(latencies, 0.9),
        "latency_max_s": max(latencies),
        "latency_min_s": min(latencies),
        "wall_s": wall,
        "durations_s": sorted(durations),
    }


def run(quick: bool) -> ScenarioResult:
    m, speed = (12, 10.0) if quick else (40, 3.0)
    seed = 7
    result = ScenarioResult("polling", "Polling economy: runs.wait() vs fixed 3 s and 0.5 s loops")
    measured = [
        _measure("runs.wait()", lambda url: _facade(url, m, speed), m, speed, seed),
        _measure("fixed 3 s loop", lambda url: _fixed_loop(url, m, 3.0 / speed), m, speed, seed),
        _measure("fixed 0.5 s loop", lambda url: _fixed_loop(url, m, 0.5 / speed), m, speed, seed),
    ]
    facade, slow, fast = measured
    same_durations = all(
        all(abs(a - b) < 1e-6 for a, b in zip(s["durations_s"], facade["durations_s"], strict=True))
        for s in measured
    )
    share = facade["get_requests"] / fast["get_requests"]
    durations = facade["durations_s"]
    result.figures = {
        "runs_per_strategy": m,
        "speed": speed,
        "run_duration_range_s": list(RUN_DURATION),
        "run_durations_s": {
            "min": rounded(min(durations), 2),
            "median": rounded(median(durations), 2),
            "max": rounded(max(durations), 2),
        },
        "same_durations_for_every_strategy": same_durations,
        "poll_policy": dataclasses.asdict(scaled_policy(speed)),
        "strategies": [
            {
                key: rounded(value) if isinstance(value, float) else value
                for key, value in entry.items()
                if key != "durations_s"
            }
            for entry in measured
        ],
        "facade_share_of_fast_loop_requests": rounded(share),
    }
    for entry in measured:
        result.checks.append(
            Check(
                entry["strategy"],
                f"{entry['gets_per_run']:.2f} GETs/run; detection median "
                f"{entry['latency_median_s']:.3f} s, p90 {entry['latency_p90_s']:.3f} s",
            )
        )
    latency = facade["latency_median_s"]
    result.checks.append(
        Check(
            "runs.wait() median detection",
            f"{latency:.3f} s",
            f"{fast['latency_median_s']:.3f} s (0.5 s loop)",
            latency / fast["latency_median_s"] if fast["latency_median_s"] > 0 else None,
            f"<= {GOAL_MEDIAN_LATENCY} s",
            latency <= GOAL_MEDIAN_LATENCY,
        )
    )
    result.checks.append(
        Check(
            "runs.wait() GET requests",
            f"{facade['get_requests']} ({facade['gets_per_run']:.2f}/run)",
            f"{fast['get_requests']} ({fast['gets_per_run']:.2f}/run, 0.5 s loop)",
            share,
            f"<= {GOAL_REQUEST_SHARE:.0%} of 0.5 s loop",
            share <= GOAL_REQUEST_SHARE,
        )
    )
    result.checks.append(
        Check(
            "runs.wait() vs 3 s loop (GETs)",
            f"{facade['gets_per_run']:.2f}/run",
            f"{slow['gets_per_run']:.2f}/run (3 s loop)",
            facade["get_requests"] / slow["get_requests"],
        )
    )
    result.notes.append(
        f"{m} runs per strategy, durations uniform in {RUN_DURATION} s (the mock's draw), "
        f"clock x{speed:g}; latencies and intervals in real-time-equivalent seconds "
        "(measured x speed, so client-side noise is amplified x speed too)."
    )
    if not same_durations:
        result.notes.append("WARNING: the strategies did not see the same run durations.")
    return result
