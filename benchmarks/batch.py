"""Scenario 7 — batch at scale: ``weshop batch`` on 20,000 rows against a plain loop.

A manifest of text-only rows (``midjourney``: no image, nothing uploaded) runs through
``python -m weshop batch`` — the CLI's engine, state file and results manifest included —
against the mock on a fast clock (runs of 8 to 40 ms). The baseline is a plain asyncio +
httpx loop in its own process doing the same create-and-poll at the same concurrency
against the same mock: create, read at once, then read again after the delays the
facade's ``Poller`` decides (a pure, I/O-free object: both sides poll on one schedule,
so the ratio compares the machinery, not polling strategies). Both walls are measured by
this process, from spawning the child to its exit; the loop runs right before and right
after the batch (A-B-A) and its mean is the baseline, as the shared machine's load drifts.

Figures: throughput (rows/s) of the batch against the loop; the batch process's peak RSS
(``wait4``'s ``ru_maxrss``) at 2,000, 10,000 and 20,000 rows; the state file's bytes per
event at those sizes; resuming the finished 20,000-row state (the whole command); and a
half-done one — a batch killed (SIGKILL) once 10,000 runs exist, then run again: the time
until it starts running (its "N of M rows to run" note), its total, and the runs the mock
created over both invocations (20,000: nothing twice). ``--scale`` (``python -m
benchmarks.run --only batch --scale``) runs 100,000 rows instead of 20,000.

``BENCH_WESHOP_ROOT=/path/to/a/checkout`` runs the batch from another source tree (the
"before" figures of a change); the loop always runs from this one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from ._common import API_KEY, ROOT, Check, MockProcess, ScenarioResult, rounded

SPEED = 1000.0
RUN_DURATION = (8.0, 40.0)  # s at speed 1: 8..40 ms on the fast clock
CONCURRENCY = 32
AGENT = "midjourney"
GOAL_THROUGHPUT = 0.8
GOAL_RSS_MB = 300.0
GOAL_RSS_MIB = GOAL_RSS_MB * 1e6 / 2**20  # 286.1 MiB
GOAL_RESUME_S = 5.0
TERMINAL = frozenset({"Success", "Failed"})


def manifest_row(index: int) -> dict[str, Any]:
    return {
        "agent": AGENT,
        "textDescription": f"a lighthouse at dusk, variant {index}",
        "modelName": "Midjourney_7",
    }


def write_manifest(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for index in range(rows):
            out.write(json.dumps(manifest_row(index), separators=(",", ":")) + "\n")


# --------------------------------------------------------------------------- the loop
async def _plain(base_url: str, rows: int, concurrency: int) -> dict[str, Any]:
    """``rows`` create-and-poll rounds, ``concurrency`` at a time, plain httpx."""
    import httpx

    from weshop._base_client import sent_params
    from weshop._polling import PollPolicy

    policy = PollPolicy()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    failures = 0
    succeeded = 0
    async with httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": API_KEY}, limits=limits, timeout=60
    ) as http:
        indices = iter(range(rows))

        async def worker() -> None:
            nonlocal failures, succeeded
            for index in indices:
                row = manifest_row(index)
                params = sent_params(AGENT, {k: v for k, v in row.items() if k != "agent"})
                body = {"agent": {"name": AGENT, "version": "v1.0"}, "input": {}, "params": params}
                try:
                    created = await http.post(
                        "/agent/runs", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
                    )
                    created.raise_for_status()
                    execution_id = str(created.json()["data"]["executionId"])
                    poller = policy.start(time.monotonic(), 600.0)
                    while True:
                        answer = await http.get(f"/agent/runs/{execution_id}")
                        answer.raise_for_status()
                        executions = answer.json()["data"]["executions"]
                        status = executions[0]["status"] if executions else None
                        if status in TERMINAL:
                            succeeded += status == "Success"
                            break
                        await asyncio.sleep(
                            poller.next_delay(time.monotonic(), _progress(executions))
                        )
                except (httpx.HTTPError, KeyError, ValueError):
                    failures += 1

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.monotonic() - started
    return {"rows": rows, "succeeded": succeeded, "failures": failures, "inner_wall_s": wall}


def _progress(executions: list[dict[str, Any]]) -> float | None:
    values = [
        1.0 if r.get("status") in TERMINAL else r.get("progress")
        for r in executions[0].get("results") or []
    ]
    known = [float(v) for v in values if isinstance(v, int | float)]
    return min(known) if known else None


def child_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--rows", type=int, required=True)
    parser.add_argument("--concurrency", type=int, required=True)
    args = parser.parse_args(argv)
    print(json.dumps(asyncio.run(_plain(args.base_url, args.rows, args.concurrency))))
    return 0


# --------------------------------------------------------------------------- children
class Child:
    """A child process, timed from spawn to exit, its peak RSS from ``wait4``."""

    def __init__(self, argv: list[str], *, cwd: Path, env: dict[str, str]) -> None:
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            argv,
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.stdout: list[str] = []
        self.stderr: list[tuple[float, str]] = []
        self._readers = [
            threading.Thread(target=self._read, args=(self.process.stdout, False), daemon=True),
            threading.Thread(target=self._read, args=(self.process.stderr, True), daemon=True),
        ]
        for reader in self._readers:
            reader.start()
        self.wall = float("nan")
        self.peak_rss_mib = float("nan")
        self.cpu_s = float("nan")
        self.returncode: int | None = None

    def _read(self, stream: Any, is_stderr: bool) -> None:
        for line in stream:
            if is_stderr:
                self.stderr.append((time.monotonic() - self.started, line.rstrip("\n")))
            else:
                self.stdout.append(line)

    def wait(self) -> Child:
        _, status, usage = os.wait4(self.process.pid, 0)
        self.wall = time.monotonic() - self.started
        self.returncode = os.waitstatus_to_exitcode(status)
        self.process.returncode = self.returncode
        self.peak_rss_mib = usage.ru_maxrss / 1024
        self.cpu_s = usage.ru_utime + usage.ru_stime
        for reader in self._readers:
            reader.join(timeout=10)
        return self

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.wait()

    def json(self) -> dict[str, Any]:
        lines = [line for line in self.stdout if line.strip()]
        if not lines:
            tail = "\n".join(line for _, line in self.stderr[-20:])
            command = " ".join(map(str, self.process.args))  # type: ignore[arg-type]
            raise RuntimeError(f"{command} printed nothing (exit {self.returncode}):\n{tail}")
        document: dict[str, Any] = json.loads("".join(lines))
        return document


def _weshop_root() -> Path:
    return Path(os.environ.get("BENCH_WESHOP_ROOT") or ROOT)


def _env(base_url: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WESHOP_")}
    env.update({"WESHOP_API_KEY": API_KEY, "WESHOP_BASE_URL": base_url, "HOME": str(home)})
    return env


def batch_child(
    manifest: Path, base_url: str, home: Path, *, json_mode: bool = True, state: Path | None = None
) -> Child:
    argv = [sys.executable, "-m", "weshop", "batch", str(manifest)]
    argv += ["--concurrency", str(CONCURRENCY)]
    if state is not None:
        argv += ["--state", str(state)]
    if json_mode:
        argv.append("--json")
    return Child(argv, cwd=_weshop_root(), env=_env(base_url, home))


def plain_child(base_url: str, rows: int, home: Path) -> Child:
    argv = [sys.executable, "-m", "benchmarks.batch", "--plain", "--base-url", base_url]
    argv += ["--rows", str(rows), "--concurrency", str(CONCURRENCY)]
    return Child(argv, cwd=ROOT, env=_env(base_url, home))


def _state_figures(path: Path) -> dict[str, Any]:
    events = 0
    kinds: dict[str, int] = {}
    size = path.stat().st_size
    with path.open("rb") as stream:
        for line in stream:
            events += 1
            kind = json.loads(line).get("event", "?")
            kinds[kind] = kinds.get(kind, 0) + 1
    return {"bytes": size, "events": events, "bytes_per_event": size / events, "kinds": kinds}


# --------------------------------------------------------------------------- measuring
def measure(rows: int, sizes: list[int]) -> dict[str, Any]:
    figures: dict[str, Any] = {"rows": rows, "concurrency": CONCURRENCY, "by_size": {}}
    with (
        tempfile.TemporaryDirectory(prefix="weshop-bench-batch-") as folder,
        MockProcess(speed=SPEED, run_duration=RUN_DURATION, seed=7) as mock,
    ):
        work = Path(folder)
        home = work / "home"
        home.mkdir()
        # The loop before and after the batch of ``rows`` (A-B-A): on a shared machine the
        # load drifts over minutes; the baseline is the mean of the two loop runs.
        plains: list[dict[str, Any]] = []

        def loop() -> None:
            plain = plain_child(mock.base_url, rows, home).wait()
            plains.append(
                {
                    "wall_s": plain.wall,
                    "rows_per_s": rows / plain.wall,
                    "peak_rss_mib": plain.peak_rss_mib,
                    "cpu_s": plain.cpu_s,
                    "cpu_ms_per_row": plain.cpu_s * 1000 / rows,
                    "load_average_after": os.getloadavg()[0],
                    **plain.json(),
                }
            )

        loop()
        for size in [rows, *(size for size in sizes if size != rows)]:
            manifest = work / f"rows-{size}.jsonl"
            write_manifest(manifest, size)
            created_before = mock.requests().get("createRun", 0)
            child = batch_child(manifest, mock.base_url, home).wait()
            summary = child.json()
            entry: dict[str, Any] = {
                "wall_s": child.wall,
                "rows_per_s": size / child.wall,
                "peak_rss_mib": child.peak_rss_mib,
                "cpu_s": child.cpu_s,
                "cpu_ms_per_row": child.cpu_s * 1000 / size,
                "exit": child.returncode,
                "succeeded": summary.get("succeeded"),
                "create_requests": mock.requests().get("createRun", 0) - created_before,
                "state": _state_figures(Path(f"{manifest}.state.jsonl")),
                "results_bytes": Path(f"{manifest}.results.jsonl").stat().st_size,
            }
            entry["load_average_after"] = os.getloadavg()[0]
            figures["by_size"][size] = entry
            if size == rows:
                loop()
                again = batch_child(manifest, mock.base_url, home).wait()
                resumed = again.json()
                figures["resume_finished"] = {
                    "wall_s": again.wall,
                    "cpu_s": again.cpu_s,
                    "peak_rss_mib": again.peak_rss_mib,
                    "skipped": resumed.get("skipped"),
                    "exit": again.returncode,
                    # Wall ≫ CPU on a shared 2-core machine is the other processes' load.
                    "load_average_after": os.getloadavg()[0],
                }
        figures["resume_half_done"] = _half_done(work, rows, mock, home)
    wall = sum(plain["wall_s"] for plain in plains) / len(plains)
    figures["plain"] = {
        "wall_s": wall,
        "rows_per_s": rows / wall,
        "succeeded": min(plain["succeeded"] for plain in plains),
        "runs": plains,
    }
    return figures


def _half_done(work: Path, rows: int, mock: MockProcess, home: Path) -> dict[str, Any]:
    manifest = work / f"half-{rows}.jsonl"
    write_manifest(manifest, rows)
    before = mock._ask({"op": "stats"})["run_creations"]
    first = batch_child(manifest, mock.base_url, home)
    half = before + rows // 2
    while first.process.poll() is None:
        if mock._ask({"op": "stats"})["run_creations"] >= half:
            break
        time.sleep(0.05)
    first.kill()
    killed_at = mock._ask({"op": "stats"})["run_creations"] - before
    second = batch_child(manifest, mock.base_url, home, json_mode=False).wait()
    started = next((at for at, line in second.stderr if " rows to run" in line), None)
    created = mock._ask({"op": "stats"})["run_creations"] - before
    results = Path(f"{manifest}.results.jsonl")
    succeeded = sum(1 for line in results.open(encoding="utf-8") if '"outcome":"succeeded"' in line)
    return {
        "runs_when_killed": killed_at,
        "time_to_running_s": started,
        "wall_s": second.wall,
        "cpu_s": second.cpu_s,
        "peak_rss_mib": second.peak_rss_mib,
        "exit": second.returncode,
        "load_average_after": os.getloadavg()[0],
        "runs_created_over_both": created,
        "results_succeeded": succeeded,
        "stderr_head": [line for _, line in second.stderr[:3]],
    }


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return rounded(value, 3)
    if isinstance(value, dict):
        return {str(k): _round(v) for k, v in value.items()}
    return value


def run(quick: bool, scale: bool = False) -> ScenarioResult:
    rows = 100_000 if scale else (2_000 if quick else 20_000)
    sizes = sorted({2_000, rows // 2, rows}) if not quick else [500, 2_000]
    result = ScenarioResult("batch", f"Batch at scale: {rows:,} rows, weshop batch vs plain loop")
    figures = measure(rows, sizes)
    result.figures = _round(
        {"speed": SPEED, "run_duration_range_s": list(RUN_DURATION), "agent": AGENT, **figures}
    )
    plain = figures["plain"]
    top = figures["by_size"][rows]
    ratio = top["rows_per_s"] / plain["rows_per_s"]
    all_done = top["succeeded"] == rows and plain["succeeded"] == rows
    result.checks.append(
        Check(
            f"throughput, {rows:,} rows at concurrency {CONCURRENCY}",
            f"{top['rows_per_s']:.1f} rows/s ({top['wall_s']:.1f} s)",
            f"{plain['rows_per_s']:.1f} rows/s ({plain['wall_s']:.1f} s, plain loop, "
            "mean of runs before and after)",
            ratio,
            f">= {GOAL_THROUGHPUT} x plain loop",
            ratio >= GOAL_THROUGHPUT and all_done,
        )
    )
    smallest = figures["by_size"][sizes[0]]
    peaks = ", ".join(f"{size:,}: {figures['by_size'][size]['peak_rss_mib']:.1f}" for size in sizes)
    result.checks.append(
        Check(
            "batch peak RSS (MiB) by rows",
            peaks,
            f"{smallest['peak_rss_mib']:.1f} MiB ({sizes[0]:,} rows)",
            top["peak_rss_mib"] / smallest["peak_rss_mib"],
            f"flat; <= {GOAL_RSS_MB:g} MB ({GOAL_RSS_MIB:.1f} MiB)",
            top["peak_rss_mib"] <= GOAL_RSS_MIB,
        )
    )
    per_event = ", ".join(
        f"{size:,}: {figures['by_size'][size]['state']['bytes_per_event']:.0f}" for size in sizes
    )
    result.checks.append(
        Check(
            "state file bytes per event by rows",
            per_event,
            f"{smallest['state']['bytes_per_event']:.0f} B ({sizes[0]:,} rows)",
            top["state"]["bytes_per_event"] / smallest["state"]["bytes_per_event"],
            "O(1): flat",
            None,
        )
    )
    finished = figures["resume_finished"]
    result.checks.append(
        Check(
            f"resume a finished {rows:,}-row state (whole command)",
            f"{finished['wall_s']:.2f} s",
            f"{finished.get('cpu_s', float('nan')):.2f} s CPU",
            None,
            f"<= {GOAL_RESUME_S:g} s",
            finished["wall_s"] <= GOAL_RESUME_S and finished["skipped"] == rows,
        )
    )
    half = figures["resume_half_done"]
    to_running = half["time_to_running_s"]
    result.checks.append(
        Check(
            f"resume a half-done {rows:,}-row state (until running)",
            "-" if to_running is None else f"{to_running:.2f} s",
            f"killed at {half['runs_when_killed']:,} runs; total {half['wall_s']:.1f} s",
            None,
            f"<= {GOAL_RESUME_S:g} s; {rows:,} runs created over both",
            to_running is not None
            and to_running <= GOAL_RESUME_S
            and half["runs_created_over_both"] == rows
            and half["results_succeeded"] == rows,
        )
    )
    result.notes.append(
        f"text-only '{AGENT}' rows on a mock at speed {SPEED:g} (runs "
        f"{RUN_DURATION[0] / SPEED * 1000:.0f}-{RUN_DURATION[1] / SPEED * 1000:.0f} ms); "
        f"concurrency {CONCURRENCY} on both sides; walls from spawn to exit"
        + (f"; batch from {_weshop_root()}" if os.environ.get("BENCH_WESHOP_ROOT") else "")
    )
    return result


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
