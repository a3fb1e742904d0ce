"""Load test of the mock server: N concurrent keep-alive clients for a fixed duration.

Starts ``python -m weshop mock`` as a subprocess on a free loopback port (so the load
generator and the server do not share one interpreter), then runs CLIENTS asyncio tasks,
each with its own ``httpx.AsyncClient`` (one keep-alive connection), looping over::

    POST /agent/runs, GET /agent/runs/{id} x3, GET /v1/agent/info (a page of locations)

and reports requests/s, latency percentiles per operation and overall, errors (transport
errors and any status other than 200), and the server's RSS (``/proc/<pid>/status``) at
the start, the middle and the end. Loopback only; nothing is sent anywhere else.

    python scripts/mock_load.py [--duration 30] [--clients 200] [--speed 10]

``--baseline CHECKOUT`` compares: each of ``--rounds`` rounds loads the mock of CHECKOUT
(another checkout's ``weshop``, put first on the server's ``PYTHONPATH``) and this one's,
in alternating order, and reports the ratios this/baseline of requests/s and of the
server's CPU time per request (the steadier figure on a shared machine: the load
generator competes with the server for the same cores).

    python scripts/mock_load.py --baseline /tmp/main-copy --rounds 3 --duration 20

``--app-only`` measures the mock's own share instead: the ASGI application driven in
process (no sockets, no HTTP parser, no load generator competing for the cores) through
``--cycles`` rounds of the same five requests, in a fresh interpreter per checkout and
round; it reports microseconds per request (and, with ``--baseline``, the ratio).

    python scripts/mock_load.py --app-only --baseline /tmp/main-copy --rounds 5
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import ssl
import statistics
import subprocess
import sys
import time
import urllib.parse
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import httpx

RUN_BODY = {
    "agent": {"name": "aimodel", "version": "v1.0"},
    "input": {"taskName": "load", "originalImage": "https://ai-image.weshop.ai/example.png"},
    "params": {
        "generatedContent": "freeCreation",
        "maskType": "autoApparelSegment",
        "textDescription": "street style fashion photo",
        "batchCount": 2,
    },
}
INFO_QUERY = {"agentName": "aimodel", "agentVersion": "v1.0", "pageSize": "20"}


@dataclass
class Results:
    """Latencies per operation, and errors."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid: int) -> int:
    """VmRSS of a process, in KiB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


async def timed(
    results: Results, name: str, request: asyncio.Future[httpx.Response] | object
) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response: httpx.Response = await request  # type: ignore[misc]
    except httpx.HTTPError as exc:
        results.errors[f"{name}: {type(exc).__name__}"] += 1
        return None
    results.latencies[name].append(time.perf_counter() - started)
    if response.status_code != 200:
        results.errors[f"{name}: HTTP {response.status_code}"] += 1
    return response


def make_client(base_url: str, key: str, tls: ssl.SSLContext) -> httpx.AsyncClient:
    """One simulated client: a single keep-alive connection."""
    return httpx.AsyncClient(
        base_url=base_url,
        headers={"Authorization": key},
        limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        timeout=30.0,
        trust_env=False,
        # One shared context: building 200 default ones (certifi loading) would dominate
        # the client's start-up; the mock is plain HTTP on loopback anyway.
        verify=tls,
    )


async def client_loop(client: httpx.AsyncClient, deadline: float, results: Results) -> None:
    page = 1
    while time.monotonic() < deadline:
        created = await timed(results, "createRun", client.post("/agent/runs", json=RUN_BODY))
        if created is not None and created.status_code == 200:
            execution_id = created.json()["data"]["executionId"]
            for _ in range(3):
                await timed(results, "getRun", client.get(f"/agent/runs/{execution_id}"))
        query = {**INFO_QUERY, "page": str(page)}
        await timed(results, "getAgentInfo", client.get("/v1/agent/info", params=query))
        page = page % 6 + 1


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


@dataclass
class Summary:
    """One load run's figures, for comparing two checkouts."""

    requests_per_second: float
    server_cpu_ms_per_request: float
    errors: int


def server_environment(checkout: str | None) -> dict[str, str] | None:
    """The server's environment: this interpreter's, with ``checkout``'s ``weshop`` (and
    its generated package) first on the path."""
    if checkout is None:
        return None
    paths = [checkout, os.path.join(checkout, "generated"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


async def run(args: argparse.Namespace, checkout: str | None = None) -> Summary | None:
    server = subprocess.Popen(
        [sys.executable, "-m", "weshop", "mock", "--port", "0", "--speed", str(args.speed)]
        + (["--max-runs", str(args.max_runs)] if args.max_runs else []),
        stdout=subprocess.PIPE,
        text=True,
        env=server_environment(checkout),
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        if not base_url.startswith("http://127.0.0.1:"):
            print(f"the mock did not start: {base_url!r}", file=sys.stderr)
            return None
        tls = ssl.create_default_context()
        clients = [make_client(base_url, f"load-key-{n % 20}", tls) for n in range(args.clients)]
        # Warm-up (not measured): open every keep-alive connection.
        warm = Results()
        await asyncio.gather(
            *(timed(warm, "warm-up", c.get("/v1/agent/info", params=INFO_QUERY)) for c in clients)
        )
        if warm.errors:
            print(f"warm-up failed: {dict(warm.errors)}", file=sys.stderr)
            return None
        rss = {"start": rss_kib(server.pid)}
        results = Results()
        server_cpu = cpu_seconds(server.pid)
        own_cpu = time.process_time()
        started = time.monotonic()
        deadline = started + args.duration

        async def sample_middle() -> None:
            await asyncio.sleep(args.duration / 2)
            rss["middle"] = rss_kib(server.pid)

        sampler = asyncio.create_task(sample_middle())
        await asyncio.gather(*(client_loop(c, deadline, results) for c in clients))
        elapsed = time.monotonic() - started
        server_cpu = cpu_seconds(server.pid) - server_cpu
        own_cpu = time.process_time() - own_cpu
        await sampler
        rss["end"] = rss_kib(server.pid)
        for client in clients:
            await client.aclose()
    finally:
        server.terminate()
        server.wait(timeout=10)

    every = [latency for values in results.latencies.values() for latency in values]
    total = len(every) + sum(1 for k in results.errors if "HTTP" not in k)
    print(f"checkout: {checkout or 'this one'}")
    print(f"clients: {args.clients}, duration: {elapsed:.1f} s, speed: {args.speed}")
    print(f"requests: {total}  ({total / elapsed:.0f} req/s)")
    print(
        f"latency overall: p50 {statistics.median(every) * 1000:.1f} ms, "
        f"p99 {percentile(every, 0.99) * 1000:.1f} ms, max {max(every) * 1000:.1f} ms"
    )
    for name, values in sorted(results.latencies.items()):
        print(
            f"  {name:13s} n={len(values):6d}  p50 {statistics.median(values) * 1000:6.1f} ms"
            f"  p99 {percentile(values, 0.99) * 1000:6.1f} ms"
        )
    print(f"errors: {sum(results.errors.values())} {dict(results.errors) or ''}")
    print(
        f"CPU: server {server_cpu / elapsed:.0%} of a core, "
        f"load generator {own_cpu / elapsed:.0%} of a core ({os.cpu_count()} cores)"
    )
    print(
        "server RSS: "
        + ", ".join(f"{k} {v / 1024:.1f} MiB" for k, v in rss.items())
        + f"  (runs created: {len(results.latencies['createRun'])})"
    )
    return Summary(total / elapsed, server_cpu * 1000 / total, sum(results.errors.values()))


async def compare(args: argparse.Namespace) -> int:
    """Alternate rounds of the baseline and of this checkout; print the ratios."""
    figures: dict[str, list[Summary]] = {"baseline": [], "this": []}
    for round_number in range(args.rounds):
        order = ["baseline", "this"] if round_number % 2 == 0 else ["this", "baseline"]
        for which in order:
            summary = await run(args, args.baseline if which == "baseline" else None)
            if summary is None:
                return 1
            figures[which].append(summary)
            print()
    base, this = figures["baseline"], figures["this"]
    rate = statistics.median(
        t.requests_per_second / b.requests_per_second for b, t in zip(base, this, strict=True)
    )
    cpu = statistics.median(
        t.server_cpu_ms_per_request / b.server_cpu_ms_per_request
        for b, t in zip(base, this, strict=True)
    )
    for name, values in figures.items():
        print(
            f"{name:8s} req/s: {', '.join(f'{s.requests_per_second:.0f}' for s in values)}; "
            "server CPU per request: "
            + ", ".join(f"{s.server_cpu_ms_per_request:.2f} ms" for s in values)
        )
    print(
        f"this/baseline (median of {args.rounds} rounds): req/s x{rate:.2f}, "
        f"server CPU per request x{cpu:.2f}"
    )
    return 0 if not any(s.errors for s in base + this) else 1


async def single(args: argparse.Namespace) -> int:
    summary = await run(args)
    return 0 if summary is not None and not summary.errors else 1


async def _asgi_call(
    app: Any, method: str, path: str, query: bytes = b"", body: bytes = b""
) -> tuple[int, bytes]:
    """One request to an ASGI app in process: its status and body."""
    headers = [(b"host", b"127.0.0.1:1"), (b"authorization", b"load-key-1")]
    if body:
        headers += [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 1),
        "state": {},
    }
    received = False
    answer: dict[str, Any] = {"body": b""}

    async def receive() -> dict[str, Any]:
        nonlocal received
        if not received:
            received = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # never disconnects
        raise AssertionError

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return int(answer["status"]), bytes(answer["body"])


async def app_only_worker(cycles: int) -> int:
    """In a fresh interpreter: microseconds per request of the mock's ASGI app."""
    from weshop.mock import MockSettings
    from weshop.mock._server import build_app

    _, app = build_app(MockSettings(speed=10))
    run_body = json.dumps(RUN_BODY).encode()

    async def cycle(page: int) -> None:
        status, body = await _asgi_call(app, "POST", "/openapi/agent/runs", body=run_body)
        assert status == 200, body
        execution_id = json.loads(body)["data"]["executionId"]
        for _ in range(3):
            status, body = await _asgi_call(app, "GET", f"/openapi/agent/runs/{execution_id}")
            assert status == 200, body
        query = urllib.parse.urlencode({**INFO_QUERY, "page": str(page)}).encode()
        status, body = await _asgi_call(app, "GET", "/openapi/v1/agent/info", query)
        assert status == 200, body

    for n in range(min(cycles, 50)):  # warm-up
        await cycle(n % 6 + 1)
    started = time.perf_counter()
    for n in range(cycles):
        await cycle(n % 6 + 1)
    print(f"{(time.perf_counter() - started) / (cycles * 5) * 1e6:.1f}")
    return 0


def app_only(args: argparse.Namespace) -> int:
    """Alternate fresh interpreters of the baseline's and this checkout's mock app."""
    figures: dict[str, list[float]] = {"baseline": [], "this": []}
    for round_number in range(args.rounds):
        order = ["baseline", "this"] if round_number % 2 == 0 else ["this", "baseline"]
        for which in order:
            if which == "baseline" and not args.baseline:
                continue
            checkout = args.baseline if which == "baseline" else None
            worker = [sys.executable, __file__, "--app-only-worker", "--cycles", str(args.cycles)]
            done = subprocess.run(
                worker, env=server_environment(checkout), capture_output=True, text=True
            )
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return 1
            figures[which].append(float(done.stdout.split()[-1]))
    for name, values in figures.items():
        if values:
            print(f"{name:8s} app cost: {', '.join(f'{v:.0f}' for v in values)} us/request")
    if args.baseline:
        ratio = statistics.median(
            t / b for b, t in zip(figures["baseline"], figures["this"], strict=True)
        )
        fastest = min(figures["this"]) / min(figures["baseline"])
        print(
            f"this/baseline: app cost per request x{ratio:.2f} (median of {args.rounds} "
            f"rounds), x{fastest:.2f} (fastest of each: the least disturbed on a busy machine)"
        )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds (default 30)")
    parser.add_argument("--clients", type=int, default=200, help="concurrent clients (200)")
    parser.add_argument("--speed", type=float, default=10.0, help="mock clock speed (10)")
    parser.add_argument("--max-runs", type=int, help="the mock's --max-runs (its default)")
    parser.add_argument("--baseline", help="a checkout whose mock to compare this one with")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of the comparison (1)")
    parser.add_argument("--app-only", action="store_true", help="the ASGI app in process")
    parser.add_argument("--cycles", type=int, default=400, help="--app-only cycles (400)")
    parser.add_argument("--app-only-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.app_only_worker:
        return asyncio.run(app_only_worker(args.cycles))
    if args.app_only:
        return app_only(args)
    return asyncio.run(compare(args) if args.baseline else single(args))


if __name__ == "__main__":
    raise SystemExit(main())
