"""Scenario 1 — facade overhead: sequential create + get round trips through ``WeShop``
versus the same requests with a plain ``httpx.Client``, against the mock on loopback.

Both sides send the same bytes: the same JSON body (compact, as httpx and the facade both
serialise it), the same headers (``Authorization``, a fresh ``Idempotency-Key`` per
create) over one keep-alive connection, and both parse the JSON answers. The facade also
validates each body against the spec before sending: that is part of its cost and is
measured, not switched off. Rounds alternate the order of the two (ABBA) and the ratio is
the median of the per-round ratios; the server runs in its own process.
"""

from __future__ import annotations

import contextlib
import cProfile
import json
import pstats
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from weshop import WeShop

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
    percentile,
    rounded,
    run_request_body,
)

#: Issue 21: the facade's overhead at most 5% over plain httpx, per-round median and totals.
GOAL_RATIO = 1.05


def _facade_block(client: WeShop, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        run = client.runs.create(AGENT, image=IMAGE_URL, params=PARAMS)
        client.runs.get(run.execution_id)
    return time.perf_counter() - started


def _httpx_block(http: httpx.Client, n: int) -> float:
    body = run_request_body()
    started = time.perf_counter()
    for _ in range(n):
        created = http.post(
            "/agent/runs", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
        created.raise_for_status()
        execution_id = created.json()["data"]["executionId"]
        answer = http.get(f"/agent/runs/{execution_id}")
        answer.raise_for_status()
        answer.json()
    return time.perf_counter() - started


def _transport_block(transport: httpx.HTTPTransport, http: httpx.Client, n: int) -> float:
    """Diagnostic: the plain side's requests built by hand and sent straight to an httpx
    transport, no ``httpx.Client`` — the path the facade takes, with none of its work
    (validation, deadlines, key scan, typed runs): its lower bound."""
    body = run_request_body()
    headers = http.headers
    timeout = {"timeout": http.timeout.as_dict()}
    base = str(http.base_url)
    started = time.perf_counter()
    for _ in range(n):
        created = _sent(
            transport,
            httpx.Request(
                "POST",
                base + "agent/runs",
                json=body,
                headers={**headers, "Idempotency-Key": str(uuid.uuid4())},
                extensions=timeout,
            ),
        )
        execution_id = json.loads(created)["data"]["executionId"]
        json.loads(
            _sent(
                transport,
                httpx.Request(
                    "GET", f"{base}agent/runs/{execution_id}", headers=headers, extensions=timeout
                ),
            )
        )
    return time.perf_counter() - started


def _sent(transport: httpx.HTTPTransport, request: httpx.Request) -> bytes:
    response = transport.handle_request(request)
    try:
        content = response.read()
    finally:
        response.close()
    if not response.is_success:
        raise RuntimeError(f"{request.method} {request.url}: {response.status_code}")
    return content


def _capture(base_url: str) -> list[httpx.Request]:
    """The requests each side sends for one round trip (to check they are the same)."""
    seen: list[httpx.Request] = []

    def hook(request: httpx.Request) -> None:
        request.read()
        seen.append(request)

    with (
        httpx.Client(event_hooks={"request": [hook]}) as spy,
        WeShop(API_KEY, base_url=base_url, http_client=spy, upload_cache=False) as client,
    ):
        _facade_block(client, 1)
    with httpx.Client(
        base_url=base_url, headers={"Authorization": API_KEY}, event_hooks={"request": [hook]}
    ) as http:
        _httpx_block(http, 1)
    return seen


def _shape(request: httpx.Request) -> tuple[str, str, tuple[str, ...], bytes]:
    path = request.url.path.rsplit("/", 1)[0] if request.method == "GET" else request.url.path
    return (request.method, path, tuple(sorted(request.headers.keys())), request.content)


def _validation_us(repeat: int) -> float | None:
    """Microseconds the facade's local request validation takes per create (the private
    function the facade calls; None if it moved)."""
    try:
        from weshop._drafts import validate
    except ImportError:
        return None
    body = run_request_body()
    validate("RunRequest", body)
    started = time.perf_counter()
    for _ in range(repeat):
        validate("RunRequest", body)
    return (time.perf_counter() - started) / repeat * 1e6


#: A catalog run (a video agent with two images and a model-dependent duration rule).
CATALOG_BODY: dict[str, object] = {
    "agent": {"name": "kling", "version": "v1.0"},
    "input": {"originalImage": "https://cdn.example.com/first.png"},
    "params": {
        "images": ["https://cdn.example.com/first.png", "https://cdn.example.com/last.png"],
        "textDescription": "the camera pans across a misty forest",
        "modelName": "Kling_2_6",
        "duration": "10s",
        "batchCount": 1,
    },
}
CATALOG_GOAL_US = 20.0


def _catalog_validation_us(repeat: int) -> float:
    """Microseconds to validate a catalog run request, warm (the spec's per-agent rules)."""
    from weshop._drafts import validate

    validate("RunRequest", CATALOG_BODY)
    started = time.perf_counter()
    for _ in range(repeat):
        validate("RunRequest", CATALOG_BODY)
    return (time.perf_counter() - started) / repeat * 1e6


@contextlib.contextmanager
def _without_validation() -> Iterator[bool]:
    """Diagnostic only: the facade with its local request validation stubbed out (the
    private function it calls; yields False, changing nothing, if that moved)."""
    try:
        from weshop import _drafts
    except ImportError:
        yield False
        return
    original = getattr(_drafts, "validate", None)
    if original is None:
        yield False
        return
    _drafts.validate = lambda *args, **kwargs: None
    try:
        yield True
    finally:
        _drafts.validate = original


def _profile(block: Callable[[], object], top: int = 12) -> list[dict[str, Any]]:
    """The functions with the most own time in ``block`` (share of the profiled total)."""
    profiler = cProfile.Profile()
    profiler.enable()
    block()
    profiler.disable()
    stats = pstats.Stats(profiler)
    table: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in table.values()) or 1.0
    ranked = sorted(table.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return [
        {
            "function": f"{_short(filename)}:{line}({name})",
            "own_share": round(entry[2] / total, 3),
            "cumulative_share": round(entry[3] / total, 3),
            "calls": entry[1],
        }
        for (filename, line, name), entry in ranked
    ]


def _short(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("site-packages", "main", "generated"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) + 1 :])
    return filename


def _instructions(block: Callable[[], object]) -> int:
    """Python bytecode instructions ``block`` executes (``sys.settrace`` opcode events):
    a count, not a time — the same on a loaded machine as on an idle one, so it shows a
    change in the facade's own work that wall ratios would hide in their noise. C code
    (the JSON codec, jsonschema-rs, socket calls) is not counted."""
    count = 0

    def tracer(frame: Any, event: str, arg: object) -> Any:
        nonlocal count
        frame.f_trace_opcodes = True
        if event == "opcode":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        block()
    finally:
        sys.settrace(None)
    return count


def _timed(block: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``block`` (CPU: this process only; the server is another)."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    block()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def run(quick: bool) -> ScenarioResult:
    rounds, per_block, warmup = (6, 25, 20) if quick else (30, 50, 50)
    result = ScenarioResult(
        "overhead", "Facade overhead: sequential create + get, WeShop vs plain httpx"
    )
    with MockProcess(speed=1.0) as mock:
        captured = _capture(mock.base_url)
        facade_shapes = [_shape(r) for r in captured[:2]]
        httpx_shapes = [_shape(r) for r in captured[2:]]
        same_requests = facade_shapes == httpx_shapes
        with (
            WeShop(API_KEY, base_url=mock.base_url, upload_cache=False) as client,
            httpx.Client(base_url=mock.base_url, headers={"Authorization": API_KEY}) as http,
            httpx.HTTPTransport() as transport,
        ):

            def facade() -> None:
                _facade_block(client, per_block)

            def plain() -> None:
                _httpx_block(http, per_block)

            def unvalidated() -> None:
                with _without_validation() as stubbed:
                    if stubbed:
                        _facade_block(client, per_block)

            def bare() -> None:
                _transport_block(transport, http, per_block)

            _facade_block(client, warmup)
            _httpx_block(http, warmup)
            _transport_block(transport, http, warmup)
            facade_runs: list[tuple[float, float]] = []
            httpx_runs: list[tuple[float, float]] = []
            unvalidated_runs: list[tuple[float, float]] = []
            bare_runs: list[tuple[float, float]] = []
            for index in range(rounds):  # alternate which side goes first
                if index % 2 == 0:
                    facade_runs.append(_timed(facade))
                    httpx_runs.append(_timed(plain))
                else:
                    httpx_runs.append(_timed(plain))
                    facade_runs.append(_timed(facade))
                # Diagnostic arms, after the measured pair so they never shift its order.
                unvalidated_runs.append(_timed(unvalidated))
                bare_runs.append(_timed(bare))
            profile_facade = _profile(facade)
            traced = 10
            facade_instructions = _instructions(lambda: _facade_block(client, traced)) / traced
            httpx_instructions = _instructions(lambda: _httpx_block(http, traced)) / traced
        requests = mock.requests()
    ratios = [f[0] / h[0] for f, h in zip(facade_runs, httpx_runs, strict=True)]
    cpu_ratios = [f[1] / h[1] for f, h in zip(facade_runs, httpx_runs, strict=True) if h[1] > 0]
    ratio = median(ratios)
    cpu_ratio = median(cpu_ratios)
    facade_ms = median([f[0] for f in facade_runs]) / per_block * 1000
    httpx_ms = median([h[0] for h in httpx_runs]) / per_block * 1000
    facade_cpu_ms = median([f[1] for f in facade_runs]) / per_block * 1000
    httpx_cpu_ms = median([h[1] for h in httpx_runs]) / per_block * 1000
    unvalidated_ms = median([u[0] for u in unvalidated_runs]) / per_block * 1000
    unvalidated_ratios = [
        u[0] / h[0] for u, h in zip(unvalidated_runs, httpx_runs, strict=True) if u[0] > 0.001
    ]
    bare_ms = median([b[0] for b in bare_runs]) / per_block * 1000
    bare_cpu_ms = median([b[1] for b in bare_runs]) / per_block * 1000
    bare_ratios = [f[0] / b[0] for f, b in zip(facade_runs, bare_runs, strict=True)]
    validation_us = _validation_us(300 if quick else 2000)
    catalog_us = _catalog_validation_us(1000 if quick else 20000)
    extra_us = (facade_ms - httpx_ms) * 1000
    total_facade = sum(f[0] for f in facade_runs)
    total_httpx = sum(h[0] for h in httpx_runs)
    ratio_of_totals = total_facade / total_httpx
    result.figures = {
        "round_trips_per_side": rounds * per_block,
        "rounds": rounds,
        "round_trips_per_round": per_block,
        "warmup_round_trips": warmup,
        "facade_ms_per_round_trip": rounded(facade_ms),
        "httpx_ms_per_round_trip": rounded(httpx_ms),
        "ratio_median": rounded(ratio),
        "ratio_p25": rounded(percentile(ratios, 0.25)),
        "ratio_p75": rounded(percentile(ratios, 0.75)),
        "ratio_per_round": [rounded(r) for r in ratios],
        "ratio_of_totals": rounded(ratio_of_totals),
        "facade_cpu_ms_per_round_trip": rounded(facade_cpu_ms),
        "httpx_cpu_ms_per_round_trip": rounded(httpx_cpu_ms),
        "cpu_ratio_median": rounded(cpu_ratio),
        "facade_extra_us_per_round_trip": rounded(extra_us, 1),
        "diagnostic_bare_transport_ms_per_round_trip": rounded(bare_ms),
        "diagnostic_bare_transport_cpu_ms_per_round_trip": rounded(bare_cpu_ms),
        "diagnostic_facade_over_bare_transport_median": rounded(median(bare_ratios)),
        "diagnostic_facade_without_validation_ms_per_round_trip": rounded(unvalidated_ms),
        "diagnostic_ratio_without_validation_median": rounded(median(unvalidated_ratios)),
        "request_validation_us_per_create": None
        if validation_us is None
        else rounded(validation_us, 1),
        "catalog_request_validation_us": rounded(catalog_us, 2),
        "same_requests_on_the_wire": same_requests,
        "mock_requests": requests,
        "facade_profile_top_own_time": profile_facade,
        "facade_instructions_per_round_trip": round(facade_instructions),
        "httpx_instructions_per_round_trip": round(httpx_instructions),
    }
    result.checks.append(
        Check(
            "create+get round trip (wall)",
            f"{facade_ms:.3f} ms",
            f"{httpx_ms:.3f} ms (httpx)",
            ratio,
            f"ratio <= {GOAL_RATIO:.2f}",
            ratio <= GOAL_RATIO,
        )
    )
    result.checks.append(
        Check(
            "create+get, ratio of totals (wall)",
            f"{total_facade:.3f} s",
            f"{total_httpx:.3f} s (httpx)",
            ratio_of_totals,
            f"ratio <= {GOAL_RATIO:.2f}",
            ratio_of_totals <= GOAL_RATIO,
        )
    )
    result.checks.append(
        Check(
            "client CPU per round trip",
            f"{facade_cpu_ms:.3f} ms",
            f"{httpx_cpu_ms:.3f} ms (httpx)",
            cpu_ratio,
        )
    )
    result.checks.append(
        Check(
            "Python instructions per round trip",
            f"{facade_instructions:,.0f}",
            f"{httpx_instructions:,.0f} (httpx)",
            facade_instructions / httpx_instructions if httpx_instructions else None,
            "(not a goal: a count, free of timing noise)",
        )
    )
    result.checks.append(
        Check(
            "validating a catalog run request (kling), warm",
            f"{catalog_us:.1f} us",
            f"{CATALOG_GOAL_US:.0f} us (goal)",
            catalog_us / CATALOG_GOAL_US,
            f"<= {CATALOG_GOAL_US:.0f} us",
            catalog_us <= CATALOG_GOAL_US,
        )
    )
    if unvalidated_ratios:
        result.checks.append(
            Check(
                "diagnostic: facade, validation stubbed",
                f"{unvalidated_ms:.3f} ms",
                f"{httpx_ms:.3f} ms (httpx)",
                median(unvalidated_ratios),
                "(not a goal: shows the cost of validation)",
            )
        )
    result.checks.append(
        Check(
            "diagnostic: facade vs the same requests sent straight to an httpx transport",
            f"{facade_ms:.3f} ms ({facade_cpu_ms:.3f} ms CPU)",
            f"{bare_ms:.3f} ms ({bare_cpu_ms:.3f} ms CPU, bare transport)",
            median(bare_ratios),
            "(not a goal: the facade's own work, over the path it sends by)",
        )
    )
    result.notes.append(
        "The facade sends API requests straight to httpx's transport, without "
        "httpx.Client's per-request machinery (auth flow, cookies, redirects, hooks): the "
        "bare-transport arm is that path with none of the facade's work."
    )
    result.notes.append(
        f"Per-round wall ratios: median {ratio:.3f}, interquartile "
        f"{percentile(ratios, 0.25):.3f}-{percentile(ratios, 0.75):.3f} over {rounds} rounds."
    )
    if unvalidated_ratios and extra_us > 0:
        removed_us = (facade_ms - unvalidated_ms) * 1000
        result.notes.append(
            f"Facade adds {extra_us:.0f} us per create+get; stubbing out its local request "
            f"validation removes {removed_us:.0f} us of it ({removed_us / extra_us:.0%})"
            + (
                ""
                if validation_us is None
                else f" (validation timed alone, warm, in a tight loop: {validation_us:.0f} us)"
            )
            + "."
        )
    if not same_requests:
        result.notes.append(
            "WARNING: the facade's and the baseline's requests differ in shape: "
            f"{facade_shapes} vs {httpx_shapes}"
        )
    return result
