"""What the scenarios share: result records, statistics, machine facts, memory readings
and the mock server in a child process (so the client's CPU and memory are measured
without the server's)."""

from __future__ import annotations

import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

ROOT: Final = Path(__file__).resolve().parent.parent
#: Any non-empty key works with the mock; this one is never sent anywhere else.
API_KEY: Final = "bench-key"
#: The image URL the runs are started with (a URL: nothing is uploaded).
IMAGE_URL: Final = "https://example.com/bench/model.png"
AGENT: Final = "aimodel"
PARAMS: Final[Mapping[str, Any]] = {
    "generatedContent": "freeCreation",
    "maskType": "autoApparelSegment",
    "textDescription": "street style, evening light",
    "batchCount": 1,
}


def run_request_body() -> dict[str, Any]:
    """The body the facade sends for ``runs.create(AGENT, image=IMAGE_URL, params=PARAMS)``
    (checked against the facade's actual request in the overhead scenario)."""
    return {
        "agent": {"name": AGENT, "version": "v1.0"},
        "input": {"originalImage": IMAGE_URL},
        "params": dict(PARAMS),
    }


# --------------------------------------------------------------------------- results
@dataclass
class Check:
    """One line of the table: a figure, its baseline, their ratio and the goal."""

    metric: str
    figure: str
    baseline: str = "-"
    ratio: float | None = None
    goal: str = "-"
    met: bool | None = None


@dataclass
class ScenarioResult:
    """Everything one scenario measured."""

    name: str
    title: str
    status: str = "ok"  # "ok", "not available", "error"
    checks: list[Check] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


# --------------------------------------------------------------------------- statistics
def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1), linear between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def rounded(value: float, digits: int = 4) -> float | None:
    """JSON-friendly: NaN becomes ``None``."""
    return None if math.isnan(value) else round(value, digits)


# --------------------------------------------------------------------------- memory
def proc_status_kib(field_name: str, pid: int | str = "self") -> int | None:
    """A ``kB`` field of ``/proc/<pid>/status`` (``VmRSS``, ``VmHWM``); None off Linux."""
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1])
    return None


def peak_rss_mib() -> float:
    """This process's peak resident set size (MiB)."""
    hwm = proc_status_kib("VmHWM")
    kib = hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mib() -> float:
    """This process's current resident set size (MiB)."""
    kib = proc_status_kib("VmRSS")
    return math.nan if kib is None else kib / 1024


# --------------------------------------------------------------------------- machine
def machine_info() -> dict[str, Any]:
    """Where the figures came from."""
    cpu_model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gib: float | None = None
    total_kib = _meminfo_kib("MemTotal")
    if total_kib is not None:
        memory_gib = round(total_kib / 1024 / 1024, 1)
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count() or 0
    return {
        "cpu_model": cpu_model,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory_gib": memory_gib,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "httpx": _version("httpx"),
        "weshop": _version("weshop"),
    }


def _meminfo_kib(name: str) -> int | None:
    try:
        text = Path("/proc/meminfo").read_text(encoding="ascii")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(name + ":"):
            return int(line.split()[1])
    return None


def _version(distribution: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- children
def python_child(
    module: str, *args: str, timeout: float = 600.0, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Run ``python -m module args`` from the repository root; its last stdout line is
    a JSON object, returned. A failing child raises with its stderr."""
    completed = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=None if env is None else {**os.environ, **env},
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"{module} exited with {completed.returncode}:\n{completed.stderr[-4000:]}"
        )
    lines = [line for line in completed.stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError(f"{module} printed nothing:\n{completed.stderr[-4000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


class MockProcess:
    """The mock server in a child process (``benchmarks._mockproc``), on loopback.

    The child serves ``MockServer`` and answers JSON commands on stdin: request counters,
    run timings (``time.monotonic()`` is the system-wide monotonic clock on Linux, so the
    child's readings compare with ours) and its own memory.
    """

    def __init__(
        self,
        *,
        speed: float = 1.0,
        run_duration: tuple[float, float] = (8.0, 40.0),
        seed: int = 0,
    ) -> None:
        self._config = {"speed": speed, "run_duration": list(run_duration), "seed": seed}
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.pid = 0

    def __enter__(self) -> Self:
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks._mockproc", json.dumps(self._config)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._process = process
        self.pid = process.pid
        hello = self._read()
        self.base_url = str(hello["base_url"])
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        process = self._process
        if process is None:
            return
        self._process = None
        try:
            if process.stdin is not None:
                process.stdin.write(json.dumps({"op": "quit"}) + "\n")
                process.stdin.close()
            process.wait(timeout=15)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def _read(self) -> dict[str, Any]:
        assert self._process is not None
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the mock server process exited")
        answer: dict[str, Any] = json.loads(line)
        return answer

    def _ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self._process is not None
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(command) + "\n")
        self._process.stdin.flush()
        return self._read()

    def requests(self) -> dict[str, int]:
        """Requests served so far, per operationId."""
        counts: dict[str, int] = self._ask({"op": "stats"})["requests"]
        return counts

    def runs(self, execution_ids: Sequence[str]) -> dict[str, dict[str, float | None]]:
        """Per run: ``created`` and ``completed`` (monotonic seconds; ``completed`` is
        None while running) and ``duration`` (real seconds)."""
        answer: dict[str, dict[str, float | None]] = self._ask(
            {"op": "runs", "ids": list(execution_ids)}
        )["runs"]
        return answer

    def memory_mib(self) -> dict[str, float]:
        """The server process's current and peak RSS (MiB) and CPU seconds used."""
        answer = self._ask({"op": "memory"})
        return {
            "rss_mib": float(answer["rss_mib"]),
            "peak_rss_mib": float(answer["peak_rss_mib"]),
            "cpu_s": float(answer["cpu_s"]),
        }
